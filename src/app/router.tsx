import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, createMemoryRouter, type LoaderFunction, type RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { AppLoading } from './routes/app-loading';
import { RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';

/** What a lazy route module gives: its page, optionally a loader that takes the QueryClient, and its ErrorBoundary. */
type RouteModule = {
  Component: ComponentType;
  ErrorBoundary: ComponentType;
  loader?: (qc: QueryClient) => LoaderFunction;
};

/** Binds the QueryClient to the module's loader, as bulletproof-react's `convert` does. */
const lazyRoute =
  (queryClient: QueryClient, load: () => Promise<RouteModule>): RouteObject['lazy'] =>
  async () => {
    const { Component, ErrorBoundary, loader } = await load();
    return { Component, ErrorBoundary, ...(loader ? { loader: loader(queryClient) } : {}) };
  };

export function appRoutes(queryClient: QueryClient): RouteObject[] {
  const lazy = (load: () => Promise<RouteModule>) => lazyRoute(queryClient, load);
  return [
    {
      element: <RootLayout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <AppLoading />,
      children: [
        {
          lazy: lazy(async () => {
            const m = await import('./routes/map-layout');
            return { ...m, Component: m.MapLayout };
          }),
          children: [
            {
              path: paths.home.pattern,
              lazy: lazy(async () => {
                const m = await import('./routes/home-page');
                return { ...m, Component: m.HomePage };
              }),
            },
            {
              path: paths.initiatives.pattern,
              lazy: lazy(async () => {
                const m = await import('./routes/initiatives-page');
                return { ...m, Component: m.InitiativesPage };
              }),
            },
            {
              path: paths.proposeInitiative.pattern,
              lazy: lazy(async () => {
                const m = await import('./routes/propose-initiative-page');
                return { ...m, Component: m.ProposeInitiativePage };
              }),
            },
            {
              path: paths.area.pattern,
              lazy: lazy(async () => {
                const m = await import('./routes/area-page');
                return { ...m, Component: m.AreaPage };
              }),
            },
            {
              path: paths.district.pattern,
              lazy: lazy(async () => {
                const m = await import('./routes/district-page');
                return { ...m, Component: m.DistrictPage };
              }),
            },
          ],
        },
        {
          path: paths.document.pattern,
          lazy: lazy(async () => {
            const m = await import('./routes/document-page');
            return { ...m, Component: m.DocumentPage };
          }),
        },
        {
          path: paths.documentVersions.pattern,
          lazy: lazy(async () => {
            const m = await import('./routes/document-versions-page');
            return { ...m, Component: m.DocumentVersionsPage };
          }),
        },
        {
          path: paths.documentTimeline.pattern,
          lazy: lazy(async () => {
            const m = await import('./routes/plan-timeline-page');
            return { ...m, Component: m.PlanTimelinePage };
          }),
        },
        {
          path: paths.moderation.pattern,
          lazy: lazy(async () => {
            const m = await import('./routes/moderation-page');
            return { ...m, Component: m.ModerationPage };
          }),
        },
        {
          // the admin console: one guard (admins only) and one menu around its screens
          lazy: lazy(async () => {
            const m = await import('./routes/admin-layout');
            return { ...m, Component: m.AdminLayout };
          }),
          children: [
            {
              path: paths.admin.pattern,
              lazy: lazy(async () => {
                const m = await import('./routes/admin-overview-page');
                return { ...m, Component: m.AdminOverviewPage };
              }),
            },
            {
              path: paths.adminPeople.pattern,
              lazy: lazy(async () => {
                const m = await import('./routes/admin-people-page');
                return { ...m, Component: m.AdminPeoplePage };
              }),
            },
            {
              path: paths.adminInvitations.pattern,
              lazy: lazy(async () => {
                const m = await import('./routes/admin-invitations-page');
                return { ...m, Component: m.AdminInvitationsPage };
              }),
            },
            {
              path: paths.adminCouncils.pattern,
              lazy: lazy(async () => {
                const m = await import('./routes/admin-councils-page');
                return { ...m, Component: m.AdminCouncilsPage };
              }),
            },
            {
              path: paths.adminAreas.pattern,
              lazy: lazy(async () => {
                const m = await import('./routes/admin-areas-page');
                return { ...m, Component: m.AdminAreasPage };
              }),
            },
            {
              path: paths.adminDistricts.pattern,
              lazy: lazy(async () => {
                const m = await import('./routes/admin-districts-page');
                return { ...m, Component: m.AdminDistrictsPage };
              }),
            },
            {
              path: paths.adminThemes.pattern,
              lazy: lazy(async () => {
                const m = await import('./routes/admin-themes-page');
                return { ...m, Component: m.AdminThemesPage };
              }),
            },
            {
              path: paths.adminDocuments.pattern,
              lazy: lazy(async () => {
                const m = await import('./routes/admin-documents-page');
                return { ...m, Component: m.AdminDocumentsPage };
              }),
            },
            {
              path: paths.adminFigures.pattern,
              lazy: lazy(async () => {
                const m = await import('./routes/admin-figures-page');
                return { ...m, Component: m.AdminFiguresPage };
              }),
            },
          ],
        },
        {
          path: paths.auditLog.pattern,
          lazy: lazy(async () => {
            const m = await import('./routes/audit-log-page');
            return { ...m, Component: m.AuditLogPage };
          }),
        },
        {
          path: paths.search.pattern,
          lazy: lazy(async () => {
            const m = await import('./routes/search-page');
            return { ...m, Component: m.SearchPage };
          }),
        },
        {
          path: paths.privacy.pattern,
          lazy: lazy(async () => {
            const m = await import('./routes/privacy-page');
            return { ...m, Component: m.PrivacyPage };
          }),
        },
        {
          path: paths.signIn.pattern,
          lazy: lazy(async () => {
            const m = await import('./routes/sign-in-page');
            return { ...m, Component: m.SignInPage };
          }),
        },
        {
          path: paths.signUp.pattern,
          lazy: lazy(async () => {
            const m = await import('./routes/sign-up-page');
            return { ...m, Component: m.SignUpPage };
          }),
        },
        {
          path: paths.forgotPassword.pattern,
          lazy: lazy(async () => {
            const m = await import('./routes/forgot-password-page');
            return { ...m, Component: m.ForgotPasswordPage };
          }),
        },
        {
          path: paths.resetPassword.pattern,
          lazy: lazy(async () => {
            const m = await import('./routes/reset-password-page');
            return { ...m, Component: m.ResetPasswordPage };
          }),
        },
        {
          path: paths.authConfirm.pattern,
          lazy: lazy(async () => {
            const m = await import('./routes/auth-confirm-page');
            return { ...m, Component: m.AuthConfirmPage };
          }),
        },
        {
          path: paths.authReturn.pattern,
          lazy: lazy(async () => {
            const m = await import('./routes/auth-return-page');
            return { ...m, Component: m.AuthReturnPage };
          }),
        },
        {
          path: paths.profile.pattern,
          lazy: lazy(async () => {
            const m = await import('./routes/profile-page');
            return { ...m, Component: m.ProfilePage };
          }),
        },
        {
          path: '*',
          lazy: lazy(async () => {
            const m = await import('./routes/not-found-page');
            return { ...m, Component: m.NotFoundPage };
          }),
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(appRoutes(queryClient));
}

/** For tests: the same routes in memory, starting at `initialPath`. */
export function createTestRouter(queryClient: QueryClient, initialPath: string) {
  return createMemoryRouter(appRoutes(queryClient), { initialEntries: [initialPath] });
}
