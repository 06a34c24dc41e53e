// A request to the local database that takes long is never a silent wait: after a few seconds the person reads what
// is happening, after the bound they are offered a restart, and once the answer is there the message goes away.
import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '@/i18n';
import { markBackendOpen, waitFor } from '@/lib/supabase/backend-wait';
import { BackendWait, SLOW_AFTER_MS, STUCK_AFTER_MS } from './backend-wait';

beforeEach(() => {
  vi.useFakeTimers();
  void i18n.changeLanguage('nl');
});
afterEach(() => vi.useRealTimers());

function pendingRequest() {
  let answer!: () => void;
  let request!: Promise<void>;
  act(() => {
    request = waitFor(new Promise<void>((resolve) => (answer = resolve)));
  });
  return { request, answer };
}

test('says the local database is opening, then offers a restart, and is gone once answered', async () => {
  render(
    <I18nextProvider i18n={i18n}>
      <BackendWait />
    </I18nextProvider>,
  );
  const { request, answer } = pendingRequest();
  await act(() => vi.advanceTimersByTimeAsync(SLOW_AFTER_MS - 1_000));
  expect(screen.queryByText(/lokale database wordt geopend/)).not.toBeInTheDocument();

  await act(() => vi.advanceTimersByTimeAsync(1_500));
  expect(screen.getByRole('status')).toHaveTextContent('De lokale database wordt geopend…');
  expect(screen.queryByRole('button', { name: 'Lokale database opnieuw starten' })).not.toBeInTheDocument();

  await act(() => vi.advanceTimersByTimeAsync(STUCK_AFTER_MS));
  expect(screen.getByRole('status')).toHaveTextContent('Dit duurt langer dan normaal');
  expect(screen.getByRole('button', { name: 'Lokale database opnieuw starten' })).toBeInTheDocument();

  await act(async () => {
    answer();
    await request;
  });
  expect(screen.getByRole('status')).toBeEmptyDOMElement();
});

test('once the database is open, a slow answer is called a wait, not an opening', async () => {
  act(() => markBackendOpen());
  render(
    <I18nextProvider i18n={i18n}>
      <BackendWait />
    </I18nextProvider>,
  );
  const { request, answer } = pendingRequest();
  await act(() => vi.advanceTimersByTimeAsync(SLOW_AFTER_MS + 600));
  expect(screen.getByRole('status')).toHaveTextContent('Wachten op de lokale database…');
  await act(async () => {
    answer();
    await request;
  });
});
