// Councils, areas and the wijk → area mapping in the admin console, against the real embedded backend
// (admin-harness.tsx). react-leaflet is mocked (jsdom cannot lay out Leaflet, STYLE §2.5): each wijk is a clickable
// element carrying its fill colour.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { AREA_COLORS } from '@/lib/geo/area-colors';
import { ADMIN, currentPath, embeddedBackend, renderAdmin, signInAs, sql } from './admin-harness';

vi.mock('@/lib/supabase/client', async () => (await import('./admin-backend')).clientModule());
vi.mock('react-leaflet', () => ({
  MapContainer: ({ children }: { children: ReactNode }) => <div data-testid="map">{children}</div>,
  TileLayer: () => null,
  Tooltip: ({ children }: { children: ReactNode }) => <span>{children}</span>,
  Polygon: ({
    children,
    pathOptions,
    eventHandlers,
  }: {
    children: ReactNode;
    pathOptions: { fillColor: string; weight: number };
    eventHandlers: { click: () => void };
  }) => (
    <div
      data-testid="wijk"
      data-fill={pathOptions.fillColor}
      data-selected={pathOptions.weight > 1}
      onClick={eventHandlers.click}
    >
      {children}
    </div>
  ),
  useMap: () => ({ fitBounds: () => undefined }),
}));

beforeAll(async () => {
  await embeddedBackend();
  await signInAs(ADMIN);
}, 120_000);

const areaOf = async (district: string) =>
  (
    await sql<{ slug: string }>(
      `select a.slug from public.districts d join public.areas a on a.id = d.area_id where d.name = $1`,
      [district],
    )
  )[0]!.slug;
const colorOf = async (slug: string) =>
  AREA_COLORS[
    (await sql<{ color_index: number }>(`select color_index from public.areas where slug = $1`, [slug]))[0]!.color_index
  ];
const keptOverview = () =>
  JSON.parse(localStorage.getItem('agendakaart.kaart.v1') ?? 'null') as {
    areas: { slug: string; name: string; color_index: number }[];
    districts: { name: string; area_slug: string }[];
  } | null;

describe('wijk → area', () => {
  test('a wijk chosen on the map is moved in the panel beside it: list, map and the home map follow', async () => {
    const user = userEvent.setup();
    const view = renderAdmin('/beheer/wijken');
    await screen.findByRole('heading', { name: 'Alle 59 wijken en dorpen' });
    const shapes = await screen.findAllByTestId('wijk');
    expect(shapes).toHaveLength(59);
    const heyhoef = shapes.find((s) => s.textContent?.startsWith('Heyhoef'))!;
    expect(heyhoef).toHaveTextContent('Heyhoef · Reeshof');
    expect(heyhoef.dataset.fill).toBe(await colorOf('reeshof'));

    await user.click(heyhoef);
    await waitFor(() => expect(currentPath(view)).toBe('/beheer/wijken?wijk=WK085550'));
    const panel = screen.getByRole('region', { name: 'Heyhoef (WK085550)' });
    expect(within(panel).getByRole('heading', { name: 'Heyhoef (WK085550)' })).toHaveFocus();
    expect(panel).toHaveTextContent('Hoort nu bij gebied Reeshof.');
    expect(heyhoef.dataset.selected).toBe('true');

    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Nieuw gebied voor Heyhoef' }), 'West');
    await user.click(within(panel).getByRole('button', { name: 'Verplaatsen' }));
    await waitFor(() => expect(panel).toHaveTextContent('Hoort nu bij gebied West.'));
    const west = await colorOf('west');
    await waitFor(() =>
      expect(screen.getAllByTestId('wijk').find((s) => s.textContent?.startsWith('Heyhoef'))!.dataset.fill).toBe(west),
    );
    const row = screen.getByRole('rowheader', { name: /Heyhoef/ }).closest('tr')!;
    expect(row).toHaveTextContent('West');
    expect(await areaOf('Heyhoef')).toBe('west');
    // the copy the home map starts from on the next visit has it too
    await waitFor(() => expect(keptOverview()?.districts.find((d) => d.name === 'Heyhoef')?.area_slug).toBe('west'));
  }, 60_000);

  test('every wijk can be moved from the list; its own area is refused in words', async () => {
    const user = userEvent.setup();
    renderAdmin('/beheer/wijken');
    await screen.findByRole('heading', { name: 'Alle 59 wijken en dorpen' });
    await user.type(screen.getByRole('searchbox', { name: 'Zoek een wijk of dorp' }), 'udenh');
    expect(await screen.findByText('1 wijk of dorp gevonden.')).toBeInTheDocument();
    const row = screen.getByRole('rowheader', { name: /Udenhout/ }).closest('tr')!;
    expect(row).toHaveTextContent('Dorpen');

    await user.click(within(row).getByRole('button', { name: 'Udenhout verplaatsen' }));
    expect(
      await within(row).findByText('Deze wijk hoort al bij dit gebied. Kies een ander gebied.'),
    ).toBeInTheDocument();

    await user.selectOptions(within(row).getByRole('combobox', { name: 'Gebied van Udenhout' }), 'Noord');
    await user.click(within(row).getByRole('button', { name: 'Udenhout verplaatsen' }));
    await waitFor(() => expect(row).toHaveTextContent('Noord'));
    await waitFor(async () => expect(await areaOf('Udenhout')).toBe('noord'));
  }, 60_000);
});

describe('areas', () => {
  test('an area gets a new name, colour, description and a confirmed name; the home map keeps it', async () => {
    const user = userEvent.setup();
    renderAdmin('/beheer/gebieden');
    await user.click(await screen.findByRole('link', { name: 'Zuid-Oost bewerken' }));
    const form = screen.getByRole('form', { name: 'Zuid-Oost bewerken' });
    expect(within(form).getByRole('heading', { name: 'Zuid-Oost bewerken' })).toHaveFocus();

    const name = within(form).getByRole('textbox', { name: 'Naam' });
    await user.clear(name);
    await user.type(name, 'Z');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await within(form).findByText('De naam moet 2 tot 80 tekens zijn.')).toBeInTheDocument();
    expect(name).toHaveFocus();

    await user.clear(name);
    await user.type(name, 'Tilburg Zuid-Oost');
    await user.click(within(form).getByRole('radio', { name: 'Grijs' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Naam bevestigd' }));
    await user.type(
      within(form).getByRole('textbox', { name: 'Beschrijving' }),
      'De wijken ten zuiden van het centrum.',
    );
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(screen.queryByRole('form')).not.toBeInTheDocument());
    const row = screen.getByRole('rowheader', { name: 'Tilburg Zuid-Oost' }).closest('tr')!;
    expect(row).toHaveTextContent('Grijs');
    expect(row).toHaveTextContent('Bevestigd');
    expect(
      await sql(`select name, color_index, name_status, description from public.areas where slug = 'zuid-oost'`),
    ).toEqual([
      {
        name: 'Tilburg Zuid-Oost',
        color_index: 7,
        name_status: 'confirmed',
        description: 'De wijken ten zuiden van het centrum.',
      },
    ]);
    await waitFor(() =>
      expect(keptOverview()?.areas.find((a) => a.slug === 'zuid-oost')).toMatchObject({
        name: 'Tilburg Zuid-Oost',
        color_index: 7,
      }),
    );
  }, 60_000);
});

describe('councils', () => {
  test('a new council: errors next to the fields, the wijken from a filtered list, then in the list', async () => {
    const user = userEvent.setup();
    renderAdmin('/beheer/raden');
    await user.click(await screen.findByRole('link', { name: 'Nieuwe raad toevoegen' }));
    const form = screen.getByRole('form', { name: 'Nieuwe raad' });
    await user.type(within(form).getByRole('textbox', { name: 'Naam' }), 'Wijkraad Testwijk');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Soort' }), 'buurtraad');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Gebied' }), 'Noord');
    await user.type(within(form).getByRole('textbox', { name: 'Website' }), 'wijkraad.nl');
    await user.click(within(form).getByRole('button', { name: 'Raad toevoegen' }));
    expect(await within(form).findByText(/Vul een webadres in dat begint met https:\/\//)).toBeInTheDocument();
    const wijken = within(form).getByRole('group', { name: 'Wijken en dorpen' });
    expect(wijken).toHaveTextContent('Kies minstens één wijk of dorp.');
    expect(wijken).toHaveAttribute('aria-invalid', 'true');

    await user.type(within(wijken).getByRole('searchbox', { name: 'Zoek een wijk of dorp' }), 'theres');
    await user.click(within(wijken).getByRole('checkbox', { name: 'Theresia' }));
    expect(wijken).toHaveTextContent('1 gekozen');
    await user.clear(within(wijken).getByRole('searchbox', { name: 'Zoek een wijk of dorp' }));
    expect(within(wijken).getByRole('checkbox', { name: 'Theresia' })).toBeChecked();
    const website = within(form).getByRole('textbox', { name: 'Website' });
    await user.clear(website);
    await user.type(website, 'https://wijkraad-testwijk.nl');
    await user.click(within(form).getByRole('button', { name: 'Raad toevoegen' }));

    const row = (await screen.findByRole('rowheader', { name: 'Wijkraad Testwijk' })).closest('tr')!;
    expect(row).toHaveTextContent('Buurtraad');
    expect(row).toHaveTextContent('Noord');
    expect(row).toHaveTextContent('Theresia');
    expect(row).toHaveTextContent('wijkraad-testwijk.nl');
    expect(
      await sql(`select c.kind::text, c.website_url, d.name as district from public.councils c
                 join public.council_districts cd on cd.council_id = c.id join public.districts d on d.id = cd.district_id
                 where c.name = 'Wijkraad Testwijk'`),
    ).toEqual([{ kind: 'buurtraad', website_url: 'https://wijkraad-testwijk.nl', district: 'Theresia' }]);
  }, 60_000);

  test('renaming to a name that exists is refused, and what was typed stays', async () => {
    const user = userEvent.setup();
    renderAdmin('/beheer/raden');
    await user.click(await screen.findByRole('link', { name: 'Wijkraad Testwijk bewerken' }));
    const form = screen.getByRole('form', { name: 'Wijkraad Testwijk bewerken' });
    const name = within(form).getByRole('textbox', { name: 'Naam' });
    await user.clear(name);
    await user.type(name, 'Dorpsraad Udenhout');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Er bestaat al een raad met deze naam.');
    expect(name).toHaveValue('Dorpsraad Udenhout');

    await user.clear(name);
    await user.type(name, 'Buurtraad Theresia');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('rowheader', { name: 'Buurtraad Theresia' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('form')).not.toBeInTheDocument());
  }, 60_000);
});
