import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './catalogs';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'agendakaart.taal';

function storedLanguage(): Language {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.includes(saved as Language) ? (saved as Language) : 'nl';
}

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl } },
  lng: 'nl',
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
});

async function switchTo(lng: Language): Promise<void> {
  if (lng === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const { en } = await import('./english');
    i18n.addResourceBundle('en', 'translation', en);
  }
  await i18n.changeLanguage(lng);
}

/** Resolves once the language chosen earlier is loaded: the app renders after it, so English users see no Dutch. */
export const i18nReady: Promise<void> = switchTo(storedLanguage());

export function setLanguage(lng: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lng);
  return switchTo(lng);
}

/** nl-NL formats for Dutch, en-GB for English: dates and numbers follow the chosen language. */
export const locale = (lng: string): string => (lng === 'en' ? 'en-GB' : 'nl-NL');

export { i18n };
