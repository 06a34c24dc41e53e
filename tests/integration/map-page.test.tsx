// The map page through the real router and providers: react-leaflet is mocked at module level (jsdom cannot lay out
// Leaflet, STYLE §2.5) and the supabase client answers from fixtures, so this runs without a database or network.
import { QueryClient } from '@tanstack/react-query';
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { RouterProvider } from 'react-router';
import { Providers } from '@/app/providers';
import { createTestRouter } from '@/app/router';
import type { AreaDetail, MapOverview } from '@/features/areas/model';
import type { Me } from '@/features/auth/model';
import type { PlaceCollection, PlaceFeature, PlaceGeometry } from '@/features/places/model';
import { i18n } from '@/i18n';
import { AREA_COLORS } from '@/lib/geo/area-colors';

const backend = vi.hoisted(() => ({
  session: null as null | { access_token: string },
  answers: {} as Record<string, (args: Record<string, unknown>) => { data: unknown; error: unknown }>,
  fitBounds: vi.fn(),
}));

vi.mock('react-leaflet', () => ({
  MapContainer: ({ children }: { children: ReactNode }) => <div data-testid="map">{children}</div>,
  TileLayer: () => null,
  Polyline: () => null,
  Popup: () => null,
  CircleMarker: ({ children }: { children: ReactNode }) => <div data-testid="place-marker">{children}</div>,
  Tooltip: ({ children }: { children: ReactNode }) => <span role="tooltip">{children}</span>,
  Polygon: ({
    children,
    pathOptions,
    eventHandlers,
  }: {
    children: ReactNode;
    pathOptions: { fillColor: string };
    eventHandlers?: { click: () => void };
  }) =>
    // area outlines are clickable; drawn places (dashed areas) are not
    eventHandlers ? (
      <div data-testid="area-shape" data-fill={pathOptions.fillColor} onClick={eventHandlers.click}>
        {children}
      </div>
    ) : (
      <div data-testid="place-marker">{children}</div>
    ),
  useMap: () => ({ fitBounds: backend.fitBounds, getZoom: () => 13, setView: vi.fn() }),
}));

vi.mock('@/lib/supabase/client', () => ({
  isEmbedded: true,
  warmUpBackend: () => undefined,
  resetDemoData: async () => undefined,
  supabase: {
    rpc: (fn: string, args: Record<string, unknown> = {}) => ({
      abortSignal: async () => backend.answers[fn]?.(args) ?? { data: null, error: { code: 'PGRST202', message: fn } },
    }),
    auth: {
      getSession: async () => ({ data: { session: backend.session }, error: null }),
      onAuthStateChange: () => ({ data: { subscription: { unsubscribe: () => undefined } } }),
      signOut: async () => ({ error: null }),
    },
  },
}));

const NAMES = ['Binnenstad', 'Noord', 'Oud-Noord', 'West', 'Oud-Zuid', 'Zuid-Oost', 'Reeshof', 'Dorpen'];
const slug = (name: string) => name.toLowerCase();
const square = (i: number): Extract<PlaceGeometry, { type: 'Polygon' }> => ({
  type: 'Polygon',
  coordinates: [
    [
      [5 + i / 100, 51.5],
      [5.01 + i / 100, 51.5],
      [5.01 + i / 100, 51.51],
      [5 + i / 100, 51.5],
    ],
  ],
});
const overview: MapOverview = {
  areas: NAMES.map((name, i) => ({
    id: `a${i}`,
    slug: slug(name),
    name,
    color_index: i,
    district_count: 1,
    agenda_count: 1,
    council_count: 0,
  })),
  districts: NAMES.map((name, i) => ({
    id: `d${i}`,
    code: `WK08551${i}`,
    name: `Wijk in ${name}`,
    kind: 'wijk',
    area_id: `a${i}`,
    area_slug: slug(name),
    geometry: square(i),
    bbox: [5 + i / 100, 51.5, 5.01 + i / 100, 51.51],
  })),
  bbox: [5, 51.5, 5.09, 51.51],
};
const place = (id: string, kind: PlaceFeature['properties']['kind'], title: string, status: string): PlaceFeature => ({
  type: 'Feature',
  id,
  geometry: kind === 'plan_action' ? square(1) : { type: 'Point', coordinates: [5.015, 51.505] },
  bbox: [5.01, 51.5, 5.02, 51.51],
  properties: {
    id,
    lineage_id: id,
    kind,
    title,
    theme_id: 't1',
    status: status as PlaceFeature['properties']['status'],
    area: { id: 'a1', slug: 'noord', name: 'Noord' },
    document: {
      id: 'g',
      slug: 'wijkagenda-noord',
      kind: 'agenda',
      title: 'Wijkagenda Noord',
      status: 'vastgesteld',
      version_no: 2,
      is_example: true,
    },
  },
});
const places = [
  place('p1', 'agenda_item', 'Veilige oversteek Hoevenseweg', 'open'),
  place('p2', 'plan_action', 'Groen schoolplein Heikant', 'in_uitvoering'),
];
/** map_entries as the database answers it: only the kinds asked for (the SQL filter itself is tested in tests/db). */
const entries = (args: { p_kinds?: string[]; p_statuses?: string[] }): PlaceCollection => ({
  type: 'FeatureCollection',
  features: places.filter(
    (f) =>
      (!args.p_kinds || args.p_kinds.includes(f.properties.kind)) &&
      (!args.p_statuses || args.p_statuses.includes(f.properties.status ?? '')),
  ),
});

const noord: AreaDetail = {
  area: {
    id: 'a1',
    slug: 'noord',
    name: 'Noord',
    name_status: 'presumed',
    color_index: 1,
    description: '',
    extra_investment: true,
    bbox: [5.01, 51.5, 5.02, 51.51],
  },
  districts: [{ id: 'd1', code: 'WK085511', name: 'Heikant', kind: 'wijk' }],
  councils: [],
  agendas: [
    {
      id: 'g',
      slug: 'wijkagenda-noord',
      title: 'Wijkagenda Noord',
      kind: 'wijkagenda',
      status: 'vastgesteld',
      is_example: true,
    },
  ],
  visions: [],
  plans: [],
  comment_counts: [],
  open_comment_count: 0,
  team: [{ display_name: 'Fatima El Amrani' }],
  can_edit: false,
};

function renderRoute(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <Providers queryClient={queryClient}>
      <RouterProvider router={createTestRouter(queryClient, path)} />
    </Providers>,
  );
}

// These tests render the whole app (map, panel, places list with its filters) in jsdom, where one pass of a
// ByRole query over that page costs 100-300 ms; on the shared 2-CPU machine a page then sometimes appears only after
// the default 1 s wait (the "Unable to find heading Noord" failure), and a test can outlast the default 5 s.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

afterEach(() => vi.restoreAllMocks());

// The router loads each page module on first visit; under vitest that means transforming its whole import graph,
// which on a busy machine outlasts findBy's one-second wait. Loading them once up front keeps the tests about
// behaviour, not about transform time.
beforeAll(async () => {
  await Promise.all([
    import('@/app/routes/map-layout'),
    import('@/app/routes/home-page'),
    import('@/app/routes/area-page'),
    import('@/app/routes/not-found-page'),
    import('@/app/routes/sign-in-page'),
  ]);
}, 30_000);

beforeEach(async () => {
  await i18n.changeLanguage('nl');
  backend.session = null;
  backend.fitBounds.mockClear();
  backend.answers = {
    map_overview: () => ({ data: overview, error: null }),
    plan_progress: () => ({ data: { plans: [], areas: [], themes: [] }, error: null }),
    list_themes: () => ({
      data: [{ id: 't1', slug: 'veiligheid', name_nl: 'Veiligheid', name_en: 'Safety' }],
      error: null,
    }),
    map_entries: () => ({ data: { type: 'FeatureCollection', features: [] }, error: null }),
    area_page: ({ p_slug }) =>
      p_slug === 'noord'
        ? { data: noord, error: null }
        : { data: null, error: { code: 'P0002', message: 'Gebied niet gevonden.' } },
  };
});

test('home: the 8 areas in the list and on the map in 8 distinct colours; a click on an area opens its page', async () => {
  const user = userEvent.setup();
  renderRoute('/');
  expect(await screen.findByRole('heading', { level: 1, name: 'Gebieden van Tilburg' })).toBeInTheDocument();
  const list = screen.getByRole('navigation', { name: '8 gebieden' });
  expect(within(list).getAllByRole('link')).toHaveLength(8);

  const shapes = await screen.findAllByTestId('area-shape');
  expect(shapes.map((s) => s.dataset.fill)).toEqual([...AREA_COLORS]);
  expect(screen.getByText('Legenda')).toBeInTheDocument();
  expect(screen.getByRole('list', { name: 'Plekken' })).toHaveTextContent(/Agendapunten.*Doelen.*Acties/);
  // the view is fitted in an effect, which a busy machine may run after the shapes are already in the document
  await waitFor(() => expect(backend.fitBounds).toHaveBeenCalled());

  await user.click(within(shapes[1]!).getByRole('tooltip'));
  const heading = await screen.findByRole('heading', { level: 1, name: 'Noord' });
  expect(heading).toBeInTheDocument();
  expect(screen.getByRole('note')).toHaveTextContent('nog niet bevestigd');
  expect(screen.getByText('Wijkagenda Noord').parentElement).toHaveTextContent('Vastgesteld');
  expect(screen.getByText('Wijkagenda Noord').parentElement).toHaveTextContent('voorbeeld');
  // set in an effect after the page is shown
  await waitFor(() => expect(document.title).toBe('Noord · Agendakaart'));
});

test('places: the filters in the URL select the same places on the map and in the list; clearing them shows all', async () => {
  const user = userEvent.setup();
  const calls: Record<string, unknown>[] = [];
  backend.answers.map_entries = (args) => {
    calls.push(args);
    return { data: entries(args), error: null };
  };
  renderRoute('/gebied/noord?soort=plan_action&status=in_uitvoering');
  const panel = await screen.findByRole('region', { name: 'Plekken op de kaart' });
  expect(within(panel).getByLabelText('Soort')).toHaveValue('plan_action');
  expect(within(panel).getByLabelText('Status')).toHaveValue('in_uitvoering');
  expect(await within(panel).findByText('1 plek')).toBeInTheDocument();
  expect(within(panel).getByText('Groen schoolplein Heikant')).toBeInTheDocument();
  expect(within(panel).queryByText('Veilige oversteek Hoevenseweg')).not.toBeInTheDocument();
  await waitFor(() => expect(screen.getAllByTestId('place-marker')).toHaveLength(1));
  expect(calls).toContainEqual({ p_area_id: 'a1', p_kinds: ['plan_action'], p_statuses: ['in_uitvoering'] });

  await user.selectOptions(within(panel).getByLabelText('Thema'), 'Veiligheid');
  await waitFor(() =>
    expect(calls).toContainEqual({
      p_area_id: 'a1',
      p_kinds: ['plan_action'],
      p_theme_ids: ['t1'],
      p_statuses: ['in_uitvoering'],
    }),
  );

  await user.click(within(panel).getByRole('button', { name: 'Filters wissen' }));
  expect(await within(panel).findByText('2 plekken')).toBeInTheDocument();
  for (const filter of ['Soort', 'Thema', 'Status']) expect(within(panel).getByLabelText(filter)).toHaveValue('');
  expect(within(panel).getByLabelText('Soort')).toHaveFocus();
  await waitFor(() => expect(screen.getAllByTestId('place-marker')).toHaveLength(2));
  expect(within(panel).getByText('Veilige oversteek Hoevenseweg').parentElement).toHaveTextContent(
    'Agendapunt · Open · Veiligheid · Noord',
  );
});

test('a later visit draws the areas as last seen at once, and the fresh answer replaces them', async () => {
  renderRoute('/');
  expect(await screen.findAllByTestId('area-shape')).toHaveLength(8);
  cleanup();

  let answer!: (value: { data: MapOverview; error: null }) => void;
  backend.answers.map_overview = () =>
    new Promise((resolve) => (answer = resolve)) as unknown as { data: unknown; error: unknown };
  renderRoute('/');
  // the backend has not answered yet (in embedded mode PGlite is still opening its database)
  expect(await screen.findAllByTestId('area-shape')).toHaveLength(8);
  expect(screen.getByRole('navigation', { name: '8 gebieden' })).toHaveTextContent('Binnenstad');

  const renamed = { ...overview, areas: overview.areas.map((a, i) => (i === 0 ? { ...a, name: 'Centrum' } : a)) };
  answer({ data: renamed, error: null });
  await waitFor(() => expect(screen.getByRole('navigation', { name: '8 gebieden' })).toHaveTextContent('Centrum'));
});

test('an unknown area: the panel says so, and the map with all areas stays', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
  renderRoute('/gebied/bestaat-niet');
  expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument();
  expect(screen.getByText('Dit hebben we niet kunnen vinden.')).toBeInTheDocument();
  expect(screen.getByText('Gebied niet gevonden.')).toBeInTheDocument();
  expect(await screen.findAllByTestId('area-shape')).toHaveLength(8);
  expect(screen.getByRole('banner')).toBeInTheDocument();
});

test('a failing map request breaks only the map panel, the area page beside it still works', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  backend.answers.map_overview = () => ({ data: null, error: { code: 'XX000', message: 'kapot' } });
  backend.answers.area_page = () => ({ data: noord, error: null });
  renderRoute('/gebied/noord');
  expect(await screen.findByRole('heading', { level: 1, name: 'Noord' })).toBeInTheDocument();
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Er ging iets mis bij het laden.');
  expect(within(alert).getByRole('button', { name: 'Opnieuw proberen' })).toBeInTheDocument();
});

test('signed in, the header says who you are and in which roles', async () => {
  backend.session = { access_token: 'x' };
  const me: Me = {
    id: 'u',
    email: 'team.noord@demo.agendakaart.nl',
    display_name: 'Fatima El Amrani',
    is_admin: false,
    roles: ['resident', 'area_team'],
    area_team_areas: [{ id: 'a1', slug: 'noord', name: 'Noord' }],
    councils: [],
  };
  backend.answers.me = () => ({ data: me, error: null });
  renderRoute('/');
  const header = await screen.findByRole('banner');
  expect(await within(header).findByText('Fatima El Amrani')).toBeInTheDocument();
  expect(within(header).getByText('Gebiedsteam Noord')).toBeInTheDocument();
  expect(within(header).getByRole('button', { name: 'Uitloggen' })).toBeInTheDocument();
  await waitFor(() => expect(within(header).queryByRole('link', { name: 'Inloggen' })).not.toBeInTheDocument());
});

test('a visitor sees sign-in links at once, without a call to the server', async () => {
  renderRoute('/inloggen');
  const header = await screen.findByRole('banner');
  expect(await within(header).findByRole('link', { name: 'Inloggen' })).toHaveAttribute('href', '/inloggen');
  expect(await screen.findAllByRole('button', { name: /^Inloggen als / })).toHaveLength(5);
  expect(screen.getByRole('button', { name: 'Demogegevens herstellen' })).toBeInTheDocument();
});
