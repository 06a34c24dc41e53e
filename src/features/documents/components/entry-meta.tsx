import { useTranslation } from 'react-i18next';
import type { Entry } from '../model';
import { useDocumentPage } from './document-context';
import { useFormatDate, useFormatEuro } from './use-format';
import '../documents.css';

type EntryMetaProps = { entry: Entry };

/** The facts of an entry as a description list: origin, theme, priority, owner, status, dates, progress, budget. */
export function EntryMeta({ entry }: EntryMetaProps) {
  const { t, i18n } = useTranslation();
  const { themes } = useDocumentPage();
  const formatDate = useFormatDate();
  const formatEuro = useFormatEuro();
  const theme = themes.find((th) => th.id === entry.theme_id);
  const rows: [string, string][] = [];
  if (theme) rows.push([t('documents.fields.theme'), i18n.language === 'en' ? theme.name_en : theme.name_nl]);
  if (entry.kind === 'agenda_item') {
    if (entry.origin) rows.push([t('documents.fields.origin'), t(`documents.origin.${entry.origin}`)]);
    if (entry.priority) rows.push([t('documents.fields.priority'), t(`documents.priority.${entry.priority}`)]);
    if (entry.owner_name) rows.push([t('documents.fields.ownerName'), entry.owner_name]);
    if (entry.item_status) rows.push([t('documents.fields.status'), t(`documents.itemStatus.${entry.item_status}`)]);
  }
  if (entry.kind === 'plan_action') {
    if (entry.owner_org || entry.owner_kind)
      rows.push([
        t('documents.fields.ownerOrg'),
        [entry.owner_org, entry.owner_kind ? `(${t(`documents.ownerKind.${entry.owner_kind}`)})` : '']
          .filter(Boolean)
          .join(' '),
      ]);
    if (entry.action_status)
      rows.push([t('documents.fields.status'), t(`documents.actionStatus.${entry.action_status}`)]);
    if (entry.start_date || entry.end_date)
      rows.push([
        t('documents.fields.when'),
        t('documents.fromTo', { from: formatDate(entry.start_date) || '…', to: formatDate(entry.end_date) || '…' }),
      ]);
    rows.push([t('documents.fields.progress'), `${entry.progress ?? 0}%`]);
    if (entry.budget_eur != null) rows.push([t('documents.fields.budget'), formatEuro(entry.budget_eur)]);
  }
  return (
    <dl className="entry-meta">
      {rows.map(([label, value]) => (
        <div key={label} className="entry-meta__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
