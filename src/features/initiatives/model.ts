import Supercluster, { type AnyProps, type ClusterProperties, type PointFeature } from 'supercluster';
import type { BBox } from '@/lib/geo/types';
import type { Theme } from '@/lib/themes';

export const INITIATIVE_STATUSES = [
  'ingediend',
  'in_behandeling',
  'opgenomen',
  'in_uitvoering',
  'gerealiseerd',
  'afgewezen',
] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** One marker of the map layer (map_initiatives). */
export type InitiativeMarker = {
  id: string;
  title: string;
  status: InitiativeStatus;
  theme_id: string;
  area_id: string;
  lng: number;
  lat: number;
};

type Named = { id: string; slug: string; name: string };
export type InitiativeTheme = Theme;
export type Place = { lng: number; lat: number };

export type InitiativeSummary = {
  id: string;
  title: string;
  status: InitiativeStatus;
  location: Place;
  is_home: boolean;
  place_description: string;
  theme: InitiativeTheme;
  district: { id: string; code: string; name: string };
  area: Named;
  author_name: string;
  is_own: boolean;
  support_count: number;
  comment_count: number;
  is_hidden: boolean;
  is_removed: boolean;
  is_example: boolean;
  version: number;
  created_at: string;
};

export type InitiativePage = { total: number; items: InitiativeSummary[] };

export type LinkedEntry = {
  id: string;
  lineage_id: string;
  kind: 'agenda_item' | 'vision_goal' | 'plan_action';
  title: string;
  location: { type: string; coordinates: unknown } | null;
  progress?: number;
  action_status?: string;
  item_status?: string;
  is_linked?: boolean;
  document: { id: string; slug: string; kind: string; title: string; status: string; version_no: number };
};

export type InitiativeComment = {
  id: string;
  body: string;
  author_name: string;
  is_area_team: boolean;
  is_own: boolean;
  is_hidden: boolean;
  created_at: string;
};

export type StatusChange = {
  id: number;
  from_status: InitiativeStatus | null;
  to_status: InitiativeStatus;
  explanation: string;
  changed_by_name: string | null;
  changed_at: string;
};

export type InitiativeDetail = {
  initiative: InitiativeSummary & {
    description: string;
    exact_location: Place | null;
    rejection_reason: string | null;
  };
  history: StatusChange[];
  comments: InitiativeComment[];
  supported_by_me: boolean;
  reported_by_me: boolean;
  can_support: boolean;
  can_triage: boolean;
  allowed_statuses: InitiativeStatus[];
  agenda_item: LinkedEntry | null;
  plan_action: LinkedEntry | null;
};

export type InitiativeChain = {
  initiative: { id: string; title: string; status: InitiativeStatus; location: Place };
  agenda_item: LinkedEntry | null;
  vision_goals: LinkedEntry[];
  plan_actions: LinkedEntry[];
};

export type TriageOption = {
  lineage_id: string;
  title: string;
  document_title: string;
  document_slug: string;
  progress?: number;
};
export type TriageOptions = { agenda_items: TriageOption[]; plan_actions: TriageOption[] };

export type AppNotification = {
  id: string;
  initiative_id: string | null;
  kind: 'status_changed' | 'comment_added';
  payload: {
    title: string;
    to_status?: InitiativeStatus;
    explanation?: string;
    author_name?: string;
    excerpt?: string;
  };
  created_at: string;
  read_at: string | null;
};
export type NotificationList = { unread_count: number; items: AppNotification[] };

// ── filters in the URL ────────────────────────────────────────────────────────────────────────────────────
export type InitiativeFilters = { status?: InitiativeStatus; theme?: string; area?: string };

const isStatus = (v: string | null): v is InitiativeStatus => INITIATIVE_STATUSES.includes(v as InitiativeStatus);

/** status, thema (theme slug) and gebied (area slug) from the search params; unknown values are ignored. */
export function filtersFromSearch(params: URLSearchParams): InitiativeFilters {
  const status = params.get('status');
  return {
    ...(isStatus(status) ? { status } : {}),
    ...(params.get('thema') ? { theme: params.get('thema')! } : {}),
    ...(params.get('gebied') ? { area: params.get('gebied')! } : {}),
  };
}

export function withFilters(params: URLSearchParams, f: InitiativeFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | undefined) => (value ? next.set(key, value) : next.delete(key));
  set('status', f.status);
  set('thema', f.theme);
  set('gebied', f.area);
  next.delete('pagina');
  return next;
}

/** The RPC arguments for the filters (slugs resolved to ids; an unknown slug filters everything out). */
export function filterArgs(
  f: InitiativeFilters,
  themes: readonly { id: string; slug: string }[],
  areas: readonly { id: string; slug: string }[],
): { p_statuses?: string[]; p_theme_ids?: string[]; p_area_id?: string } {
  const NONE = '00000000-0000-0000-0000-000000000000';
  return {
    ...(f.status ? { p_statuses: [f.status] } : {}),
    ...(f.theme ? { p_theme_ids: [themes.find((t) => t.slug === f.theme)?.id ?? NONE] } : {}),
    ...(f.area ? { p_area_id: areas.find((a) => a.slug === f.area)?.id ?? NONE } : {}),
  };
}

// ── clustering (pure: the benchmark times it on its own) ───────────────────────────────────────────────────
export type MarkerFeature = PointFeature<{ marker: InitiativeMarker }>;
export type ClusterIndex = Supercluster<{ marker: InitiativeMarker }, AnyProps>;

/** A cluster of several initiatives, or one initiative. Coordinates are [lng, lat]. */
export type MapItem =
  | { kind: 'cluster'; id: number; lng: number; lat: number; count: number }
  | { kind: 'initiative'; lng: number; lat: number; marker: InitiativeMarker };

export function buildClusterIndex(markers: readonly InitiativeMarker[]): ClusterIndex {
  const index: ClusterIndex = new Supercluster({ radius: 60, maxZoom: 17, minPoints: 3 });
  index.load(
    markers.map(
      (m): MarkerFeature => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [m.lng, m.lat] },
        properties: { marker: m },
      }),
    ),
  );
  return index;
}

export function clustersIn(index: ClusterIndex, bbox: BBox, zoom: number): MapItem[] {
  return index.getClusters([...bbox] as [number, number, number, number], Math.round(zoom)).map((f): MapItem => {
    const [lng, lat] = f.geometry.coordinates as [number, number];
    const p = f.properties as ClusterProperties | { marker: InitiativeMarker };
    return 'cluster' in p && p.cluster
      ? { kind: 'cluster', id: p.cluster_id, lng, lat, count: p.point_count }
      : { kind: 'initiative', lng, lat, marker: (p as { marker: InitiativeMarker }).marker };
  });
}

/** Index and query in one go: what the map does when the data or the view changes. */
export function clusterInitiatives(markers: readonly InitiativeMarker[], bbox: BBox, zoom: number): MapItem[] {
  return clustersIn(buildClusterIndex(markers), bbox, zoom);
}

// ── proposing ─────────────────────────────────────────────────────────────────────────────────────────────
/** Lengths of a proposal: the form's maxLength and its validation (schemas.ts) both read them. */
export const PROPOSAL_LIMITS = { title: [5, 120], description: [20, 4000], place: 300 } as const;

/** What the propose form holds; validated by proposalSchema (./schemas, kept apart so zod is not on the map's path). */
export type ProposalValues = {
  title: string;
  description: string;
  themeId: string;
  placeMode: 'map' | 'district';
  pin: Place | null;
  districtId: string;
  placeDescription: string;
  isHome: boolean;
};

export const EMPTY_PROPOSAL: ProposalValues = {
  title: '',
  description: '',
  themeId: '',
  placeMode: 'map',
  pin: null,
  districtId: '',
  placeDescription: '',
  isHome: false,
};

/** The server names the field in the error's hint (title, description, theme, place); map it to a form field. */
export function proposalFieldOf(hint: string | undefined): keyof ProposalValues | undefined {
  switch (hint) {
    case 'title':
      return 'title';
    case 'description':
      return 'description';
    case 'theme':
      return 'themeId';
    case 'place':
      return 'pin';
    default:
      return undefined;
  }
}

export function proposalArgs(v: ProposalValues) {
  const base = {
    p_title: v.title.trim(),
    p_description: v.description.trim(),
    p_theme_id: v.themeId,
    p_is_home: v.isHome,
    p_place_description: v.placeDescription.trim(),
  };
  return v.placeMode === 'map' && v.pin
    ? { ...base, p_lng: v.pin.lng, p_lat: v.pin.lat }
    : { ...base, p_district_id: v.districtId };
}

/** The status steps of the workflow in order (afgewezen is a side exit). */
export const WORKFLOW: readonly InitiativeStatus[] = [
  'ingediend',
  'in_behandeling',
  'opgenomen',
  'in_uitvoering',
  'gerealiseerd',
];
