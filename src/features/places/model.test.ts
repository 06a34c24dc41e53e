import { filtersFromSearch, markerPosition, rpcArgs, toGeoJsonExport, withFilter, type PlaceFeature } from './model';

const themes = [{ id: 't-wonen', slug: 'wonen', name_nl: 'Wonen', name_en: 'Housing' }];

test('filters come from the URL; unknown values count as "all", so an old link still shows a map', () => {
  expect(filtersFromSearch(new URLSearchParams('soort=plan_action&thema=wonen&status=vertraagd'))).toEqual({
    kind: 'plan_action',
    theme: 'wonen',
    status: 'vertraagd',
  });
  expect(filtersFromSearch(new URLSearchParams('soort=huis&thema=<script>&status=klaar'))).toEqual({
    kind: null,
    theme: null,
    status: null,
  });
});

test('changing one filter keeps the other parameters; clearing removes it from the URL', () => {
  const next = withFilter(new URLSearchParams('soort=plan_action&plek=p1'), 'status', 'gepland');
  expect(next.toString()).toBe('soort=plan_action&plek=p1&status=gepland');
  expect(withFilter(next, 'kind', null).toString()).toBe('plek=p1&status=gepland');
});

test('the RPC gets only the filters that are set; an unknown theme matches nothing rather than everything', () => {
  expect(rpcArgs({ kind: null, theme: null, status: null }, themes)).toEqual({});
  expect(rpcArgs({ kind: 'agenda_item', theme: 'wonen', status: 'open' }, themes, 'a1')).toEqual({
    p_area_id: 'a1',
    p_kinds: ['agenda_item'],
    p_theme_ids: ['t-wonen'],
    p_statuses: ['open'],
  });
  expect(rpcArgs({ kind: null, theme: 'bestaat-niet', status: null }, themes)).toEqual({ p_theme_ids: [] });
});

const feature = (geometry: PlaceFeature['geometry']): PlaceFeature => ({
  type: 'Feature',
  id: 'e1',
  geometry,
  bbox: [5.0, 51.5, 5.2, 51.7],
  properties: {
    id: 'e1',
    lineage_id: 'l1',
    kind: 'plan_action',
    title: 'Renovatie portiekwoningen',
    theme_id: 't-wonen',
    status: 'vertraagd',
    owner_org: 'Woningcorporatie',
    owner_name: 'Jan',
    progress: 40,
    start_date: '2026-01-01',
    end_date: '2026-12-31',
    area: { id: 'a1', slug: 'noord', name: 'Noord' },
    document: {
      id: 'd1',
      slug: 'uitvoeringsplan-noord',
      kind: 'plan',
      title: 'Uitvoeringsplan Noord',
      status: 'vastgesteld',
      version_no: 1,
      is_example: true,
    },
  },
});

test('a marker sits on the point, or in the middle of a drawn area', () => {
  expect([...markerPosition(feature({ type: 'Point', coordinates: [5.08, 51.58] }))]).toEqual([51.58, 5.08]);
  const square: PlaceFeature['geometry'] = {
    type: 'Polygon',
    coordinates: [
      [
        [5.0, 51.5],
        [5.2, 51.5],
        [5.2, 51.7],
        [5.0, 51.5],
      ],
    ],
  };
  const [lat, lng] = markerPosition(feature(square));
  expect(lat).toBeCloseTo(51.6);
  expect(lng).toBeCloseTo(5.1);
});

test('the GeoJSON export is a FeatureCollection with flat, readable properties and a link back to the app', () => {
  const collection = toGeoJsonExport([feature({ type: 'Point', coordinates: [5.08, 51.58] })], {
    themeName: (id) => themes.find((t) => t.id === id)?.name_nl,
    documentUrl: (slug) => `https://agendakaart.example/documenten/${slug}`,
  });
  const parsed = JSON.parse(JSON.stringify(collection)) as typeof collection;
  expect(parsed.type).toBe('FeatureCollection');
  expect(parsed.features[0]).toEqual({
    type: 'Feature',
    id: 'e1',
    geometry: { type: 'Point', coordinates: [5.08, 51.58] },
    properties: {
      id: 'e1',
      title: 'Renovatie portiekwoningen',
      kind: 'plan_action',
      status: 'vertraagd',
      theme: 'Wonen',
      origin: null,
      priority: null,
      owner: 'Woningcorporatie',
      progress: 40,
      start_date: '2026-01-01',
      end_date: '2026-12-31',
      area: 'Noord',
      document_title: 'Uitvoeringsplan Noord',
      document_kind: 'plan',
      document_status: 'vastgesteld',
      document_version: 1,
      is_example: true,
      url: 'https://agendakaart.example/documenten/uitvoeringsplan-noord',
    },
  });
  // every property is a plain value that GIS software can show as a column
  for (const value of Object.values(parsed.features[0]!.properties))
    expect(['string', 'number', 'boolean', 'null']).toContain(value === null ? 'null' : typeof value);
});
