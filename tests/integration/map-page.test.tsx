// The map page through the real router and providers: react-leaflet is mocked at module level (jsdom cannot lay out
// Leaflet, STYLE §2.5) and the supabase client answers from fixtures, so this runs without a database or network.
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { RouterProvider } from 'react-router';
import { Providers } from '@/app/providers';
import { createTestRouter } from '@/app/router';
import type { AreaDetail, MapOverview } from '@/features/areas/model';
import type { Me } from '@/features/auth/model';
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
  Tooltip: ({ children }: { children: ReactNode }) => <span role="tooltip">{children}</span>,
  Polygon: ({
    children,
    pathOptions,
    eventHandlers,
  }: {
    children: ReactNode;
    pathOptions: { fillColor: string };
    eventHandlers: { click: () => void };
  }) => (
    <div data-testid="area-shape" data-fill={pathOptions.fillColor} onClick={eventHandlers.click}>
      {children}
    </div>
  ),
  useMap: () => ({ fitBounds: backend.fitBounds }),
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
const square = (i: number) => ({
  type: 'Polygon' as const,
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

afterEach(() => vi.restoreAllMocks());

beforeEach(async () => {
  await i18n.changeLanguage('nl');
  backend.session = null;
  backend.fitBounds.mockClear();
  backend.answers = {
    map_overview: () => ({ data: overview, error: null }),
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
  expect(backend.fitBounds).toHaveBeenCalled();

  await user.click(within(shapes[1]!).getByRole('tooltip'));
  const heading = await screen.findByRole('heading', { level: 1, name: 'Noord' });
  expect(heading).toBeInTheDocument();
  expect(screen.getByRole('note')).toHaveTextContent('nog niet bevestigd');
  expect(screen.getByText('Wijkagenda Noord').parentElement).toHaveTextContent('Vastgesteld');
  expect(screen.getByText('Wijkagenda Noord').parentElement).toHaveTextContent('voorbeeld');
  expect(document.title).toBe('Noord · Agendakaart');
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
