// The admin console's routes as the router nests them, rendered through tests/utils/render.tsx against the real
// embedded backend (admin-backend.ts; each test file mocks '@/lib/supabase/client' with it).
import { Route, Routes, useLocation } from 'react-router';
import { AdminAreasPage } from '@/app/routes/admin-areas-page';
import { AdminCouncilsPage } from '@/app/routes/admin-councils-page';
import { AdminDistrictsPage } from '@/app/routes/admin-districts-page';
import { AdminDocumentsPage } from '@/app/routes/admin-documents-page';
import { AdminFiguresPage } from '@/app/routes/admin-figures-page';
import { AdminInvitationsPage } from '@/app/routes/admin-invitations-page';
import { AdminLayout } from '@/app/routes/admin-layout';
import { AdminOverviewPage } from '@/app/routes/admin-overview-page';
import { AdminPeoplePage } from '@/app/routes/admin-people-page';
import { AdminThemesPage } from '@/app/routes/admin-themes-page';
import { paths } from '@/config/paths';
import { renderWithApp } from '../utils/render';
import { closeEmbeddedBackend } from './admin-backend';

export { ADMIN, RESIDENT, embeddedBackend, signInAs, signOut, sql } from './admin-backend';

// each file's database goes with the file (the files a worker runs share it: tests/setup.ts)
afterAll(closeEmbeddedBackend);

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** The console's routes as the router nests them (the layout guards them all), starting at `path`. */
export function renderAdmin(path: string) {
  return renderWithApp(
    <>
      <Routes>
        <Route element={<AdminLayout />}>
          <Route path={paths.admin.pattern} element={<AdminOverviewPage />} />
          <Route path={paths.adminPeople.pattern} element={<AdminPeoplePage />} />
          <Route path={paths.adminInvitations.pattern} element={<AdminInvitationsPage />} />
          <Route path={paths.adminCouncils.pattern} element={<AdminCouncilsPage />} />
          <Route path={paths.adminAreas.pattern} element={<AdminAreasPage />} />
          <Route path={paths.adminDistricts.pattern} element={<AdminDistrictsPage />} />
          <Route path={paths.adminThemes.pattern} element={<AdminThemesPage />} />
          <Route path={paths.adminDocuments.pattern} element={<AdminDocumentsPage />} />
          <Route path={paths.adminFigures.pattern} element={<AdminFiguresPage />} />
        </Route>
      </Routes>
      <Location />
    </>,
    { path },
  );
}

/** The URL the memory router is at now. */
export const currentPath = (container: { getByTestId: (id: string) => HTMLElement }) =>
  container.getByTestId('location').textContent;
