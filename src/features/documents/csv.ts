// CSV export of a document, built in the browser from document_detail: `;` as separator and a BOM (Excel in
// nl-NL opens it correctly), and cells that a spreadsheet would run as a formula are neutralised whatever the
// reader's locale: such a cell gets a leading apostrophe AND quotes, and so does every cell that holds any separator
// a spreadsheet may split on (`;`, `,`, tab), so no locale's split can start a new cell with `=`, `+`, `-` or `@`.
import { placeCentre, type DocumentDetail } from './model';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let s = value == null ? '' : String(value);
  const formula = typeof value === 'string' && FORMULA_START.test(s);
  if (formula) s = `'${s}`;
  return formula || /[;,\t"\r\n]/.test(s) || s !== s.trim() ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

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
