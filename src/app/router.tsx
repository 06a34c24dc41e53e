import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { AppLoading } from './routes/app-loading';
import { RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';

export function appRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <RootLayout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <AppLoading />,
      children: [
        {
          lazy: async () => {
            const m = await import('./routes/map-layout');
            return { Component: m.MapLayout, loader: m.loader(queryClient) };
          },
          children: [
            {
              path: paths.home.pattern,
              lazy: async () => ({ Component: (await import('./routes/home-page')).HomePage }),
            },
            {
              path: paths.area.pattern,
              lazy: async () => {
                const m = await import('./routes/area-page');
                return { Component: m.AreaPage, loader: m.loader(queryClient) };
              },
            },
          ],
        },
        {
          path: paths.signIn.pattern,
          lazy: async () => ({ Component: (await import('./routes/sign-in-page')).SignInPage }),
        },
        {
          path: paths.signUp.pattern,
          lazy: async () => ({ Component: (await import('./routes/sign-up-page')).SignUpPage }),
        },
        { path: '*', lazy: async () => ({ Component: (await import('./routes/not-found-page')).NotFoundPage }) },
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
