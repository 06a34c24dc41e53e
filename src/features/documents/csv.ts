// CSV export of a document, built in the browser from document_detail (the cells as src/lib/csv.ts writes them).
import { toCsv } from '@/lib/csv';
import { placeCentre, type DocumentDetail } from './model';

export { csvCell, toCsv } from '@/lib/csv';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One row per entry, in document order, with the section it is in; labels in the reader's language. */
export function documentCsv(detail: DocumentDetail, t: Translate, themeName: (id: string | null) => string): string {
  const header = [
    'section',
    'number',
    'title',
    'body',
    'theme',
    'origin',
    'priority',
    'owner',
    'status',
    'start',
    'end',
    'progress',
    'budget',
    'latitude',
    'longitude',
    'links',
    'comments',
    'openComments',
  ].map((k) => t(`documents.csv.${k}`));
  const rows = detail.sections.flatMap((section, si) =>
    section.entries.map((e, ei) => {
      const centre = e.location ? placeCentre(e.location) : null;
      return [
        section.title,
        `${si + 1}.${ei + 1}`,
        e.title,
        e.body,
        themeName(e.theme_id),
        e.origin ? t(`documents.origin.${e.origin}`) : '',
        e.priority ? t(`documents.priority.${e.priority}`) : '',
        e.owner_name ?? e.owner_org ?? '',
        e.item_status
          ? t(`documents.itemStatus.${e.item_status}`)
          : e.action_status
            ? t(`documents.actionStatus.${e.action_status}`)
            : '',
        e.start_date ?? '',
        e.end_date ?? '',
        e.progress ?? '',
        e.budget_eur ?? '',
        centre ? centre[1] : '',
        centre ? centre[0] : '',
        e.links.map((l) => l.title).join(' | '),
        e.comment_count,
        e.open_comment_count,
      ];
    }),
  );
  return toCsv([header, ...rows]);
}

/** `wijkagenda-noord-v2.csv` */
export const csvFileName = (detail: DocumentDetail): string =>
  `${detail.document.slug}-v${detail.document.version_no}.csv`;
