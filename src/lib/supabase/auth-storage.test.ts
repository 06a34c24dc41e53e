import { authStorage, isSessionThisTabOnly, keepSessionInThisTab } from './auth-storage';

const KEY = 'sb-embedded-auth-token';

test('by default the session is shared: localStorage, as supabase-js keeps it', async () => {
  expect(isSessionThisTabOnly()).toBe(false);
  await authStorage.setItem(KEY, 'gedeeld');
  expect(localStorage.getItem(KEY)).toBe('gedeeld');
  expect(sessionStorage.getItem(KEY)).toBeNull();
  expect(await authStorage.getItem(KEY)).toBe('gedeeld');
});

test('"in this tab only" keeps the next session in sessionStorage and leaves the shared one alone', async () => {
  localStorage.setItem(KEY, 'gedeeld');
  keepSessionInThisTab(true);
  expect(isSessionThisTabOnly()).toBe(true);
  expect(await authStorage.getItem(KEY)).toBeNull();
  await authStorage.setItem(KEY, 'alleen-dit-tabblad');
  expect(sessionStorage.getItem(KEY)).toBe('alleen-dit-tabblad');
  expect(localStorage.getItem(KEY)).toBe('gedeeld');
  await authStorage.removeItem(KEY);
  expect(sessionStorage.getItem(KEY)).toBeNull();
  expect(localStorage.getItem(KEY)).toBe('gedeeld');

  keepSessionInThisTab(false);
  expect(await authStorage.getItem(KEY)).toBe('gedeeld');
});
