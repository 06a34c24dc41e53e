import { paths } from '@/config/paths';

export type Role = 'resident' | 'council' | 'area_team' | 'admin';

export type Me = {
  id: string;
  email: string;
  display_name: string;
  is_admin: boolean;
  roles: Role[];
  area_team_areas: { id: string; slug: string; name: string }[];
  councils: { id: string; name: string; area_slug: string }[];
};

/** Demo accounts of supabase/seed.sql, offered for one-click sign-in with the embedded backend. */
export const DEMO_PASSWORD = 'demo-wachtwoord';
export const DEMO_ACCOUNTS = [
  { email: 'team.noord@demo.agendakaart.nl', name: 'Fatima El Amrani', roleKey: 'auth.demo.areaTeam' },
  { email: 'team.noord.2@demo.agendakaart.nl', name: 'Daan Bakker', roleKey: 'auth.demo.areaTeam' },
  { email: 'wijkraad.heyhoef@demo.agendakaart.nl', name: 'Joost van Dijk', roleKey: 'auth.demo.council' },
  { email: 'bewoner@demo.agendakaart.nl', name: 'Sanne de Vries', roleKey: 'auth.demo.resident' },
  { email: 'beheer@demo.agendakaart.nl', name: 'Mark Jansen', roleKey: 'auth.demo.admin' },
] as const;

/** Role descriptions for the header, most specific first: "Gebiedsteam Noord", "Wijkraad Heyhoef", "Beheerder". */
export function roleLabels(me: Me, t: (key: string, options?: Record<string, unknown>) => string): string[] {
  const labels = [
    ...(me.is_admin ? [t('roles.admin')] : []),
    ...me.area_team_areas.map((a) => t('roles.areaTeam', { area: a.name })),
    ...me.councils.map((c) => t('roles.council', { council: c.name })),
  ];
  return labels.length > 0 ? labels : [t('roles.resident')];
}

/** Set the same in the Supabase project (Authentication → Policies → minimum password length); the embedded
 *  backend checks it too (lib/embedded/gotrue.ts). */
export const MIN_PASSWORD_LENGTH = 8;

/** GoTrue error codes → message keys; anything else gets the generic message. */
export function authErrorKey(code: string | undefined, reasons: readonly string[] = []): string {
  switch (code) {
    case 'invalid_credentials':
      return 'auth.errors.invalidCredentials';
    case 'user_already_exists':
    case 'email_exists':
      return 'auth.errors.userExists';
    case 'weak_password':
      // the project may ask more than a length (Supabase: Authentication → Policies)
      return reasons.includes('pwned')
        ? 'auth.errors.pwnedPassword'
        : reasons.includes('characters')
          ? 'auth.errors.passwordCharacters'
          : 'auth.errors.weakPassword';
    case 'same_password':
      return 'auth.errors.samePassword';
    case 'validation_failed':
    case 'email_address_invalid':
      return 'auth.errors.invalidEmail';
    case 'email_not_confirmed':
      return 'auth.errors.emailNotConfirmed';
    case 'over_email_send_rate_limit':
      return 'auth.errors.emailRateLimit';
    case 'over_request_rate_limit':
      return 'auth.errors.requestRateLimit';
    case 'otp_expired':
    case 'flow_state_expired':
    case 'flow_state_not_found':
    case 'bad_code_verifier':
      return 'auth.errors.linkExpired';
    case 'session_not_found':
    case 'session_expired':
    case 'no_authorization':
    case 'reauthentication_needed':
      return 'auth.errors.sessionNeeded';
    case 'signup_disabled':
      return 'auth.errors.signupDisabled';
    case 'sso_provider_not_found':
    case 'provider_disabled':
    case 'saml_provider_disabled':
    case 'oauth_provider_not_supported':
      return 'auth.errors.ssoUnavailable';
    default:
      return 'auth.errors.unknown';
  }
}

/** The kinds of e-mail link GoTrue sends (the `type` of verifyOtp). */
export const LINK_TYPES = ['signup', 'invite', 'magiclink', 'recovery', 'email_change'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** Only a path inside this app may follow a link (no `//other.site` or `https://…`: no open redirect). */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
}

/** The account pages themselves: signing in from one of them goes to the start page, not back to it. */
const ACCOUNT_PATHS: string[] = [
  paths.signIn.pattern,
  paths.signUp.pattern,
  paths.forgotPassword.pattern,
  paths.resetPassword.pattern,
  paths.authConfirm.pattern,
  paths.authReturn.pattern,
];

/** The header's "Inloggen" brings the person back to the page they were reading. */
export function returnAfterSignIn(location: { pathname: string; search: string }): string | undefined {
  return ACCOUNT_PATHS.includes(location.pathname) ? undefined : location.pathname + location.search;
}

/** Where a verified link leads (docs: contract "Account URLs"). */
export function pathAfterLink(type: LinkType, next: string | null | undefined): string {
  if (type === 'recovery') return paths.resetPassword.href();
  if (type === 'email_change') return paths.profile.href();
  return safeNext(next);
}

/** An error GoTrue put in a redirect: in the fragment (implicit flow) or the query (PKCE, OAuth). */
export type RedirectError = { error: string; code: string; description: string };

/** What an e-mail link or a redirect back from GoTrue carries. */
export type AuthLanding =
  | { kind: 'verify'; tokenHash: string; type: LinkType; next: string }
  | { kind: 'code'; code: string; next: string }
  | { kind: 'error'; error: RedirectError }
  /** the first of two e-mail change confirmations (Supabase "secure email change", default templates) */
  | { kind: 'message'; message: string }
  | { kind: 'none'; next: string };

/** Reads a landing URL's query and fragment (react-router's `location.search` and `location.hash`). */
export function readAuthLanding(search: string, hash: string): AuthLanding {
  const query = new URLSearchParams(search);
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (name: string) => query.get(name) ?? fragment.get(name);
  const next = safeNext(query.get('next'));
  const error = get('error');
  const code = get('error_code');
  if (error || code || get('error_description')) {
    return {
      kind: 'error',
      error: { error: error ?? '', code: code ?? '', description: get('error_description') ?? '' },
    };
  }
  const tokenHash = query.get('token_hash');
  const type = query.get('type') as LinkType | null;
  if (tokenHash && type && LINK_TYPES.includes(type)) return { kind: 'verify', tokenHash, type, next };
  const authCode = query.get('code');
  if (authCode) return { kind: 'code', code: authCode, next };
  const message = get('message');
  if (message) return { kind: 'message', message };
  return { kind: 'none', next };
}

/** The message key for an error GoTrue put in a redirect. */
export function redirectErrorKey(error: RedirectError): string {
  if (error.code === 'otp_expired' || /email link is invalid or has expired/i.test(error.description))
    return 'auth.errors.linkExpired';
  if (error.error === 'access_denied' && !error.code) return 'auth.errors.ssoDenied';
  const key = authErrorKey(error.code);
  return key === 'auth.errors.unknown' ? 'auth.errors.redirectFailed' : key;
}
