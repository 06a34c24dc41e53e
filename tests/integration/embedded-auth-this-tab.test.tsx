// "In dit tabblad inloggen als …" on the demo panel: the sign-in goes to this tab's sessionStorage, a normal one
// is shared (localStorage); a failed sign-in leaves the tab as it was.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DemoAccounts } from '@/features/auth/components/demo-accounts';
import { isSessionThisTabOnly, keepSessionInThisTab } from '@/lib/supabase/auth-storage';
import { renderWithApp } from '../utils/render';

const signIn = vi.hoisted(() => ({ fail: false, seen: [] as boolean[] }));
vi.mock('@/lib/supabase/client', async () => {
  const { isSessionThisTabOnly: thisTab } = await import('@/lib/supabase/auth-storage');
  const auth = {
    signInWithPassword: () => {
      signIn.seen.push(thisTab()); // where supabase-js would store the session at this moment
      return Promise.resolve(
        signIn.fail
          ? { data: { session: null }, error: { code: 'invalid_credentials', message: 'Invalid login credentials' } }
          : { data: { session: {} }, error: null },
      );
    },
  };
  return { supabase: { auth }, isEmbedded: true, resetDemoData: vi.fn() };
});

beforeEach(() => {
  signIn.fail = false;
  signIn.seen = [];
});

test('"In dit tabblad" signs in with the session kept in this tab; the plain button shares it again', async () => {
  const onSignedIn = vi.fn();
  renderWithApp(<DemoAccounts onSignedIn={onSignedIn} />);
  await userEvent.click(screen.getByRole('button', { name: 'In dit tabblad inloggen als Daan Bakker' }));
  await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
  expect(signIn.seen).toEqual([true]);
  expect(isSessionThisTabOnly()).toBe(true);

  await userEvent.click(screen.getByRole('button', { name: 'Inloggen als Fatima El Amrani' }));
  await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(2));
  expect(signIn.seen).toEqual([true, false]);
  expect(isSessionThisTabOnly()).toBe(false);
});

test('a failed sign-in leaves the tab as it was', async () => {
  signIn.fail = true;
  keepSessionInThisTab(false);
  renderWithApp(<DemoAccounts onSignedIn={vi.fn()} />);
  await userEvent.click(screen.getByRole('button', { name: 'In dit tabblad inloggen als Daan Bakker' }));
  expect(await screen.findByRole('alert')).toBeInTheDocument();
  expect(isSessionThisTabOnly()).toBe(false);
});
