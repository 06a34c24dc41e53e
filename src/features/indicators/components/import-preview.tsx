import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/formats';
import type { ImportPreview as Preview } from '../import-model';
import { nameOf } from '../model';
import '../figures-admin.css';

type ImportPreviewProps = { preview: Preview; fileName: string };

const SHOWN_CHANGES = 25;

/** What loading a file would do: its wijken and figures, what changes, what is unknown, and every problem (with its
 *  line in the file and its column). */
export function ImportPreview({ preview: p, fileName }: ImportPreviewProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const number = (v: number | null) => (v === null ? t('figuresAdmin.preview.unknown') : formatNumber(v, lng, 3));
  return (
    <section className="figure-import__preview" aria-labelledby="controle-titel">
      <h3 id="controle-titel" className="utrecht-heading-3">
        {t('figuresAdmin.preview.title', { file: fileName })}
      </h3>
      <p className="utrecht-paragraph">
        {t('figuresAdmin.preview.summary', {
          districts: p.district_count,
          figures: p.indicators.length,
          year: p.year,
          source: p.source.name,
        })}
        {p.new_source ? ` ${t('figuresAdmin.preview.newSource')}` : ''}
      </p>
      {p.problem_count > 0 ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">
            <strong>{t('figuresAdmin.preview.problems', { count: p.problem_count })}</strong>
          </p>
          <ul className="figure-import__problems">
            {p.problems.map((x, i) => (
              <li key={i}>
                {t(`figuresAdmin.preview.problem.${x.problem}`, {
                  line: x.row === undefined ? undefined : x.row + 1,
                  code: x.code,
                  column: x.column,
                  value: x.value,
                })}
              </li>
            ))}
          </ul>
          {p.problem_count > p.problems.length ? (
            <p className="utrecht-paragraph">
              {t('figuresAdmin.preview.moreProblems', { count: p.problem_count - p.problems.length })}
            </p>
          ) : null}
        </div>
      ) : (
        <p className="utrecht-paragraph" role="status">
          {t('figuresAdmin.preview.ok')}
        </p>
      )}
      {p.unknown_codes.length ? (
        <p className="utrecht-paragraph">
          {t('figuresAdmin.preview.unknownCodes', { codes: p.unknown_codes.join(', ') })}
        </p>
      ) : null}
      <h4 className="utrecht-heading-4">{t('figuresAdmin.preview.figures')}</h4>
      <ul>
        {p.indicators.map((x) => (
          <li key={x.key}>{t('figuresAdmin.preview.figureLine', { ...x, name: nameOf(x, lng) })}</li>
        ))}
      </ul>
      {p.changed_count > 0 ? (
        <>
          <h4 className="utrecht-heading-4">{t('figuresAdmin.preview.changes', { count: p.changed_count })}</h4>
          <ul>
            {p.changes.slice(0, SHOWN_CHANGES).map((c) => (
              <li key={`${c.code}-${c.key}`}>
                {t('figuresAdmin.preview.change', {
                  name: c.name,
                  figure: nameOf(c, lng),
                  old: number(c.old),
                  new: number(c.new),
                })}
              </li>
            ))}
          </ul>
          {p.changed_count > SHOWN_CHANGES ? (
            <p className="utrecht-paragraph">
              {t('figuresAdmin.preview.moreChanges', { count: p.changed_count - SHOWN_CHANGES })}
            </p>
          ) : null}
        </>
      ) : null}
      {p.missing_districts.length ? (
        <p className="muted">{t('figuresAdmin.preview.missing', { count: p.missing_districts.length })}</p>
      ) : null}
      {p.ignored_columns.length ? (
        <p className="muted">{t('figuresAdmin.preview.ignored', { columns: p.ignored_columns.join(', ') })}</p>
      ) : null}
    </section>
  );
}
