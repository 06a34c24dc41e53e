// Sign-up on a Supabase project, with GoTrue's answers through MSW: e-mail confirmation on (the default) and off.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { SignUpPage } from '@/app/routes/sign-up-page';
import { authError, authUrl, callsTo, server, sessionJson, useFakeSupabase, userJson } from '../utils/gotrue';
import { renderPages } from '../utils/render-pages';

vi.hoisted(() => {
  vi.stubEnv('VITE_SUPABASE_URL', 'https://agendakaart-test.supabase.co');
  vi.stubEnv('VITE_SUPABASE_ANON_KEY', 'test-anon-key');
});
useFakeSupabase();

async function signUp(user: ReturnType<typeof userEvent.setup>) {
  renderPages([{ path: '/registreren', element: <SignUpPage /> }], '/registreren');
  await user.type(screen.getByLabelText('Naam'), 'Noor Bakker');
  await user.type(screen.getByLabelText('E-mailadres'), 'noor@voorbeeld.nl');
  await user.type(screen.getByLabelText('Wachtwoord'), 'lang-genoeg');
  await user.click(screen.getByRole('button', { name: 'Registreren' }));
}

test('with e-mail confirmation on: says where the mail went, sends it again, and keeps what was typed', async () => {
  const user = userEvent.setup();
  await signUp(user);

  const heading = await screen.findByRole('heading', { name: 'Bevestig je e-mailadres' });
  expect(heading).toHaveFocus();
  const panel = screen.getByRole('region', { name: 'Bevestig je e-mailadres' });
  expect(panel).toHaveTextContent('We hebben een mail gestuurd naar noor@voorbeeld.nl. Open de link in die mail');
  expect(panel).toHaveTextContent('Kijk bij ongewenste mail (spam)');
  const [signup] = callsTo('POST', '/signup');
  expect(signup?.body).toMatchObject({
    email: 'noor@voorbeeld.nl',
    password: 'lang-genoeg',
    data: { display_name: 'Noor Bakker' },
  });
  // the link in the mail comes back to the landing page, then to the start page
  expect(signup?.query.get('redirect_to')).toBe(`${window.location.origin}/auth/bevestigen?next=%2F`);
  expect(screen.queryByTestId('location')).not.toBeInTheDocument(); // still here, not signed in

  await user.click(within(panel).getByRole('button', { name: 'Stuur de bevestigingsmail opnieuw' }));
  expect(
    await within(panel).findByText('We hebben een nieuwe bevestigingsmail gestuurd naar noor@voorbeeld.nl.'),
  ).toBeVisible();
  expect(callsTo('POST', '/resend')[0]?.body).toMatchObject({ type: 'signup', email: 'noor@voorbeeld.nl' });

  server.use(
    http.post(authUrl('/resend'), () => authError(429, 'over_email_send_rate_limit', 'email rate limit exceeded')),
  );
  await user.click(within(panel).getByRole('button', { name: 'Stuur de bevestigingsmail opnieuw' }));
  expect(await within(panel).findByRole('alert')).toHaveTextContent(
    'Er zijn kort na elkaar te veel mails verstuurd. Wacht een paar minuten',
  );

  await user.click(screen.getByRole('button', { name: 'Een ander e-mailadres gebruiken' }));
  expect(screen.getByLabelText('E-mailadres')).toHaveValue('noor@voorbeeld.nl');
  expect(screen.getByLabelText('Naam')).toHaveValue('Noor Bakker');
});

test('with e-mail confirmation off (GoTrue answers with a session): signed in and on to the start page', async () => {
  server.use(
    http.post(authUrl('/signup'), () =>
      HttpResponse.json(sessionJson(userJson({ email: 'noor@voorbeeld.nl' })), {
        headers: { 'X-Supabase-Api-Version': '2024-01-01' },
      }),
    ),
  );
  const user = userEvent.setup();
  await signUp(user);
  expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
  expect(screen.queryByRole('heading', { name: 'Bevestig je e-mailadres' })).not.toBeInTheDocument();
});

test('an address that already has an account: said plainly, and nothing typed is lost', async () => {
  server.use(http.post(authUrl('/signup'), () => authError(422, 'user_already_exists', 'User already registered')));
  const user = userEvent.setup();
  await signUp(user);
  expect(await screen.findByRole('alert')).toHaveTextContent('Er bestaat al een account met dit e-mailadres.');
  expect(screen.getByLabelText('Wachtwoord')).toHaveValue('lang-genoeg');
});
