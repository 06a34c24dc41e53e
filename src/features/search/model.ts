import { paths } from '@/config/paths';

// Search (issue 15): what public.search returns, the filters as they live in the URL (/zoeken?q=…&soort=…), and the
// highlight markers of its titles and excerpts.

/** The kinds of result, in the order the app lists them when they rank alike. */
export const SEARCH_KINDS = [
  'area',
  'district',
  'council',
  'agenda',
  'vision',
  'plan',
  'agenda_item',
  'vision_goal',
  'plan_action',
  'initiative',
  'comment',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A status filter is `<domain>:<status>`: document (concept, …), item (agenda item), action (plan action) or
 *  initiative. */
export const SEARCH_STATUSES = {
  document: ['concept', 'consultatie', 'vastgesteld'],
  item: ['open', 'in_uitvoering', 'gerealiseerd', 'vervallen'],
  action: ['gepland', 'in_uitvoering', 'gereed', 'vertraagd', 'gestopt'],
  initiative: ['ingediend', 'in_behandeling', 'opgenomen', 'in_uitvoering', 'gerealiseerd', 'afgewezen'],
} as const;
export type StatusDomain = keyof typeof SEARCH_STATUSES;

/** Where a result leads: a document (at an item or its comments), an initiative, a wijk page (by CBS code) or an
 *  area page. */
export type SearchTarget =
  | { page: 'document'; slug: string; anchor?: string }
  | { page: 'initiative'; id: string }
  | { page: 'district'; code: string }
  | { page: 'area'; slug: string };

export type SearchResult = {
  kind: SearchKind;
  id: string;
  rank: number;
  title: string;
  /** the title with the matched words between MARK_START and MARK_END */
  title_marked: string;
  /** a short piece of the text with the matched words marked, or null */
  excerpt: string | null;
  status: string | null;
  status_kind: StatusDomain | null;
  district_kind?: 'wijk' | 'dorp';
  area: { slug: string; name: string } | null;
  /** what it belongs to: the document of an item or comment, the wijk of an initiative, the area of a wijk */
  context: string | null;
  target: SearchTarget;
};

export type SearchGroup = { kind: SearchKind; count: number; more: boolean; items: SearchResult[] };

export type SearchAnswer = {
  query: string;
  /** the names a misspelt word was also searched as ("Quirijnstok" for "Quirijnstock") */
  corrections: string[];
  total: number;
  /** matches per kind, without the kind filter */
  counts: Partial<Record<SearchKind, number>>;
  /** kinds with more matches than were counted */
  more: SearchKind[];
  groups: SearchGroup[];
};

export type SearchFilters = { kind: SearchKind | null; areaId: string | null; status: string | null };
export type SearchParams = SearchFilters & { q: string };

/** Shortest query that is sent: one letter matches too much to be useful. */
export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 200;
export const RESULTS_PER_GROUP = 5;
export const RESULTS_PER_PAGE = 20;

export const isSearchKind = (v: string | null): v is SearchKind => SEARCH_KINDS.includes(v as SearchKind);

export function isStatusFilter(v: string | null): boolean {
  if (!v) return false;
  const [domain, status] = v.split(':');
  const list = SEARCH_STATUSES[domain as StatusDomain] as readonly string[] | undefined;
  return !!list && !!status && list.includes(status);
}

/** The query as it will be searched (trimmed, at most MAX_QUERY_LENGTH), or '' when too short to search. */
export function searchableQuery(raw: string): string {
  const q = raw.trim().slice(0, MAX_QUERY_LENGTH);
  return q.length >= MIN_QUERY_LENGTH ? q : '';
}

// ── the URL: /zoeken?q=speeltuin&soort=agenda_item&gebied=<id>&status=item:open ────────────────────────────
export const URL_KEYS = { q: 'q', kind: 'soort', areaId: 'gebied', status: 'status' } as const;

export function paramsFromUrl(search: URLSearchParams): SearchParams {
  const kind = search.get(URL_KEYS.kind);
  const status = search.get(URL_KEYS.status);
  return {
    q: (search.get(URL_KEYS.q) ?? '').slice(0, MAX_QUERY_LENGTH),
    kind: isSearchKind(kind) ? kind : null,
    areaId: search.get(URL_KEYS.areaId) || null,
    status: isStatusFilter(status) ? status : null,
  };
}

export function urlFromParams(p: Partial<SearchParams>): URLSearchParams {
  const out = new URLSearchParams();
  if (p.q) out.set(URL_KEYS.q, p.q);
  if (p.kind) out.set(URL_KEYS.kind, p.kind);
  if (p.areaId) out.set(URL_KEYS.areaId, p.areaId);
  if (p.status) out.set(URL_KEYS.status, p.status);
  return out;
}

/** The kinds a status filter applies to: a document status to agendas, visions and plans; the others to one kind. */
export function kindsOfStatus(status: string | null): SearchKind[] | null {
  if (!status) return null;
  const domain = status.split(':')[0] as StatusDomain;
  return {
    document: ['agenda', 'vision', 'plan'],
    item: ['agenda_item'],
    action: ['plan_action'],
    initiative: ['initiative'],
  }[domain] as SearchKind[];
}

// ── highlights ─────────────────────────────────────────────────────────────────────────────────────────────
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export type Segment = { text: string; marked: boolean };

/** Splits a marked text into plain and highlighted pieces (to render as text and <mark>, never as HTML). */
export function segmentsOf(marked: string): Segment[] {
  const out: Segment[] = [];
  let rest = marked;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    if (start === -1) {
      out.push({ text: rest, marked: false });
      break;
    }
    if (start > 0) out.push({ text: rest.slice(0, start), marked: false });
    const end = rest.indexOf(MARK_END, start + 1);
    const inner = rest.slice(start + 1, end === -1 ? undefined : end);
    if (inner) out.push({ text: inner, marked: true });
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  return out.filter((s) => s.text !== '');
}

/** The text without markers (for labels and screen readers). */
export const plainText = (marked: string): string => marked.replaceAll(MARK_START, '').replaceAll(MARK_END, '');

// ── where a result leads, and how its status reads ─────────────────────────────────────────────────────────
/** The app path of a result: the document (at the item or its comments), the initiative, the wijk or the area. */
export function resultHref(target: SearchTarget): string {
  switch (target.page) {
    case 'document':
      return `${paths.document.href(target.slug)}${target.anchor ? `#${target.anchor}` : ''}`;
    case 'initiative':
      return paths.initiative.href(target.id);
    case 'district':
      return paths.district.href(target.code);
    case 'area':
      return paths.area.href(target.slug);
  }
}

/** The catalog key of a result's status label (the features' own labels), or null. */
export function statusLabelKey(domain: StatusDomain | null, status: string | null): string | null {
  if (!domain || !status) return null;
  return {
    document: `status.${status}`,
    item: `labels.itemStatus.${status}`,
    action: `labels.actionStatus.${status}`,
    initiative: `initiatives.status.${status}`,
  }[domain];
}
