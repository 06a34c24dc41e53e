// View models of the document RPCs (document_detail, document_comments) and the pure rules the page needs.
import { z } from 'zod';
import { AppError } from '@/lib/supabase/unwrap';

export type DocumentKind = 'agenda' | 'vision' | 'plan';
export type DocumentStatus = 'concept' | 'consultatie' | 'vastgesteld';
export type EntryKind = 'agenda_item' | 'vision_goal' | 'plan_action';
export type ItemOrigin = 'resident_ambition' | 'municipal_task' | 'partner_task';
export type ItemStatus = 'open' | 'in_uitvoering' | 'gerealiseerd' | 'vervallen';
export type ActionStatus = 'gepland' | 'in_uitvoering' | 'gereed' | 'vertraagd' | 'gestopt';
export type OwnerKind = 'gemeente' | 'partner';
export type CommentRole = 'area_team' | 'admin' | 'council' | 'resident';

export const ITEM_ORIGINS: ItemOrigin[] = ['resident_ambition', 'municipal_task', 'partner_task'];
export const ITEM_STATUSES: ItemStatus[] = ['open', 'in_uitvoering', 'gerealiseerd', 'vervallen'];
export const ACTION_STATUSES: ActionStatus[] = ['gepland', 'in_uitvoering', 'gereed', 'vertraagd', 'gestopt'];
export const OWNER_KINDS: OwnerKind[] = ['gemeente', 'partner'];

export type PointGeometry = { type: 'Point'; coordinates: [number, number] };
export type PolygonGeometry = { type: 'Polygon'; coordinates: number[][][] };
export type Place = PointGeometry | PolygonGeometry;

export type CommentCounts = { comment_count: number; open_comment_count: number };

export type LinkedDocument = {
  id: string;
  slug: string;
  kind: DocumentKind;
  title: string;
  version_no: number;
  status: DocumentStatus;
};

export type EntryLink = {
  lineage_id: string;
  id: string;
  kind: EntryKind;
  title: string;
  in_current_version?: boolean;
  document: LinkedDocument;
};

export type Entry = CommentCounts & {
  id: string;
  lineage_id: string;
  document_id: string;
  section_id: string;
  kind: EntryKind;
  title: string;
  body: string;
  theme_id: string | null;
  position: number;
  version: number;
  location: Place | null;
  bbox: [number, number, number, number] | null;
  updated_at: string;
  // agenda item
  origin?: ItemOrigin;
  priority?: number;
  owner_name?: string | null;
  item_status?: ItemStatus;
  // plan action
  owner_org?: string | null;
  owner_kind?: OwnerKind;
  action_status?: ActionStatus;
  start_date?: string | null;
  end_date?: string | null;
  progress?: number;
  budget_eur?: number | null;
  links: EntryLink[];
  linked_from: EntryLink[];
};

export type Section = {
  id: string;
  lineage_id: string;
  document_id: string;
  title: string;
  body: string;
  position: number;
  version: number;
  entries: Entry[];
};

export type DocumentInfo = {
  id: string;
  series_id: string;
  version_no: number;
  version: number;
  kind: DocumentKind;
  slug: string;
  title: string;
  summary: string;
  status: DocumentStatus;
  agenda_kind: string | null;
  horizon_start: number | null;
  horizon_end: number | null;
  period_start: string | null;
  period_end: string | null;
  source_url: string | null;
  is_example: boolean;
  comments_open_to_residents: boolean;
  updated_at: string;
  adopted_at: string | null;
  area: { id: string; slug: string; name: string };
  districts: { id: string; code: string; name: string; kind: 'wijk' | 'dorp' }[];
};

export type VersionSummary = {
  id: string;
  version_no: number;
  status: DocumentStatus;
  title: string;
  created_at: string;
  adopted_at: string | null;
};

export type DocumentDetail = CommentCounts & {
  document: DocumentInfo;
  versions: VersionSummary[];
  sections: Section[];
  can_edit: boolean;
  can_update_progress: boolean;
  allowed_statuses: DocumentStatus[];
  can_start_revision: boolean;
  /** a concept never consulted and without comments (issue 16: other versions are kept for good) */
  can_delete?: boolean;
  /** this version was in consultatie or has comments: it is never deleted */
  is_kept?: boolean;
  /** a newer adopted version replaced this one: its actions are no longer live */
  is_superseded?: boolean;
  can_comment: boolean;
  comment_role: CommentRole | null;
  can_answer_officially: boolean;
};

export type Comment = {
  id: string;
  document_id: string;
  entry_id: string | null;
  entry_lineage_id: string | null;
  entry_title: string | null;
  parent_id: string | null;
  body: string;
  is_official_response: boolean;
  /** written while the version was a concept: only the area team and admins read it, also later */
  is_internal?: boolean;
  author_name: string | null;
  author_role: CommentRole;
  council: { id: string; name: string } | null;
  is_own: boolean;
  is_open: boolean;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
};

export type CommentThread = Comment & { replies: Comment[] };

export type DocumentComments = CommentCounts & {
  document_id: string;
  can_comment: boolean;
  comment_role: CommentRole | null;
  can_answer_officially: boolean;
  /** comments on a concept are internal notes of the area team */
  comments_are_internal?: boolean;
  thread_total?: number;
  has_more?: boolean;
  threads: CommentThread[];
};

export type { Theme } from '@/lib/themes';

export const entryKindOf = (kind: DocumentKind): EntryKind =>
  kind === 'agenda' ? 'agenda_item' : kind === 'vision' ? 'vision_goal' : 'plan_action';

/** The hint of a refusal the page explains in the reader's language (documents.errors.<hint>), else null. */
export const KNOWN_ERROR_HINTS = [
  'version_kept',
  'superseded',
  'rate_limited',
  'invisible_characters',
  'date_range',
  'url',
  'place_too_large',
  'anonymous',
] as const;
export type KnownErrorHint = (typeof KNOWN_ERROR_HINTS)[number];

export function knownErrorHint(error: unknown): KnownErrorHint | null {
  if (!(error instanceof AppError)) return null;
  const hint = (error.cause as { hint?: unknown } | undefined)?.hint;
  return KNOWN_ERROR_HINTS.find((h) => h === hint) ?? null;
}

/** Someone else saved in between (optimistic lock, SQLSTATE 40001). */
export const isVersionConflict = (error: unknown): boolean => error instanceof AppError && error.code === '40001';

/** The threads about one entry (`null`: about the document as a whole). */
export const threadsFor = (threads: CommentThread[], entryId: string | null): CommentThread[] =>
  threads.filter((t) => t.entry_id === entryId);

/** Which version the page shows: ?versie=N when it names an existing version, else the newest. */
export function parseVersionParam(value: string | null): number | undefined {
  if (!value || !/^\d{1,4}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

/** Swap with the neighbour above (-1) or below (+1); null when already at that end. */
export function movedPosition(index: number, count: number, direction: -1 | 1): number | null {
  const target = index + direction;
  return target < 0 || target >= count ? null : target;
}

/** The centre of a place, as [lng, lat]. */
export function placeCentre(place: Place): [number, number] {
  if (place.type === 'Point') return place.coordinates;
  const ring = place.coordinates[0] ?? [];
  const pts = ring.slice(0, -1);
  const sum = pts.reduce<[number, number]>((acc, p) => [acc[0] + (p[0] ?? 0), acc[1] + (p[1] ?? 0)], [0, 0]);
  return pts.length ? [sum[0] / pts.length, sum[1] / pts.length] : [0, 0];
}

/** A point place with coordinates rounded to ~1 m (6 decimals): what the picker saves. */
export const pointPlace = (lng: number, lat: number): PointGeometry => ({
  type: 'Point',
  coordinates: [Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6],
});

// ── the entry form (messages are i18n keys, translated where they are shown) ───────────────────────────────
const optionalNumber = (min: number, max: number, key: string) =>
  z
    .string()
    .trim()
    .refine(
      (s) =>
        s === '' ||
        (/^\d+([.,]\d{1,2})?$/.test(s) && Number(s.replace(',', '.')) >= min && Number(s.replace(',', '.')) <= max),
      key,
    );

export const entryFormSchema = z
  .object({
    title: z.string().trim().min(2, 'documents.errors.titleLength').max(300, 'documents.errors.titleLength'),
    body: z.string().max(10000, 'documents.errors.bodyLength'),
    themeId: z.string(),
    origin: z.enum(['resident_ambition', 'municipal_task', 'partner_task']),
    priority: z.enum(['1', '2', '3']),
    ownerName: z.string().trim().max(120, 'documents.errors.ownerLength'),
    itemStatus: z.enum(['open', 'in_uitvoering', 'gerealiseerd', 'vervallen']),
    ownerOrg: z.string().trim().max(120, 'documents.errors.ownerLength'),
    ownerKind: z.enum(['gemeente', 'partner']),
    actionStatus: z.enum(['gepland', 'in_uitvoering', 'gereed', 'vertraagd', 'gestopt']),
    startDate: z.string(),
    endDate: z.string(),
    progress: optionalNumber(0, 100, 'documents.errors.progress'),
    budget: optionalNumber(0, 999_999_999_999, 'documents.errors.budget'),
  })
  .refine((v) => !v.startDate || !v.endDate || v.startDate <= v.endDate, {
    path: ['endDate'],
    message: 'documents.errors.endBeforeStart',
  })
  .refine((v) => v.actionStatus !== 'gereed' || v.progress === '' || Number(v.progress) === 100, {
    path: ['progress'],
    message: 'documents.errors.doneIs100',
  });
export type EntryFormValues = z.infer<typeof entryFormSchema>;

/** The form's starting values: the entry's own, or sensible defaults for a new one. */
export function entryFormDefaults(entry?: Entry): EntryFormValues {
  return {
    title: entry?.title ?? '',
    body: entry?.body ?? '',
    themeId: entry?.theme_id ?? '',
    origin: entry?.origin ?? 'resident_ambition',
    priority: String(entry?.priority ?? 2) as '1' | '2' | '3',
    ownerName: entry?.owner_name ?? '',
    itemStatus: entry?.item_status ?? 'open',
    ownerOrg: entry?.owner_org ?? '',
    ownerKind: entry?.owner_kind ?? 'gemeente',
    actionStatus: entry?.action_status ?? 'gepland',
    startDate: entry?.start_date ?? '',
    endDate: entry?.end_date ?? '',
    progress: entry?.progress != null ? String(entry.progress) : '0',
    budget: entry?.budget_eur != null ? String(entry.budget_eur) : '',
  };
}

const decimal = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s.trim().replace(',', '.')));
const text = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

/** The upsert_entry arguments for this kind of entry; fields of other kinds are left out (the RPC refuses them). */
export function toEntryArgs(kind: EntryKind, v: EntryFormValues, place: Place | null) {
  const common = {
    p_title: v.title.trim(),
    p_body: v.body,
    p_theme_id: text(v.themeId),
    p_location: place ?? undefined,
  };
  if (kind === 'agenda_item')
    return {
      ...common,
      p_origin: v.origin,
      p_priority: Number(v.priority),
      p_owner_name: text(v.ownerName),
      p_item_status: v.itemStatus,
    };
  if (kind === 'plan_action')
    return {
      ...common,
      p_owner_org: text(v.ownerOrg),
      p_owner_kind: v.ownerKind,
      p_action_status: v.actionStatus,
      p_start_date: text(v.startDate),
      p_end_date: text(v.endDate),
      p_progress: decimal(v.progress) ?? 0,
      p_budget_eur: decimal(v.budget),
    };
  return common;
}
