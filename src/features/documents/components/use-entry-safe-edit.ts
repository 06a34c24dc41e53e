// Live co-editing of one entry (issue 5): the entry form's values as the merge rules see them, with labels and
// readable values for the merge panel. The rules themselves live in lib/drafts (useSafeEdit).
import { useTranslation } from 'react-i18next';
import { useSafeEdit } from '@/lib/drafts/use-safe-edit';
import { entryFormDefaults, type Entry, type EntryFormValues, type EntryKind, type Place } from '../model';
import { useDocumentPage } from './document-context';

export type EntryEditValues = EntryFormValues & { place: Place | null };

const COMMON = ['title', 'body', 'themeId'] as const;
const FIELDS: Record<EntryKind, readonly (keyof EntryEditValues)[]> = {
  agenda_item: [...COMMON, 'origin', 'priority', 'ownerName', 'itemStatus', 'place'],
  vision_goal: [...COMMON, 'place'],
  plan_action: [
    ...COMMON,
    'ownerOrg',
    'ownerKind',
    'actionStatus',
    'startDate',
    'endDate',
    'progress',
    'budget',
    'place',
  ],
};

const LABEL: Record<keyof EntryEditValues, string> = {
  title: 'documents.fields.title',
  body: 'documents.fields.body',
  themeId: 'documents.fields.theme',
  origin: 'documents.fields.origin',
  priority: 'documents.fields.priority',
  ownerName: 'documents.fields.ownerName',
  itemStatus: 'documents.fields.status',
  ownerOrg: 'documents.fields.ownerOrg',
  ownerKind: 'documents.fields.ownerKind',
  actionStatus: 'documents.fields.status',
  startDate: 'documents.fields.start',
  endDate: 'documents.fields.end',
  progress: 'documents.fields.progressPercent',
  budget: 'documents.fields.budgetEur',
  place: 'documents.fields.place',
};

const OPTION_PREFIX: Partial<Record<keyof EntryEditValues, string>> = {
  origin: 'documents.origin',
  priority: 'documents.priority',
  itemStatus: 'documents.itemStatus',
  ownerKind: 'documents.ownerKind',
  actionStatus: 'documents.actionStatus',
};

export const entryEditValues = (entry?: Entry): EntryEditValues => ({
  ...entryFormDefaults(entry),
  place: entry?.location ?? null,
});

export function useEntrySafeEdit(entry: Entry | undefined, kind: EntryKind) {
  const { t, i18n } = useTranslation();
  const { detail, themes } = useDocumentPage();
  const safe = useSafeEdit<EntryEditValues>({
    documentId: detail.document.id,
    target: entry ? { kind: 'entry', id: entry.id } : null,
    saved: { values: entryEditValues(entry), version: entry?.version ?? 0 },
    fields: FIELDS[kind],
  });
  const labelOf = (field: string) => t(LABEL[field as keyof EntryEditValues] ?? field);
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '';
    if (field === 'themeId') {
      const theme = themes.find((th) => th.id === value);
      return theme ? (i18n.language === 'en' ? theme.name_en : theme.name_nl) : String(value);
    }
    if (field === 'place') {
      const place = value as Place;
      return place.type === 'Point'
        ? `${t('documents.place.point')} (${place.coordinates[1].toFixed(5)}, ${place.coordinates[0].toFixed(5)})`
        : t('documents.place.area');
    }
    const prefix = OPTION_PREFIX[field as keyof EntryEditValues];
    return prefix ? t(`${prefix}.${String(value)}`) : String(value);
  };
  const editable = (field: string) => field === 'title' || field === 'body' || field === 'ownerName';
  return { safe, labelOf, show, editable };
}
