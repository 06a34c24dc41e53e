import { authErrorKey, roleLabels, type Me } from './model';
import { signInSchema, signUpSchema } from './schemas';

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
