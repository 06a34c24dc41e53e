import { screen, within } from '@testing-library/react';
import { AreaDetails } from '@/features/areas/components/area-details';
import { AreaList } from '@/features/areas/components/area-list';
import type { AreaDetail, AreaSummary } from '@/features/areas/model';
import { renderWithApp } from '../utils/render';

const areas: AreaSummary[] = [
  { id: '1', slug: 'noord', name: 'Noord', color_index: 1, district_count: 6, agenda_count: 1, council_count: 2 },
  { id: '2', slug: 'dorpen', name: 'Dorpen', color_index: 7, district_count: 4, agenda_count: 3, council_count: 3 },
];

test('the area list links every area to its page, with counts in words, and marks the current one', () => {
  renderWithApp(<AreaList areas={areas} selectedSlug="dorpen" />);
  const nav = screen.getByRole('navigation', { name: '2 gebieden' });
  const links = within(nav).getAllByRole('link');
  expect(links.map((l) => l.getAttribute('href'))).toEqual(['/gebied/noord', '/gebied/dorpen']);
  expect(links[0]).toHaveTextContent('6 wijken · 1 agenda');
  expect(links[1]).toHaveTextContent("4 wijken · 3 agenda's");
  expect(links[1]).toHaveAttribute('aria-current', 'page');
  expect(links[0]).not.toHaveAttribute('aria-current');
});

const detail: AreaDetail = {
  area: {
    id: '1',
    slug: 'reeshof',
    name: 'Reeshof',
    name_status: 'presumed',
    color_index: 6,
    description: '',
    extra_investment: false,
    bbox: [5, 51, 5.1, 51.1],
  },
  districts: [{ id: 'd', code: 'WK085550', name: 'Heyhoef', kind: 'wijk' }],
  councils: [
    {
      id: 'c',
      name: 'Wijkraad Heyhoef (voorbeeld)',
      kind: 'wijkraad',
      website_url: null,
      is_example: true,
      districts: [{ id: 'd', name: 'Heyhoef' }],
    },
  ],
  agendas: [
    {
      id: 'a',
      slug: 'wijkagenda-reeshof',
      title: 'Wijkagenda Reeshof',
      kind: 'wijkagenda',
      status: 'consultatie',
      is_example: false,
    },
  ],
  visions: [],
  plans: [],
  comment_counts: [],
  open_comment_count: 0,
  team: [],
  can_edit: false,
};

test('the area page lists districts, councils with their districts, agendas with status, and says when the team is empty', () => {
  renderWithApp(<AreaDetails detail={detail} />);
  expect(screen.getByRole('region', { name: '1 wijk of dorp' })).toHaveTextContent('Heyhoef (wijk)');
  const councils = screen.getByRole('region', { name: '1 wijk- of dorpsraad' });
  expect(councils).toHaveTextContent('Wijkraad Heyhoef (voorbeeld)voorbeeld — Heyhoef');
  expect(screen.getByRole('region', { name: '1 wijk- of dorpsagenda' })).toHaveTextContent(
    'Wijkagenda Reeshof Consultatie',
  );
  expect(screen.getByRole('region', { name: 'Gebiedsteam' })).toHaveTextContent(
    'Er staan nog geen teamleden in de app.',
  );
});
