import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorState } from '@/components/ui/error-state';
import { AppError } from '@/lib/supabase/unwrap';
import { renderWithApp } from '../utils/render';

test('forbidden: says you lack the rights, with the server text, and offers no pointless retry', () => {
  renderWithApp(
    <ErrorState
      error={new AppError('forbidden', 'Je hebt geen rechten om dit gebied te bewerken.')}
      onRetry={() => {}}
    />,
  );
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('Je hebt geen rechten om dit te doen.');
  expect(alert).toHaveTextContent('Je hebt geen rechten om dit gebied te bewerken.');
  expect(screen.queryByRole('button')).not.toBeInTheDocument();
});

test('not found: the 404 text and the server detail', () => {
  renderWithApp(<ErrorState error={new AppError('not_found', 'Gebied niet gevonden.')} />);
  expect(screen.getByRole('alert')).toHaveTextContent('Dit hebben we niet kunnen vinden.Gebied niet gevonden.');
});

test('anything else: a general message (no internals) and a retry button', async () => {
  const onRetry = vi.fn();
  renderWithApp(<ErrorState error={new Error('TypeError: x is undefined')} onRetry={onRetry} />);
  expect(screen.getByRole('alert')).toHaveTextContent('Er ging iets mis bij het laden.');
  expect(screen.getByRole('alert')).not.toHaveTextContent('TypeError');
  await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
  expect(onRetry).toHaveBeenCalledOnce();
});
