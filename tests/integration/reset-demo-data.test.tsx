import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResetDemoData } from '@/features/auth/components/reset-demo-data';
import { renderWithApp } from '../utils/render';

const reset = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock('@/lib/supabase/client', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  resetDemoData: reset,
}));

test('resetting the demo data asks first, keeps keyboard focus in place, and reports the result', async () => {
  const user = userEvent.setup();
  renderWithApp(<ResetDemoData />);
  await user.click(screen.getByRole('button', { name: 'Demogegevens herstellen' }));
  expect(screen.getByRole('group', { name: 'Bevestig het herstellen' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Ja, alles terugzetten' })).toHaveFocus();

  await user.click(screen.getByRole('button', { name: 'Annuleren' }));
  expect(screen.getByRole('button', { name: 'Demogegevens herstellen' })).toHaveFocus();
  expect(reset).not.toHaveBeenCalled();

  await user.click(screen.getByRole('button', { name: 'Demogegevens herstellen' }));
  await user.click(screen.getByRole('button', { name: 'Ja, alles terugzetten' }));
  expect(await screen.findByText('De demogegevens zijn hersteld.')).toBeInTheDocument();
  expect(reset).toHaveBeenCalledOnce();
});
