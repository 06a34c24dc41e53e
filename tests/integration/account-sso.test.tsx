// Staff sign-in through the municipality's identity provider (Supabase Auth OAuth / SAML SSO), with GoTrue's
// answers through MSW: the authorize URL with redirect_to, the /sso request, and the way back (/auth/terugkeer).
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { AuthReturnPage } from '@/app/routes/auth-return-page';
import { SignInPage } from '@/app/routes/sign-in-page';
import { SsoSignIn } from '@/features/auth/components/sso-sign-in';
import { client } from '@/lib/supabase/create-client';
import { authError, authUrl, callsTo, server, storageKey, useFakeSupabase } from '../utils/gotrue';
import { renderPages } from '../utils/render-pages';

vi.hoisted(() => {
  vi.stubEnv('VITE_SUPABASE_URL', 'https://agendakaart-test.supabase.co');
  vi.stubEnv('VITE_SUPABASE_ANON_KEY', 'test-anon-key');
  vi.stubEnv('VITE_AUTH_SSO_PROVIDER', 'azure');
  vi.stubEnv('VITE_AUTH_SSO_LABEL', 'Inloggen met je Tilburg-account');
});
useFakeSupabase();

const returnUrl = () => `${window.location.origin}/auth/terugkeer`;

/** jsdom cannot leave the page: a stand-in location records where supabase-js sends the browser. */
function leavingThePage() {
  const { origin, href, pathname, search, hash } = window.location;
  const assign = vi.fn();
  vi.stubGlobal('location', { origin, href, pathname, search, hash, assign });
  return assign;
}
afterEach(() => vi.unstubAllGlobals());

test('VITE_AUTH_SSO_PROVIDER: the button sends the browser to /auth/v1/authorize with redirect_to', async () => {
  const oauth = vi.spyOn(client.auth, 'signInWithOAuth');
  const assign = leavingThePage();
  const user = userEvent.setup();
  renderPages([{ path: '/inloggen', element: <SignInPage /> }], '/inloggen?terug=%2Finitiatieven');

  expect(screen.getByRole('heading', { name: 'Medewerker van de gemeente?' })).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Inloggen met je Tilburg-account' }));
  expect(await screen.findByText('Je gaat naar de inlogpagina van de gemeente…')).toBeVisible();

  expect(oauth).toHaveBeenCalledWith({ provider: 'azure', options: { redirectTo: returnUrl(), scopes: 'email' } });
  expect(assign).toHaveBeenCalledWith(
    `https://agendakaart-test.supabase.co/auth/v1/authorize?provider=azure&redirect_to=${encodeURIComponent(returnUrl())}&scopes=email`,
  );
  // where to go once back
  expect(sessionStorage.getItem('agendakaart.inloggen.terug')).toBe('/initiatieven');
});

test('VITE_AUTH_SSO_DOMAIN (SAML): POST /sso with the domain and redirect_to; an unknown domain is explained', async () => {
  const assign = leavingThePage();
  server.use(
    http.post(
      authUrl('/sso'),
      () => authError(404, 'sso_provider_not_found', 'No SSO provider assigned for this domain'),
      {
        once: true,
      },
    ),
  );
  const user = userEvent.setup();
  renderPages([{ path: '/', element: <SsoSignIn sso={{ kind: 'saml', domain: 'tilburg.nl' }} returnTo="/" /> }], '/');
  const button = screen.getByRole('button', { name: 'Inloggen met je gemeenteaccount' });
  await user.click(button);
  expect(await screen.findByRole('alert')).toHaveTextContent('is nu niet beschikbaar');

  await user.click(button);
  expect(await screen.findByText('Je gaat naar de inlogpagina van de gemeente…')).toBeVisible();
  const [, sso] = callsTo('POST', '/sso');
  expect(sso?.body).toMatchObject({ domain: 'tilburg.nl', redirect_to: returnUrl(), skip_http_redirect: true });
  expect(assign).toHaveBeenCalledWith('https://login.gemeente.example/saml?SAMLRequest=abc');
});

test('back with ?code=: the code is exchanged once and the person goes on to where they started', async () => {
  sessionStorage.setItem('agendakaart.inloggen.terug', '/initiatieven');
  localStorage.setItem(`${storageKey()}-code-verifier`, JSON.stringify('verifier-123')); // as supabase-js writes it
  renderPages([{ path: '/auth/terugkeer', element: <AuthReturnPage /> }], '/auth/terugkeer?code=code-abc');
  expect(await screen.findByTestId('location')).toHaveTextContent('/initiatieven');
  const token = callsTo('POST', '/token');
  expect(token).toHaveLength(1);
  expect(token[0]?.query.get('grant_type')).toBe('pkce');
  expect(token[0]?.body).toMatchObject({ auth_code: 'code-abc', code_verifier: 'verifier-123' });
});

test('back with an error: a clear message, what the service said, and a way to try again', async () => {
  renderPages(
    [{ path: '/auth/terugkeer', element: <AuthReturnPage /> }],
    '/auth/terugkeer?error=access_denied&error_description=The+user+has+cancelled+the+sign-in',
  );
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Inloggen is afgebroken of geweigerd door de inlogdienst.');
  expect(alert).toHaveTextContent('Melding van de inlogdienst: The user has cancelled the sign-in');
  expect(screen.getByRole('link', { name: 'Opnieuw inloggen' })).toHaveAttribute('href', '/inloggen');
  expect(callsTo('POST', '/token')).toHaveLength(0);
});
