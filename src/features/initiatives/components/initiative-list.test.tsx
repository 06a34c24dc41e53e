import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { InitiativeSummary } from '../model';
import { InitiativeList } from './initiative-list';

const initiative = {
  id: 'i1',
  title: 'Speelplek voor peuters in Heikant',
  status: 'ingediend',
  district: { id: 'd1', code: 'WK085544', name: 'Heikant' },
  theme: null,
  support_count: 3,
} as unknown as InitiativeSummary;

test('each initiative links to the page of the wijk it lies in', () => {
  render(
    <MemoryRouter>
      <InitiativeList
        items={[initiative]}
        total={1}
        hrefOf={(id) => `/initiatieven/${id}`}
        themeName={() => 'Wonen'}
        districtHref={(d) => `/wijk/${d.name.toLowerCase()}`}
      />
    </MemoryRouter>,
  );
  expect(screen.getByRole('link', { name: 'Heikant' })).toHaveAttribute('href', '/wijk/heikant');
  expect(screen.getByRole('link', { name: 'Speelplek voor peuters in Heikant' })).toHaveAttribute(
    'href',
    '/initiatieven/i1',
  );
});
