// Password reset and e-mail links on a Supabase project, with GoTrue's answers through MSW: the request that never
// tells whether an address exists, the recovery link (verified once, even under StrictMode), the new password,
// and the expired link.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { AuthConfirmPage } from '@/app/routes/auth-confirm-page';
import { ForgotPasswordPage } from '@/app/routes/forgot-password-page';
import { ResetPasswordPage } from '@/app/routes/reset-password-page';
import { authError, authUrl, callsTo, server, useFakeSupabase } from '../utils/gotrue';
import { renderPages } from '../utils/render-pages';

vi.hoisted(() => {
  vi.stubEnv('VITE_SUPABASE_URL', 'https://agendakaart-test.supabase.co');
  vi.stubEnv('VITE_SUPABASE_ANON_KEY', 'test-anon-key');
});
useFakeSupabase();

const pages = [
  { path: '/wachtwoord-vergeten', element: <ForgotPasswordPage /> },
  { path: '/wachtwoord-herstellen', element: <ResetPasswordPage /> },
  { path: '/auth/bevestigen', element: <AuthConfirmPage /> },
];
const EXPIRED = ['otp_expired', 'Email link is invalid or has expired'] as const;

test('asking for a reset: a rate limit is explained, then the same neutral answer for any address', async () => {
  server.use(
    http.post(
      authUrl('/recover'),
      () =>
        authError(
          429,
          'over_email_send_rate_limit',
          'For security purposes, you can only request this after 42 seconds.',
        ),
      { once: true },
    ),
  );
  const user = userEvent.setup();
  renderPages(pages, '/wachtwoord-vergeten');
  expect(document.title).toBe('Wachtwoord vergeten · Agendakaart');
  await user.type(screen.getByLabelText('E-mailadres'), 'wie@voorbeeld.nl');
  await user.click(screen.getByRole('button', { name: 'Stuur de link' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Er zijn kort na elkaar te veel mails verstuurd.');
  expect(screen.getByLabelText('E-mailadres')).toHaveValue('wie@voorbeeld.nl');

  await user.click(screen.getByRole('button', { name: 'Stuur de link' }));
  expect(await screen.findByRole('heading', { name: 'Kijk in je mail' })).toHaveFocus();
  expect(
    screen.getByText(/^Als er een account is met het adres wie@voorbeeld.nl, is er een mail verstuurd/),
  ).toBeVisible();
  const [, second] = callsTo('POST', '/recover');
  expect(second?.body).toMatchObject({ email: 'wie@voorbeeld.nl' });
  expect(second?.query.get('redirect_to')).toBe(`${window.location.origin}/wachtwoord-herstellen`);
});

test('the recovery link is verified once, then a new password is set and the person is on the start page', async () => {
  const user = userEvent.setup();
  renderPages(pages, '/auth/bevestigen?token_hash=hash-recovery-1&type=recovery');

  expect(await screen.findByRole('heading', { name: 'Nieuw wachtwoord kiezen' })).toBeVisible();
  const verify = callsTo('POST', '/verify');
  expect(verify).toHaveLength(1); // StrictMode ran the effect twice; the token went out once
  expect(verify[0]?.body).toMatchObject({ token_hash: 'hash-recovery-1', type: 'recovery' });

  await user.type(await screen.findByLabelText('Nieuw wachtwoord'), 'kort');
  await user.type(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), 'anders');
  await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
  expect(await screen.findByText('Kies een wachtwoord van minstens 8 tekens.')).toBeVisible();

  await user.clear(screen.getByLabelText('Nieuw wachtwoord'));
  await user.type(screen.getByLabelText('Nieuw wachtwoord'), 'nieuw-wachtwoord');
  await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
  expect(await screen.findByText('De twee wachtwoorden zijn niet gelijk.')).toBeVisible();

  server.use(
    http.put(
      authUrl('/user'),
      () => authError(422, 'same_password', 'New password should be different from the old password.'),
      { once: true },
    ),
  );
  await user.clear(screen.getByLabelText('Herhaal het nieuwe wachtwoord'));
  await user.type(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), 'nieuw-wachtwoord');
  await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Kies een ander wachtwoord dan je huidige.');
  expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveValue('nieuw-wachtwoord');

  await user.click(screen.getByRole('button', { name: 'Wachtwoord opslaan' }));
  expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
  expect(callsTo('PUT', '/user').at(-1)?.body).toMatchObject({ password: 'nieuw-wachtwoord' });
});

test('an expired recovery link says so and asks for a new one right there', async () => {
  server.use(http.post(authUrl('/verify'), () => authError(403, ...EXPIRED)));
  const user = userEvent.setup();
  renderPages(pages, '/auth/bevestigen?token_hash=hash-recovery-old&type=recovery');

  expect(await screen.findByRole('heading', { name: 'Deze link werkt niet meer' })).toBeVisible();
  expect(screen.getByRole('alert')).toHaveTextContent('Deze link is verlopen of al gebruikt.');
  await user.type(screen.getByLabelText('E-mailadres'), 'sanne@voorbeeld.nl');
  await user.click(screen.getByRole('button', { name: 'Stuur de link' }));
  expect(await screen.findByRole('heading', { name: 'Kijk in je mail' })).toBeVisible();
  expect(callsTo('POST', '/recover')[0]?.body).toMatchObject({ email: 'sanne@voorbeeld.nl' });
  expect(callsTo('POST', '/verify')).toHaveLength(1);
});

test('an expired sign-up link offers a new confirmation mail', async () => {
  server.use(http.post(authUrl('/verify'), () => authError(403, ...EXPIRED)));
  const user = userEvent.setup();
  renderPages(pages, '/auth/bevestigen?token_hash=hash-signup-old&type=signup&next=%2F');
  expect(await screen.findByRole('heading', { name: 'Deze link werkt niet meer' })).toBeVisible();
  await user.type(screen.getByLabelText('E-mailadres'), 'noor@voorbeeld.nl');
  await user.click(screen.getByRole('button', { name: 'Stuur de bevestigingsmail opnieuw' }));
  expect(
    await screen.findByText('We hebben een nieuwe bevestigingsmail gestuurd naar noor@voorbeeld.nl.'),
  ).toBeVisible();
  expect(callsTo('POST', '/resend')[0]?.body).toMatchObject({ type: 'signup', email: 'noor@voorbeeld.nl' });
});

test("GoTrue's default template: an error in the fragment is shown as an expired link, nothing is verified", async () => {
  renderPages(
    pages,
    '/auth/bevestigen?next=%2F#error=access_denied&error_code=otp_expired&error_description=Email+link+is+invalid+or+has+expired',
  );
  expect(await screen.findByRole('heading', { name: 'Deze link werkt niet meer' })).toBeVisible();
  expect(screen.getByRole('alert')).toHaveTextContent('Deze link is verlopen of al gebruikt.');
  expect(callsTo('POST', '/verify')).toHaveLength(0);
});

test('a confirmed sign-up link signs in and goes on to `next`', async () => {
  renderPages(pages, '/auth/bevestigen?token_hash=hash-signup-1&type=signup&next=%2Finitiatieven');
  expect(await screen.findByTestId('location')).toHaveTextContent('/initiatieven');
  expect(callsTo('POST', '/verify')[0]?.body).toMatchObject({ token_hash: 'hash-signup-1', type: 'signup' });
});

test('the new-password page without a session explains the link expired and links to a new one', async () => {
  renderPages(pages, '/wachtwoord-herstellen');
  expect(await screen.findByRole('alert')).toHaveTextContent('Deze link is verlopen of al gebruikt');
  expect(screen.getByRole('link', { name: 'Vraag een nieuwe link aan' })).toHaveAttribute(
    'href',
    '/wachtwoord-vergeten',
  );
  expect(screen.queryByLabelText('Nieuw wachtwoord')).not.toBeInTheDocument();
});
