// The sign-in page on a Supabase project (GoTrue through MSW): an unconfirmed address, the way to a new password,
// and no staff SSO button unless VITE_AUTH_SSO_* is set.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { SignInPage } from '@/app/routes/sign-in-page';
import { authError, authUrl, callsTo, server, useFakeSupabase } from '../utils/gotrue';
import { renderPages } from '../utils/render-pages';

vi.hoisted(() => {
  vi.stubEnv('VITE_SUPABASE_URL', 'https://agendakaart-test.supabase.co');
  vi.stubEnv('VITE_SUPABASE_ANON_KEY', 'test-anon-key');
});
useFakeSupabase();

test('an unconfirmed address is named as such, with a button that sends the confirmation mail again', async () => {
  server.use(http.post(authUrl('/token'), () => authError(400, 'email_not_confirmed', 'Email not confirmed')));
  const user = userEvent.setup();
  renderPages([{ path: '/inloggen', element: <SignInPage /> }], '/inloggen');
  await user.type(screen.getByLabelText('E-mailadres'), ' noor@voorbeeld.nl ');
  await user.type(screen.getByLabelText('Wachtwoord'), 'lang-genoeg');
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));

  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Je e-mailadres is nog niet bevestigd.');
  await user.click(within(alert).getByRole('button', { name: 'Stuur de bevestigingsmail opnieuw' }));
  expect(
    await within(alert).findByText('We hebben een nieuwe bevestigingsmail gestuurd naar noor@voorbeeld.nl.'),
  ).toBeVisible();
  expect(callsTo('POST', '/resend')[0]?.body).toMatchObject({ type: 'signup', email: 'noor@voorbeeld.nl' });
  expect(screen.getByLabelText('Wachtwoord')).toHaveValue('lang-genoeg');
});

test('signed in, the page goes back to where the person was sent from (?terug=)', async () => {
  const user = userEvent.setup();
  renderPages([{ path: '/inloggen', element: <SignInPage /> }], '/inloggen?terug=%2Fprofiel');
  await user.type(screen.getByLabelText('E-mailadres'), 'sanne@voorbeeld.nl');
  await user.type(screen.getByLabelText('Wachtwoord'), 'lang-genoeg');
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
  expect(await screen.findByTestId('location')).toHaveTextContent('/profiel');
  expect(callsTo('POST', '/token')[0]?.query.get('grant_type')).toBe('password');
});

test('"Wachtwoord vergeten?" leads to the reset page; without VITE_AUTH_SSO_* there is no staff button', async () => {
  const user = userEvent.setup();
  renderPages([{ path: '/inloggen', element: <SignInPage /> }], '/inloggen');
  expect(screen.queryByRole('button', { name: /gemeenteaccount/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Medewerker van de gemeente?' })).not.toBeInTheDocument();
  await user.click(screen.getByRole('link', { name: 'Wachtwoord vergeten?' }));
  expect(await screen.findByTestId('location')).toHaveTextContent('/wachtwoord-vergeten');
});
