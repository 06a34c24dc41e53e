// Saves are never lost silently: a failed save shows its message in the header and can be tried again; a save
// made offline waits for the connection and is sent when it returns; a network failure is retried by itself.
import { onlineManager, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createQueryClient } from '@/app/query-client';
import { SaveStatus } from '@/components/ui/save-status';
import { i18n } from '@/i18n';
import { IN_PLACE, type AppMutationMeta } from '@/lib/mutation-meta';
import { AppError } from '@/lib/supabase/unwrap';

function Saver({ save, meta }: { save: () => Promise<unknown>; meta?: AppMutationMeta }) {
  const mutation = useMutation({ mutationFn: save, meta });
  return <button onClick={() => mutation.mutate()}>bewaar</button>;
}

function renderHeader(save: () => Promise<unknown>, meta?: AppMutationMeta) {
  void i18n.changeLanguage('nl');
  const queryClient = createQueryClient();
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <SaveStatus />
        <Saver save={save} meta={meta} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

afterEach(() => onlineManager.setOnline(true));

test('a refused save shows its message and is sent again on "Opnieuw proberen"', async () => {
  const save = vi
    .fn()
    .mockRejectedValueOnce(new AppError('forbidden', 'Je hebt geen rechten om dit gebied te bewerken.', '42501'))
    .mockResolvedValueOnce({ ok: true });
  renderHeader(save);
  await userEvent.click(screen.getByRole('button', { name: 'bewaar' }));
  expect(await screen.findByText('1 wijziging niet opgeslagen')).toBeInTheDocument();
  expect(save).toHaveBeenCalledTimes(1); // a refusal is not retried by itself
  await userEvent.click(screen.getByText('1 wijziging niet opgeslagen'));
  expect(screen.getByText('Je hebt geen rechten om dit gebied te bewerken.')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
  await waitFor(() => expect(screen.queryByText(/niet opgeslagen/)).not.toBeInTheDocument());
  expect(save).toHaveBeenCalledTimes(2);
});

test('offline, a save waits for the connection, says so, and is sent when it returns', async () => {
  const save = vi.fn().mockResolvedValue({ ok: true });
  renderHeader(save);
  act(() => onlineManager.setOnline(false));
  await userEvent.click(screen.getByRole('button', { name: 'bewaar' }));
  expect(await screen.findByText('1 wijziging wacht op verbinding')).toBeInTheDocument();
  expect(save).not.toHaveBeenCalled();
  act(() => onlineManager.setOnline(true));
  await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  await waitFor(() => expect(screen.queryByText(/wacht op verbinding/)).not.toBeInTheDocument());
});

test('a network failure (no answer from the database) is retried by itself', async () => {
  const save = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce({ ok: true });
  renderHeader(save);
  await userEvent.click(screen.getByRole('button', { name: 'bewaar' }));
  await waitFor(() => expect(save).toHaveBeenCalledTimes(2), { timeout: 5000 });
  expect(screen.queryByText(/niet opgeslagen/)).not.toBeInTheDocument();
});

test('bad input is left to the form (shown next to the field), not repeated in the header', async () => {
  const save = vi.fn().mockRejectedValueOnce(new AppError('invalid', 'Geef een titel van 3 tot 200 tekens.', '22023'));
  renderHeader(save);
  await userEvent.click(screen.getByRole('button', { name: 'bewaar' }));
  await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  await new Promise((r) => setTimeout(r, 50));
  expect(screen.queryByText(/niet opgeslagen/)).not.toBeInTheDocument();
});

test('signing in or following a mail link is not a save: neither its progress nor its refusal is in the header', async () => {
  let refuse: (e: unknown) => void = () => undefined;
  const save = vi.fn(() => new Promise((_, reject) => (refuse = reject)));
  renderHeader(save, IN_PLACE);
  await userEvent.click(screen.getByRole('button', { name: 'bewaar' }));
  await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  expect(screen.queryByText(/opslaan/i)).not.toBeInTheDocument();
  // Supabase Auth answered (an error with a code): not retried, and left to the page that started it
  act(() => refuse(Object.assign(new Error('Email link is invalid or has expired'), { code: 'otp_expired' })));
  await new Promise((r) => setTimeout(r, 1500));
  expect(save).toHaveBeenCalledTimes(1);
  expect(screen.queryByText(/niet opgeslagen/)).not.toBeInTheDocument();
});
