// Okabe–Ito, the palette designed to stay distinct for the common forms of colour blindness, with its black
// swapped for a mid grey so area fills stay readable. Colour is never the only signal: names and the list too.
export const AREA_COLORS = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#8C8C8C',
] as const;

export function areaColor(colorIndex: number): string {
  return AREA_COLORS[((colorIndex % AREA_COLORS.length) + AREA_COLORS.length) % AREA_COLORS.length]!;
}
