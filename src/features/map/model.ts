import type { AreaGeometry, BBox, MultiPolygon } from '@/lib/geo/types';

/** What the map needs to draw one area; the route builds these from the areas feature's data. */
export type MapArea = {
  slug: string;
  name: string;
  colorIndex: number;
  districtCount: number;
  shape: MultiPolygon;
  districts: { code: string; name: string; geometry: AreaGeometry }[];
};

export type MapFocus = { bbox: BBox; padding?: number };

export const PDOK_TILES = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png';
export const PDOK_ATTRIBUTION = 'Kaartgegevens &copy; <a href="https://www.kadaster.nl">Kadaster</a>';
/** A transparent pixel: when tiles cannot load (offline, blocked) the map shows its plain background, no broken images. */
export const EMPTY_TILE = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
