import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { StrictMode, type ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { i18n } from '@/i18n';

/** Any other path: shows where the app went, so a test can follow navigation. */
function Elsewhere() {
  const { pathname, search } = useLocation();
  return <p data-testid="location">{`${pathname}${search}`}</p>;
}

type Page = { path: string; element: ReactElement };

/** Renders route pages (without the app's header) in a memory router, in StrictMode like `npm run dev`. */
export function renderPages(pages: Page[], initialPath: string) {
  void i18n.changeLanguage('nl');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter([...pages, { path: '*', element: <Elsewhere /> }], {
    initialEntries: [initialPath],
  });
  const view = render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
  return { ...view, router, queryClient };
}
