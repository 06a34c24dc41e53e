import { readSsoConfig } from './env';

test('staff SSO: a provider (OAuth) wins over a domain (SAML); neither means no button', () => {
  expect(readSsoConfig({})).toBeUndefined();
  expect(readSsoConfig({ VITE_AUTH_SSO_PROVIDER: ' ', VITE_AUTH_SSO_LABEL: 'Inloggen' })).toBeUndefined();
  expect(readSsoConfig({ VITE_AUTH_SSO_PROVIDER: 'azure' })).toEqual({
    kind: 'oauth',
    provider: 'azure',
    scopes: 'email',
    label: undefined,
  });
  expect(readSsoConfig({ VITE_AUTH_SSO_PROVIDER: 'keycloak', VITE_AUTH_SSO_SCOPES: 'openid email' })).toMatchObject({
    provider: 'keycloak',
    scopes: 'openid email',
  });
  expect(
    readSsoConfig({ VITE_AUTH_SSO_DOMAIN: 'tilburg.nl', VITE_AUTH_SSO_LABEL: 'Inloggen met je Tilburg-account' }),
  ).toEqual({ kind: 'saml', domain: 'tilburg.nl', label: 'Inloggen met je Tilburg-account' });
});
