// map_entries (docs/api.md): every agenda item, goal and action with a place, as GeoJSON; the filters of the map
// and the list (kept in the URL), and the GeoJSON export.
import { lngLat, toLatLng, type LatLng } from '@/lib/geo/types';
import type { Theme } from '@/lib/themes';

export type EntryKind = 'agenda_item' | 'vision_goal' | 'plan_action';
export const ENTRY_KINDS: EntryKind[] = ['agenda_item', 'vision_goal', 'plan_action'];
export const PLACE_STATUSES = [
  'open',
  'gepland',
  'in_uitvoering',
  'vertraagd',
  'gerealiseerd',
  'gereed',
  'vervallen',
  'gestopt',
] as const;
export type PlaceStatus = (typeof PLACE_STATUSES)[number];

export type PlaceGeometry =
  | { type: 'Point'; coordinates: [number, number] }
  | { type: 'Polygon'; coordinates: [number, number][][] };

export type PlaceFeature = {
  type: 'Feature';
  id: string;
  geometry: PlaceGeometry;
  bbox: [number, number, number, number];
  properties: {
    id: string;
    lineage_id: string;
    kind: EntryKind;
    title: string;
    theme_id: string | null;
    status: PlaceStatus | null;
    origin?: string | null;
    priority?: number | null;
    owner_name?: string | null;
    owner_org?: string | null;
    progress?: number | null;
    start_date?: string | null;
    end_date?: string | null;
    area: { id: string; slug: string; name: string };
    document: {
      id: string;
      slug: string;
      kind: string;
      title: string;
      status: string;
      version_no: number;
      is_example: boolean;
    };
  };
};
export type PlaceCollection = { type: 'FeatureCollection'; features: PlaceFeature[] };
export type { Theme };

// ── filters in the URL: ?soort=plan_action&thema=wonen&status=vertraagd ───────────────────────────────────────
export type PlaceFilters = { kind: EntryKind | null; theme: string | null; status: PlaceStatus | null };
export const FILTER_PARAMS = { kind: 'soort', theme: 'thema', status: 'status' } as const;
/** The place the list asked the map to show (?plek=<entry id>). */
export const SELECTED_PARAM = 'plek';

/** Reads the filters from the URL; unknown values count as "all" (a stale link still shows a map). */
export function filtersFromSearch(search: URLSearchParams): PlaceFilters {
  const kind = search.get(FILTER_PARAMS.kind);
  const status = search.get(FILTER_PARAMS.status);
  const theme = search.get(FILTER_PARAMS.theme);
  return {
    kind: ENTRY_KINDS.includes(kind as EntryKind) ? (kind as EntryKind) : null,
    theme: theme && /^[a-z0-9-]+$/.test(theme) ? theme : null,
    status: PLACE_STATUSES.includes(status as PlaceStatus) ? (status as PlaceStatus) : null,
  };
}

/** The URL after one filter changed; other parameters stay as they are. */
export function withFilter(search: URLSearchParams, key: keyof PlaceFilters, value: string | null): URLSearchParams {
  const next = new URLSearchParams(search);
  if (value) next.set(FILTER_PARAMS[key], value);
  else next.delete(FILTER_PARAMS[key]);
  return next;
}

/** The RPC's arguments: null means no filter; an unknown theme slug matches nothing. */
export function rpcArgs(filters: PlaceFilters, themes: Theme[], areaId?: string) {
  const themeId = filters.theme ? (themes.find((t) => t.slug === filters.theme)?.id ?? null) : null;
  return {
    ...(areaId ? { p_area_id: areaId } : {}),
    ...(filters.kind ? { p_kinds: [filters.kind] } : {}),
    ...(filters.theme ? { p_theme_ids: themeId ? [themeId] : [] } : {}),
    ...(filters.status ? { p_statuses: [filters.status] } : {}),
  };
}

/** Where a marker goes: the point itself, or the middle of an area's bounding box. */
export function markerPosition(f: Pick<PlaceFeature, 'geometry' | 'bbox'>): LatLng {
  if (f.geometry.type === 'Point') return toLatLng(lngLat(f.geometry.coordinates[0], f.geometry.coordinates[1]));
  const [minLng, minLat, maxLng, maxLat] = f.bbox;
  return toLatLng(lngLat((minLng + maxLng) / 2, (minLat + maxLat) / 2));
}

// ── export ────────────────────────────────────────────────────────────────────────────────────────────────
export type ExportFeature = {
  type: 'Feature';
  id: string;
  geometry: PlaceGeometry;
  properties: Record<string, string | number | boolean | null>;
};
export type ExportCollection = { type: 'FeatureCollection'; name: string; features: ExportFeature[] };

/**
 * Everything with a place as a plain GeoJSON FeatureCollection (RFC 7946, WGS84, [lng, lat]) whose properties are
 * flat values that GIS software can show as columns: what it is, its status and theme, its document and area, and
 * a link to it in the app.
 */
export function toGeoJsonExport(
  features: PlaceFeature[],
  options: { themeName: (id: string) => string | undefined; documentUrl: (slug: string) => string; name?: string },
): ExportCollection {
  return {
    type: 'FeatureCollection',
    name: options.name ?? 'agendakaart-plekken',
    features: features.map((f) => {
      const p = f.properties;
      return {
        type: 'Feature',
        id: f.id,
        geometry: f.geometry,
        properties: {
          id: p.id,
          title: p.title,
          kind: p.kind,
          status: p.status,
          theme: p.theme_id ? (options.themeName(p.theme_id) ?? null) : null,
          origin: p.origin ?? null,
          priority: p.priority ?? null,
          owner: p.owner_org ?? p.owner_name ?? null,
          progress: p.progress ?? null,
          start_date: p.start_date ?? null,
          end_date: p.end_date ?? null,
          area: p.area.name,
          document_title: p.document.title,
          document_kind: p.document.kind,
          document_status: p.document.status,
          document_version: p.document.version_no,
          is_example: p.document.is_example,
          url: options.documentUrl(p.document.slug),
        },
      };
    }),
  };
}
