import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../model';

type StatusHistoryProps = { history: StatusChange[] };

/** Every status the initiative had, newest first, with the area team's explanation. */
export function StatusHistory({ history }: StatusHistoryProps) {
  const { t, i18n } = useTranslation();
  const fmt = (d: string) => new Date(d).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'nl-NL');
  return (
    <section aria-labelledby="verloop-kop" className="status-history">
      <h2 className="utrecht-heading-3" id="verloop-kop">
        {t('initiatives.history.title')}
      </h2>
      <ol className="status-history__list" reversed>
        {[...history].reverse().map((h) => (
          <li key={h.id}>
            <strong>{t(`initiatives.status.${h.to_status}`)}</strong> · {fmt(h.changed_at)}
            {h.explanation ? <p className="utrecht-paragraph">{h.explanation}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
