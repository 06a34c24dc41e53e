/** What the place picker is placing: one point, or the corners of an area. Shared by the picker and its buttons. */
export type PickMode = 'point' | 'area';
