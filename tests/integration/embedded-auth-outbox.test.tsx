// The embedded backend's example mail as the app shows it: a marked region with to, subject and a real link, an
// announcement when a mail arrives, and a button that hides it.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DemoMailOutbox } from '@/components/demo-mail/demo-mail-outbox';
import { deliverMail, outboxMails } from '@/lib/embedded/outbox';
import { renderWithApp } from '../utils/render';

const TITLE = 'Voorbeeld-e-mail — deze demo verstuurt geen e-mail';

test('shows nothing without mail; a new mail appears, is announced, links into the app and can be hidden', async () => {
  renderWithApp(<DemoMailOutbox />);
  expect(screen.queryByRole('region', { name: TITLE })).toBeNull();

  const link = `${window.location.origin}/auth/bevestigen?token_hash=abc123&type=recovery&next=%2Fwachtwoord-herstellen`;
  act(() => void deliverMail({ to: 'sanne@voorbeeld.nl', kind: 'recovery', link }));

  const region = await screen.findByRole('region', { name: TITLE });
  expect(within(region).getByText('sanne@voorbeeld.nl')).toBeInTheDocument();
  expect(within(region).getByText('Stel een nieuw wachtwoord in')).toBeInTheDocument();
  // the mail's own link; react-router follows it inside the app (same origin)
  expect(within(region).getByRole('link', { name: 'Nieuw wachtwoord instellen' })).toHaveAttribute('href', link);
  // the live region is there first, its text follows a moment later so that screen readers announce it
  const status = within(region).getByRole('status');
  await waitFor(() =>
    expect(status).toHaveTextContent('Nieuwe voorbeeld-e-mail aan sanne@voorbeeld.nl: Stel een nieuw wachtwoord in.'),
  );
  expect(JSON.parse(sessionStorage.getItem('agendakaart.voorbeeld-mail') ?? '[]')).toHaveLength(1);

  await userEvent.click(
    within(region).getByRole('button', { name: 'Voorbeeld-e-mail aan sanne@voorbeeld.nl verbergen' }),
  );
  expect(screen.queryByRole('region', { name: TITLE })).toBeNull();
  expect(outboxMails()).toEqual([]);
});
