import {
  authErrorKey,
  MIN_PASSWORD_LENGTH,
  pathAfterLink,
  readAuthLanding,
  redirectErrorKey,
  roleLabels,
  returnAfterSignIn,
  safeNext,
  type Me,
} from './model';
import { newPasswordSchema, signInSchema, signUpSchema } from './schemas';

const t = (key: string, o?: Record<string, unknown>) => (o ? `${key}:${Object.values(o).join(',')}` : key);
const base: Me = {
  id: 'x',
  email: 'a@b.nl',
  display_name: 'A',
  is_admin: false,
  roles: ['resident'],
  area_team_areas: [],
  councils: [],
};

test('role labels: resident only when nothing else, otherwise each role with its area or council', () => {
  expect(roleLabels(base, t)).toEqual(['roles.resident']);
  const team = { ...base, area_team_areas: [{ id: '1', slug: 'noord', name: 'Noord' }] };
  expect(roleLabels(team, t)).toEqual(['roles.areaTeam:Noord']);
  const admin = { ...base, is_admin: true, councils: [{ id: '2', name: 'Wijkraad Heyhoef', area_slug: 'reeshof' }] };
  expect(roleLabels(admin, t)).toEqual(['roles.admin', 'roles.council:Wijkraad Heyhoef']);
});

test('GoTrue codes map to our messages', () => {
  expect(authErrorKey('invalid_credentials')).toBe('auth.errors.invalidCredentials');
  expect(authErrorKey('user_already_exists')).toBe('auth.errors.userExists');
  expect(authErrorKey('something_new')).toBe('auth.errors.unknown');
});

test('forms refuse empty and malformed input with a message key', () => {
  const bad = signInSchema.safeParse({ email: 'geen-adres', password: '' });
  expect(bad.success).toBe(false);
  expect(bad.error?.issues.map((i) => i.message).sort()).toEqual([
    'auth.errors.invalidEmail',
    'auth.errors.passwordRequired',
  ]);
  expect(signUpSchema.safeParse({ displayName: 'Noor', email: 'noor@voorbeeld.nl', password: 'kort' }).success).toBe(
    false,
  );
  expect(
    signUpSchema.safeParse({ displayName: 'Noor', email: 'noor@voorbeeld.nl', password: 'lang-genoeg' }).success,
  ).toBe(true);
});

test('GoTrue codes of the account pages map to their own sentences', () => {
  expect(authErrorKey('email_not_confirmed')).toBe('auth.errors.emailNotConfirmed');
  expect(authErrorKey('over_email_send_rate_limit')).toBe('auth.errors.emailRateLimit');
  expect(authErrorKey('otp_expired')).toBe('auth.errors.linkExpired');
  expect(authErrorKey('same_password')).toBe('auth.errors.samePassword');
  expect(authErrorKey('weak_password', ['pwned'])).toBe('auth.errors.pwnedPassword');
  expect(authErrorKey('weak_password', ['characters'])).toBe('auth.errors.passwordCharacters');
  expect(authErrorKey('weak_password', ['length'])).toBe('auth.errors.weakPassword');
});

test('a new password needs the minimum length and the same repeat', () => {
  expect(MIN_PASSWORD_LENGTH).toBe(8);
  const issues = (v: object) => newPasswordSchema.safeParse(v).error?.issues.map((i) => i.message) ?? [];
  expect(issues({ password: 'kort', repeat: 'kort' })).toEqual(['auth.errors.weakPassword']);
  expect(issues({ password: 'lang-genoeg', repeat: 'lang-genoeg!' })).toEqual(['auth.errors.repeatMismatch']);
  expect(issues({ password: 'lang-genoeg', repeat: 'lang-genoeg' })).toEqual([]);
});

test('only paths inside the app may follow a link (no open redirect)', () => {
  expect(safeNext('/initiatieven?x=1')).toBe('/initiatieven?x=1');
  for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '', null]) {
    expect(safeNext(bad)).toBe('/');
  }
  expect(pathAfterLink('signup', '/gebied/noord')).toBe('/gebied/noord');
  expect(pathAfterLink('recovery', '/gebied/noord')).toBe('/wachtwoord-herstellen');
  expect(pathAfterLink('email_change', null)).toBe('/profiel');
});

test('"Inloggen" in the header returns to the page it was on, not to an account page', () => {
  expect(returnAfterSignIn({ pathname: '/documenten/wijkagenda-noord', search: '?versie=1' })).toBe(
    '/documenten/wijkagenda-noord?versie=1',
  );
  expect(returnAfterSignIn({ pathname: '/inloggen', search: '?terug=%2Fprofiel' })).toBeUndefined();
  expect(returnAfterSignIn({ pathname: '/wachtwoord-vergeten', search: '' })).toBeUndefined();
});

test('a landing URL is read from its query and fragment', () => {
  expect(readAuthLanding('?token_hash=abc&type=recovery&next=%2Fx', '')).toEqual({
    kind: 'verify',
    tokenHash: 'abc',
    type: 'recovery',
    next: '/x',
  });
  expect(readAuthLanding('?token_hash=abc&type=sms', '').kind).toBe('none');
  expect(readAuthLanding('?code=c1', '')).toEqual({ kind: 'code', code: 'c1', next: '/' });
  const expired = readAuthLanding(
    '?next=%2F',
    '#error=access_denied&error_code=otp_expired&error_description=Email+link+is+invalid+or+has+expired',
  );
  expect(expired).toEqual({
    kind: 'error',
    error: { error: 'access_denied', code: 'otp_expired', description: 'Email link is invalid or has expired' },
  });
  expect(expired.kind === 'error' && redirectErrorKey(expired.error)).toBe('auth.errors.linkExpired');
  // older GoTrue put the HTTP status in error_code
  expect(
    redirectErrorKey({ error: 'access_denied', code: '403', description: 'Email link is invalid or has expired' }),
  ).toBe('auth.errors.linkExpired');
  expect(redirectErrorKey({ error: 'access_denied', code: '', description: 'cancelled' })).toBe(
    'auth.errors.ssoDenied',
  );
  expect(readAuthLanding('', '#message=Confirmation+link+accepted').kind).toBe('message');
});
