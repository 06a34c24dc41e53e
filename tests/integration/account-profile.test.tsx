// The profile page on a Supabase project (GoTrue and the RPCs through MSW): name, e-mail change with confirmation,
// password; a visitor is sent to sign in.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { AuthConfirmPage } from '@/app/routes/auth-confirm-page';
import { ProfilePage } from '@/app/routes/profile-page';
import { authError, authUrl, callsTo, server, signInStored, useFakeSupabase, userJson } from '../utils/gotrue';
import { renderPages } from '../utils/render-pages';

vi.hoisted(() => {
  vi.stubEnv('VITE_SUPABASE_URL', 'https://agendakaart-test.supabase.co');
  vi.stubEnv('VITE_SUPABASE_ANON_KEY', 'test-anon-key');
});
useFakeSupabase();

const pages = [
  { path: '/profiel', element: <ProfilePage /> },
  { path: '/auth/bevestigen', element: <AuthConfirmPage /> },
];
const section = (name: string) => screen.getByRole('region', { name });

test('a visitor is sent to sign in, and back to the profile afterwards', async () => {
  renderPages(pages, '/profiel');
  expect(await screen.findByTestId('location')).toHaveTextContent('/inloggen?terug=%2Fprofiel');
});

test('changing the name saves it through update_profile', async () => {
  signInStored();
  const user = userEvent.setup();
  renderPages(pages, '/profiel');
  expect(document.title).toBe('Mijn profiel · Agendakaart');
  const name = await screen.findByRole('textbox', { name: 'Naam' });
  expect(name).toHaveValue('Sanne de Vries');
  await user.clear(name);
  await user.type(name, 'Sanne van Dijk');
  await user.click(screen.getByRole('button', { name: 'Naam opslaan' }));
  expect(await within(section('Naam')).findByText('Je naam is opgeslagen.')).toBeVisible();
  expect(callsTo('POST', '/rpc/update_profile')[0]?.body).toEqual({ p_display_name: 'Sanne van Dijk' });
});

test('a new e-mail address waits for the link in the mail to it; the same or a taken address is refused', async () => {
  signInStored();
  const user = userEvent.setup();
  renderPages(pages, '/profiel');
  const email = await screen.findByRole('region', { name: 'E-mailadres' });
  expect(email).toHaveTextContent('Je logt nu in met sanne@voorbeeld.nl.');
  const field = within(email).getByLabelText('Nieuw e-mailadres');

  await user.type(field, 'Sanne@voorbeeld.nl');
  await user.click(within(email).getByRole('button', { name: 'E-mailadres wijzigen' }));
  expect(await within(email).findByText('Dit is al je e-mailadres.')).toBeVisible();

  server.use(
    http.put(
      authUrl('/user'),
      () => authError(422, 'email_exists', 'A user with this email address has already been registered'),
      {
        once: true,
      },
    ),
  );
  await user.clear(field);
  await user.type(field, 'sanne.nieuw@voorbeeld.nl');
  await user.click(within(email).getByRole('button', { name: 'E-mailadres wijzigen' }));
  expect(await within(email).findByRole('alert')).toHaveTextContent('Dit e-mailadres hoort al bij een ander account.');
  expect(field).toHaveValue('sanne.nieuw@voorbeeld.nl');

  await user.click(within(email).getByRole('button', { name: 'E-mailadres wijzigen' }));
  expect(
    await within(email).findByText(
      /^Bevestig de wijziging via de link in de mail die we naar sanne.nieuw@voorbeeld.nl stuurden/,
    ),
  ).toBeVisible();
  const change = callsTo('PUT', '/user').at(-1);
  expect(change?.body).toMatchObject({ email: 'sanne.nieuw@voorbeeld.nl' });
  expect(change?.query.get('redirect_to')).toBe(`${window.location.origin}/auth/bevestigen?next=%2Fprofiel`);
});

test('a pending change is shown, and the password changes with the session as proof', async () => {
  signInStored();
  server.use(http.get(authUrl('/user'), () => HttpResponse.json(userJson({ newEmail: 'sanne.nieuw@voorbeeld.nl' }))));
  const user = userEvent.setup();
  renderPages(pages, '/profiel');
  expect(
    await screen.findByText(
      'De wijziging naar sanne.nieuw@voorbeeld.nl wacht nog op bevestiging via de link in de mail.',
    ),
  ).toBeVisible();

  const password = section('Wachtwoord');
  await user.type(within(password).getByLabelText('Nieuw wachtwoord'), 'nieuw-wachtwoord');
  await user.type(within(password).getByLabelText('Herhaal het nieuwe wachtwoord'), 'nieuw-wachtwoord');
  await user.click(within(password).getByRole('button', { name: 'Wachtwoord wijzigen' }));
  expect(await within(password).findByText('Je wachtwoord is gewijzigd.')).toBeVisible();
  expect(callsTo('PUT', '/user')[0]?.body).toMatchObject({ password: 'nieuw-wachtwoord' });
  expect(within(password).getByLabelText('Nieuw wachtwoord')).toHaveValue('');
});

test('someone who signs in through the municipality manages e-mail and password there', async () => {
  signInStored(userJson({ provider: 'azure' }));
  server.use(http.get(authUrl('/user'), () => HttpResponse.json(userJson({ provider: 'azure' }))));
  renderPages(pages, '/profiel');
  expect(await screen.findByText(/Je logt in via je gemeenteaccount \(azure\)/)).toBeVisible();
  expect(screen.queryByLabelText('Nieuw e-mailadres')).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Naar Mijn gegevens' })).toHaveAttribute('href', '/privacy');
});

test('the e-mail change link: the first of two confirmations asks for the other, the last one opens the profile', async () => {
  // Supabase's "secure email change": GoTrue answers the first link without a session
  server.use(
    http.post(
      authUrl('/verify'),
      () =>
        HttpResponse.json({
          msg: 'Confirmation link accepted. Please proceed to confirm link sent to the other email',
          code: '200',
        }),
      { once: true },
    ),
  );
  const first = renderPages(pages, '/auth/bevestigen?token_hash=hash-change-current&type=email_change');
  expect(await screen.findByText(/Open nu ook de link in de mail naar je andere e-mailadres/)).toBeVisible();
  first.unmount();

  renderPages(pages, '/auth/bevestigen?token_hash=hash-change-new&type=email_change');
  expect(await screen.findByRole('heading', { name: 'Mijn profiel' })).toBeVisible();
  expect(callsTo('POST', '/verify').map((c) => c.body?.token_hash)).toEqual(['hash-change-current', 'hash-change-new']);
});
