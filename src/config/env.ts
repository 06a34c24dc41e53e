// Typed access to the build-time environment. Both variables set: a Supabase project; neither: the embedded backend.
const url = import.meta.env.VITE_SUPABASE_URL as string | undefined;
const anonKey = import.meta.env.VITE_SUPABASE_ANON_KEY as string | undefined;

if (Boolean(url) !== Boolean(anonKey)) {
  throw new Error('Zet VITE_SUPABASE_URL en VITE_SUPABASE_ANON_KEY allebei, of geen van beide (lokale database).');
}

/** Staff sign-in through the municipality's identity provider (Supabase Auth): an OAuth provider such as 'azure'
 *  (signInWithOAuth) or a SAML SSO domain (signInWithSSO). `label` is the button text; none means the default. */
export type SsoConfig =
  | { kind: 'oauth'; provider: string; scopes?: string; label?: string }
  | { kind: 'saml'; domain: string; label?: string };

type SsoVariables = {
  VITE_AUTH_SSO_PROVIDER?: string;
  VITE_AUTH_SSO_SCOPES?: string;
  VITE_AUTH_SSO_DOMAIN?: string;
  VITE_AUTH_SSO_LABEL?: string;
};

/** Reads the SSO variables; a provider wins over a domain; neither: no SSO button. */
export function readSsoConfig(vars: SsoVariables): SsoConfig | undefined {
  const label = vars.VITE_AUTH_SSO_LABEL?.trim() || undefined;
  const provider = vars.VITE_AUTH_SSO_PROVIDER?.trim();
  if (provider) {
    // Entra ID only gives the e-mail address with this scope (Supabase's Azure guide)
    const scopes = vars.VITE_AUTH_SSO_SCOPES?.trim() || (provider === 'azure' ? 'email' : undefined);
    return { kind: 'oauth', provider, label, ...(scopes ? { scopes } : {}) };
  }
  const domain = vars.VITE_AUTH_SSO_DOMAIN?.trim();
  return domain ? { kind: 'saml', domain, label } : undefined;
}

export const env = {
  supabaseUrl: url || undefined,
  supabaseAnonKey: anonKey || undefined,
  sso: readSsoConfig(import.meta.env as SsoVariables),
} as const;
