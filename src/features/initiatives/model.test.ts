import { describe, expect, it } from 'vitest';
import {
  buildClusterIndex,
  clustersIn,
  EMPTY_PROPOSAL,
  filterArgs,
  filtersFromSearch,
  proposalArgs,
  withFilters,
  type InitiativeMarker,
} from './model';
import { proposalSchema } from './schemas';

const marker = (n: number, lng: number, lat: number): InitiativeMarker =>
  ({
    id: `i${n}`,
    title: `Initiatief ${n}`,
    status: 'ingediend',
    theme_id: 't',
    area_id: 'a',
    lng,
    lat,
  }) as InitiativeMarker;

describe('filters in the URL', () => {
  it('reads status, thema and gebied, ignores an unknown status, and drops the page when filters change', () => {
    const params = new URLSearchParams('status=opgenomen&thema=wonen&gebied=noord&pagina=3&initiatief=x');
    expect(filtersFromSearch(params)).toEqual({ status: 'opgenomen', theme: 'wonen', area: 'noord' });
    expect(filtersFromSearch(new URLSearchParams('status=verzonnen'))).toEqual({});
    const next = withFilters(params, { status: 'afgewezen' });
    expect(next.get('status')).toBe('afgewezen');
    expect(next.has('thema') || next.has('gebied') || next.has('pagina')).toBe(false);
    expect(next.get('initiatief')).toBe('x');
  });

  it('an unknown theme or area slug filters everything out instead of showing everything', () => {
    const args = filterArgs({ theme: 'bestaat-niet', area: 'noord' }, [], [{ id: 'area-noord', slug: 'noord' }]);
    expect(args.p_area_id).toBe('area-noord');
    expect(args.p_theme_ids).toEqual(['00000000-0000-0000-0000-000000000000']);
  });
});

describe('proposal', () => {
  it('names each missing field', () => {
    const r = proposalSchema.safeParse(EMPTY_PROPOSAL);
    expect(r.success).toBe(false);
    const messages = Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(messages).toMatchObject({
      title: 'title.tooShort',
      description: 'description.tooShort',
      themeId: 'theme.required',
      pin: 'pin.required',
    });
  });

  it('without the map it sends the district and the description of the place, not a point', () => {
    const v = {
      ...EMPTY_PROPOSAL,
      placeMode: 'district' as const,
      pin: { lng: 5, lat: 51 },
      districtId: 'd1',
      placeDescription: ' Wagnerplein ',
    };
    expect(proposalArgs(v)).toMatchObject({ p_district_id: 'd1', p_place_description: 'Wagnerplein' });
    expect(proposalArgs(v)).not.toHaveProperty('p_lng');
  });
});

describe('clustering', () => {
  it('10,000 initiatives over the city become a few hundred markers at city zoom, and single pins at street zoom', () => {
    const markers = Array.from({ length: 10_000 }, (_, n) =>
      marker(n, 4.95 + ((n * 7919) % 10_000) / 40_000, 51.5 + ((n * 104_729) % 10_000) / 71_000),
    );
    const index = buildClusterIndex(markers);
    const city = clustersIn(index, [4.9, 51.45, 5.25, 51.7], 12);
    expect(city.length).toBeLessThan(500);
    expect(city.reduce((n, i) => n + (i.kind === 'cluster' ? i.count : 1), 0)).toBe(10_000);
    const street = clustersIn(index, [5.0, 51.55, 5.01, 51.56], 19);
    expect(street.length).toBeGreaterThan(0);
    expect(street.every((i) => i.kind === 'initiative')).toBe(true);
  });
});
