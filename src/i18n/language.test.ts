import { i18n, locale, setLanguage } from './index';

afterEach(() => setLanguage('nl'));

test('switching the language sets <html lang> and remembers the choice', async () => {
  await setLanguage('en');
  await vi.waitFor(() => expect(document.documentElement.lang).toBe('en'));
  expect(i18n.t('auth.signIn')).toBe('Sign in');
  expect(localStorage.getItem('agendakaart.taal')).toBe('en');
  await setLanguage('nl');
  await vi.waitFor(() => expect(document.documentElement.lang).toBe('nl'));
  expect(i18n.t('auth.signIn')).toBe('Inloggen');
});

test('Dutch formats numbers and dates the nl-NL way', () => {
  expect(locale('nl')).toBe('nl-NL');
  expect(new Intl.NumberFormat(locale('nl')).format(1234.5)).toBe('1.234,5');
  expect(
    new Intl.DateTimeFormat(locale('nl'), { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2025, 2, 1)),
    ),
  ).toBe('1 maart 2025');
  expect(locale('en')).toBe('en-GB');
});
