// Who gets into the admin console, and what its overview shows (real embedded backend, see admin-harness.tsx).
import { screen, within } from '@testing-library/react';
import { UserMenu } from '@/features/auth/components/user-menu';
import { renderWithApp } from '../utils/render';
import { ADMIN, embeddedBackend, renderAdmin, RESIDENT, signInAs, signOut } from './admin-harness';

vi.mock('@/lib/supabase/client', async () => (await import('./admin-backend')).clientModule());

beforeAll(() => embeddedBackend(), 120_000);

test('a visitor is asked to sign in, and comes back to the same screen afterwards', async () => {
  await signOut();
  renderAdmin('/beheer/mensen?q=noord');
  const link = await screen.findByRole('link', { name: 'Log in als beheerder om het beheer te openen.' });
  expect(link).toHaveAttribute('href', `/inloggen?terug=${encodeURIComponent('/beheer/mensen?q=noord')}`);
  expect(screen.queryByRole('navigation', { name: 'Beheer' })).not.toBeInTheDocument();
});

test('a resident sees that the console is for administrators only, and no data', async () => {
  await signInAs(RESIDENT);
  renderAdmin('/beheer/raden');
  expect(await screen.findByText(/Beheer is alleen voor beheerders/)).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1, name: 'Beheer' })).toBeInTheDocument();
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
}, 30_000);

test('an admin gets the overview: every screen linked, with what it holds', async () => {
  await signInAs(ADMIN);
  renderAdmin('/beheer');
  const nav = await screen.findByRole('navigation', { name: 'Beheer' });
  expect(within(nav).getByRole('link', { name: 'Overzicht' })).toHaveAttribute('aria-current', 'page');
  expect(
    within(nav)
      .getAllByRole('link')
      .map((l) => l.getAttribute('href')),
  ).toEqual([
    '/beheer',
    '/beheer/mensen',
    '/beheer/uitnodigingen',
    '/beheer/raden',
    '/beheer/gebieden',
    '/beheer/wijken',
    '/beheer/themas',
    '/beheer/documenten',
    '/beheer/cijfers',
    '/beheer/meldingen',
    '/beheer/logboek',
  ]);
  expect(await screen.findByText('8 gebieden')).toBeInTheDocument();
  expect(screen.getByText('59 wijken en dorpen')).toBeInTheDocument();
  expect(screen.getByText('1 openstaande uitnodiging')).toBeInTheDocument(); // the demo seed's
  expect(screen.getByText(/^\d+ raden$/)).toBeInTheDocument();
  expect(screen.getByText(/^\d+ thema's$/)).toBeInTheDocument();
}, 30_000);

test('the header offers admins the console', async () => {
  await signInAs(ADMIN);
  renderWithApp(<UserMenu />);
  expect(await screen.findByRole('link', { name: 'Beheer' })).toHaveAttribute('href', '/beheer');
}, 30_000);

test('and nobody else', async () => {
  await signInAs(RESIDENT);
  renderWithApp(<UserMenu />);
  await screen.findByText('Sanne de Vries');
  expect(screen.queryByRole('link', { name: 'Beheer' })).not.toBeInTheDocument();
}, 30_000);
