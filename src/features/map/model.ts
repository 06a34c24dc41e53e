import type { LngLatLines } from '@/lib/geo/outline';
import type { BBox, MultiPolygon } from '@/lib/geo/types';

/** What the map needs to draw one area; the route builds these from the areas feature's data. */
export type MapArea = {
  slug: string;
  name: string;
  colorIndex: number;
  districtCount: number;
  /** All district polygons of the area; their edges are the district borders. */
  shape: MultiPolygon;
  /** The area's own border (edges no two districts share), drawn over the district borders. */
  outline: LngLatLines;
  /** Mean progress (%) of the area's execution plans; undefined when the area has no plan (or it is not loaded). */
  progress?: number | null;
};

export type AreaState = 'normal' | 'selected' | 'dimmed';

export type MapFocus = { bbox: BBox; padding?: number };

export type TileLayerName = 'grijs' | 'pastel';

export const pdokTiles = (layer: TileLayerName) =>
  `https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/${layer}/EPSG:3857/{z}/{x}/{y}.png`;
export const PDOK_ATTRIBUTION = 'Kaartgegevens &copy; <a href="https://www.kadaster.nl">Kadaster</a>';
/** A transparent pixel: when tiles cannot load (offline, blocked) the map shows its plain background, no broken images. */
export const EMPTY_TILE = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
