import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { resetDemoData, supabase } from '@/lib/supabase/client';
import { unwrapMaybe } from '@/lib/supabase/unwrap';
import type { Me } from './model';
import type { SignInValues, SignUpValues } from './schemas';

export class AuthFailure extends Error {
  constructor(
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

export const authQueries = {
  all: () => ['auth'] as const,
  me: () =>
    queryOptions({
      queryKey: [...authQueries.all(), 'me'] as const,
      queryFn: async ({ signal }) => {
        // No session in this tab: a visitor, known without asking the server (the header shows at once).
        const { data } = await supabase.auth.getSession();
        if (!data.session) return null;
        return unwrapMaybe(await supabase.rpc('me').abortSignal(signal)) as Me | null;
      },
    }),
};

/** After a change of user every cached answer may differ (rights, can_edit): refetch all of it. */
function useRefreshEverything() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries();
}

export function useSignIn() {
  const refresh = useRefreshEverything();
  return useMutation({
    mutationFn: async ({ email, password }: SignInValues) => {
      const { error } = await supabase.auth.signInWithPassword({ email: email.trim(), password });
      if (error) throw new AuthFailure(error.code, error.message);
    },
    onSuccess: refresh,
  });
}

export function useSignUp() {
  const refresh = useRefreshEverything();
  return useMutation({
    mutationFn: async ({ email, password, displayName }: SignUpValues) => {
      const { error } = await supabase.auth.signUp({
        email: email.trim(),
        password,
        options: { data: { display_name: displayName.trim() } },
      });
      if (error) throw new AuthFailure(error.code, error.message);
    },
    onSuccess: refresh,
  });
}

export function useSignOut() {
  const refresh = useRefreshEverything();
  return useMutation({
    mutationFn: async () => {
      const { error } = await supabase.auth.signOut();
      if (error) throw new AuthFailure(error.code, error.message);
    },
    onSettled: refresh,
  });
}

export function useResetDemoData() {
  const refresh = useRefreshEverything();
  return useMutation({ mutationFn: resetDemoData, onSettled: refresh });
}
