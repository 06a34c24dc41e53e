// View models of document_by_slug, document_history and compare_versions (docs/api.md), and the pure rules that
// turn them into what the versions page shows: who made each version, and every change as "field: before → after".
export type DocumentStatus = 'concept' | 'consultatie' | 'vastgesteld';
export type EntryKind = 'agenda_item' | 'vision_goal' | 'plan_action';
type Row = Record<string, unknown>;

export type VersionSummary = {
  id: string;
  version_no: number;
  status: DocumentStatus;
  title: string;
  created_at: string;
  adopted_at: string | null;
};

export type VersionedDocument = {
  document: {
    id: string;
    slug: string;
    kind: 'agenda' | 'vision' | 'plan';
    title: string;
    status: DocumentStatus;
    version_no: number;
    is_example: boolean;
    area: { id: string; slug: string; name: string };
  };
  versions: VersionSummary[];
  sections: {
    id: string;
    lineage_id: string;
    title: string;
    entries: { id: string; lineage_id: string; title: string; links: { lineage_id: string; title: string }[] }[];
  }[];
};

export type Revision = {
  id: number;
  version_no: number;
  entity: 'document' | 'section' | 'entry' | 'link' | 'district';
  operation: 'insert' | 'update' | 'move' | 'delete' | 'status' | 'revision_started';
  title: string | null;
  changed_fields: string[];
  changed_by: { display_name: string } | null;
  changed_at: string;
  before: Row | null;
  after: Row | null;
};

export type DocumentHistory = { document: { id: string; version_no: number }; revisions: Revision[] };

export type EntryChange = {
  lineage_id: string;
  kind: EntryKind;
  change: 'added' | 'removed' | 'changed';
  title: string;
  section_lineage_id: string;
  before: Row | null;
  after: Row | null;
  changed_fields: string[];
};

export type SectionChange = {
  lineage_id: string;
  change: 'added' | 'removed' | 'changed';
  title: string;
  before: Row | null;
  after: Row | null;
  changed_fields: string[];
};

export type VersionRef = Pick<VersionSummary, 'id' | 'version_no' | 'status' | 'title' | 'adopted_at'>;

export type VersionComparison = {
  from: VersionRef;
  to: VersionRef;
  document: { changed_fields: string[]; before: Row; after: Row };
  sections: SectionChange[];
  entries: EntryChange[];
  summary: { added: number; removed: number; changed: number; unchanged: number };
};

export type { Theme } from '@/lib/themes';

// ── versions: who and when ───────────────────────────────────────────────────────────────────────────────
export type StatusStep = { status: DocumentStatus; by: string | null; at: string };
export type VersionRow = VersionSummary & { drafted_by: string | null; steps: StatusStep[] };

/** Each version with the person who drafted it (the first author in its history) and its status changes, oldest first. */
export function versionRows(versions: VersionSummary[], revisions: Revision[]): VersionRow[] {
  const oldestFirst = [...revisions].sort((a, b) => a.changed_at.localeCompare(b.changed_at) || a.id - b.id);
  return [...versions]
    .sort((a, b) => b.version_no - a.version_no)
    .map((v) => {
      const own = oldestFirst.filter((r) => r.version_no === v.version_no);
      return {
        ...v,
        drafted_by: own.find((r) => r.changed_by)?.changed_by?.display_name ?? null,
        steps: own
          .filter((r) => r.operation === 'status' && typeof r.after?.status === 'string')
          .map((r) => ({
            status: r.after!.status as DocumentStatus,
            by: r.changed_by?.display_name ?? null,
            at: r.changed_at,
          })),
      };
    });
}

/** The pair to compare: the URL's choice when both exist and differ, else the newest version against the one before. */
export function chooseComparison(
  versions: Pick<VersionSummary, 'version_no'>[],
  query: { from: number | null; to: number | null },
): { from: number; to: number } | null {
  const numbers = versions.map((v) => v.version_no).sort((a, b) => a - b);
  if (numbers.length < 2) return null;
  const { from, to } = query;
  if (from !== null && to !== null && from !== to && numbers.includes(from) && numbers.includes(to))
    return { from, to };
  return { from: numbers[numbers.length - 2]!, to: numbers[numbers.length - 1]! };
}

// ── changes: item by item ───────────────────────────────────────────────────────────────────────────────
export type ChangeLabel = 'added' | 'removed' | 'changed' | 'moved' | 'movedAndChanged';
export type FieldDiff = { field: string; before: unknown; after: unknown };

/** Fields shown for an added or removed entry, in reading order (only those with a value). */
const SHOWN_FIELDS = [
  'origin',
  'item_status',
  'action_status',
  'progress',
  'theme_id',
  'priority',
  'owner_name',
  'owner_org',
  'start_date',
  'end_date',
  'budget_eur',
  'location',
] as const;

/** What happened to one entry between two versions: a moved entry changed only its section. */
export function labelEntryChange(change: EntryChange): { label: ChangeLabel; fields: FieldDiff[] } {
  if (change.change !== 'changed') {
    const row = change.after ?? change.before ?? {};
    const fields = SHOWN_FIELDS.filter((f) => row[f] !== null && row[f] !== undefined).map((field) =>
      change.change === 'added'
        ? { field, before: null, after: row[field] }
        : { field, before: row[field], after: null },
    );
    return { label: change.change, fields };
  }
  const moved = change.changed_fields.includes('section_lineage_id');
  const others = change.changed_fields.filter((f) => f !== 'section_lineage_id');
  const label: ChangeLabel = moved ? (others.length > 0 ? 'movedAndChanged' : 'moved') : 'changed';
  const order = ['section_lineage_id', ...others];
  return {
    label,
    fields: order
      .filter((f) => change.changed_fields.includes(f))
      .map((field) => ({ field, before: change.before?.[field] ?? null, after: change.after?.[field] ?? null })),
  };
}

/** Long texts are shown as two blocks (before, after) rather than on one line. */
export const isLongText = (field: string) => field === 'body' || field === 'summary';

/** The fields of a revision worth showing (not lock versions or positions), with their values. */
export function revisionFields(r: Revision): FieldDiff[] {
  if (r.operation !== 'update' && r.operation !== 'move' && r.operation !== 'status') return [];
  return r.changed_fields
    .filter((f) => f !== 'position' && f !== 'version')
    .map((field) => ({ field, before: r.before?.[field] ?? null, after: r.after?.[field] ?? null }));
}

/** The translation key of what a revision did, e.g. "entry_agenda_item.update". */
export function revisionKey(r: Revision): string {
  const kind = (r.after?.kind ?? r.before?.kind) as string | undefined;
  const entity = r.entity === 'entry' && kind ? `entry_${kind}` : r.entity;
  return `${entity}.${r.operation}`;
}

// ── values: readable, in the reader's language ────────────────────────────────────────────────────────────
export type FormatContext = {
  t: (key: string, options?: Record<string, unknown>) => string;
  themeName: (id: string) => string | undefined;
  /** a section's title by its id (revisions) or lineage id (comparisons) */
  sectionTitle: (id: string) => string | undefined;
  /** the title of a linked entry, by lineage id */
  entryTitle: (lineageId: string) => string | undefined;
  date: (value: string) => string;
  euro: (value: number) => string;
};

const ENUM_KEYS: Record<string, string> = {
  origin: 'labels.origin',
  item_status: 'labels.itemStatus',
  action_status: 'labels.actionStatus',
  owner_kind: 'labels.ownerKind',
  agenda_kind: 'labels.agendaKind',
  status: 'status',
  priority: 'labels.priority',
};
const DATE_FIELDS = new Set(['start_date', 'end_date', 'period_start', 'period_end']);

export function formatValue(field: string, value: unknown, ctx: FormatContext): string {
  const { t } = ctx;
  if (value === null || value === undefined || value === '') return t('versions.value.empty');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('versions.value.none');
    if (field === 'links')
      return value.map((id) => ctx.entryTitle(String(id)) ?? t('versions.value.unknown')).join('; ');
    return value.map(String).join(', ');
  }
  const enumKey = ENUM_KEYS[field];
  if (enumKey) return t(`${enumKey}.${String(value)}`);
  if (field === 'theme_id') return ctx.themeName(String(value)) ?? t('versions.value.unknown');
  if (field === 'section_lineage_id' || field === 'section_id')
    return ctx.sectionTitle(String(value)) ?? t('versions.value.unknownSection');
  if (field === 'progress') return `${String(value)}%`;
  if (field === 'budget_eur') return ctx.euro(Number(value));
  if (DATE_FIELDS.has(field)) return ctx.date(String(value));
  if (field === 'location' && typeof value === 'object') {
    const type = (value as { type?: string }).type;
    return type === 'Polygon' ? t('versions.value.area') : t('versions.value.point');
  }
  if (typeof value === 'boolean') return value ? t('versions.value.yes') : t('versions.value.no');
  return typeof value === 'object' ? JSON.stringify(value) : String(value as string | number);
}

/** Lookups for section and linked-entry titles across the versions being compared. */
export function titleLookups(documents: VersionedDocument[]): {
  sectionTitle: (id: string) => string | undefined;
  entryTitle: (lineageId: string) => string | undefined;
} {
  const sections = new Map<string, string>();
  const entries = new Map<string, string>();
  for (const doc of documents) {
    for (const s of doc.sections) {
      sections.set(s.id, s.title);
      sections.set(s.lineage_id, s.title);
      for (const e of s.entries) {
        entries.set(e.lineage_id, e.title);
        for (const l of e.links) entries.set(l.lineage_id, l.title);
      }
    }
  }
  return { sectionTitle: (id) => sections.get(id), entryTitle: (id) => entries.get(id) };
}
