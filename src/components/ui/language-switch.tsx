import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '@/i18n';
import './language-switch.css';

const NAMES = { nl: 'Nederlands', en: 'English' } as const;

/** Each language named in itself, so someone who cannot read the current language still finds theirs. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('common.language')} className="language-switch">
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="language-switch__option"
          aria-pressed={i18n.language === lng}
          onClick={() => void setLanguage(lng)}
        >
          <abbr title={NAMES[lng]} aria-hidden="true">
            {lng.toUpperCase()}
          </abbr>
          <span className="visually-hidden">{NAMES[lng]}</span>
        </button>
      ))}
    </div>
  );
}
