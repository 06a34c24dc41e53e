import { useTranslation } from 'react-i18next';
import { noteOf, type Source } from '../model';

type SourcesNoteProps = { sources: (Source | null | undefined)[] };

/** Under a table of figures: each source once, with its full name, licence, link and notes. */
export function SourcesNote({ sources }: SourcesNoteProps) {
  const { t, i18n } = useTranslation();
  const unique = [...new Map(sources.flatMap((s) => (s ? [[s.key, s] as const] : []))).values()];
  if (!unique.length) return null;
  return (
    <div className="figure-sources">
      <p className="figure-sources__title">{t('figures.sources.title')}</p>
      <ul className="figure-sources__list">
        {unique.map((s) => (
          <li key={s.key}>
            {s.url ? (
              <a className="utrecht-link" href={s.url} rel="noreferrer">
                {s.name}
              </a>
            ) : (
              s.name
            )}{' '}
            ({s.credit}). {t('figures.sources.licence', { licence: s.licence })}
            {s.transcribed && !noteOf(s, i18n.language) ? ` ${t('figures.sources.transcribedNote')}` : ''}
            {noteOf(s, i18n.language) ? ` ${noteOf(s, i18n.language)}` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
