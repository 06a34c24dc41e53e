import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { ErrorState } from './error-state';
import { Skeleton } from './skeleton';

type PanelBoundaryProps = { children: ReactNode; fallback?: ReactNode };

/** Loading and error handling for one panel, so a broken panel never blanks the rest of the page. */
export function PanelBoundary({ children, fallback }: PanelBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallbackRender={({ error, resetErrorBoundary }) => <ErrorState error={error} onRetry={resetErrorBoundary} />}
        >
          <Suspense fallback={fallback ?? <Skeleton />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
