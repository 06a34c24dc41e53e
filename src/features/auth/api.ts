import type { AuthError, Provider } from '@supabase/supabase-js';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { SsoConfig } from '@/config/env';
import { paths } from '@/config/paths';
import { resetDemoData, supabase } from '@/lib/supabase/client';
import { unwrap, unwrapMaybe } from '@/lib/supabase/unwrap';
import type { LinkType, Me } from './model';
import { rememberReturnPath } from './return-path';
import type { SignInValues, SignUpValues } from './schemas';
import { IN_PLACE } from '@/lib/mutation-meta';

export class AuthFailure extends Error {
  constructor(
    readonly code: string | undefined,
    message: string,
    /** weak_password: why GoTrue refused it ('length', 'characters', 'pwned') */
    readonly reasons: string[] = [],
  ) {
    super(message);
  }
}

function fail(error: AuthError): never {
  const reasons = 'reasons' in error && Array.isArray(error.reasons) ? (error.reasons as string[]) : [];
  throw new AuthFailure(error.code, error.message, reasons);
}

/** An absolute URL of this app, for the links GoTrue mails and the redirects it makes. */
const appUrl = (path: string) => new URL(path, window.location.origin).toString();

/** The account as GoTrue knows it: the e-mail address waiting for confirmation, and how the person signs in. */
export type Account = { email: string; newEmail: string | null; provider: string };

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
  account: () =>
    queryOptions({
      queryKey: [...authQueries.all(), 'account'] as const,
      queryFn: async (): Promise<Account> => {
        const { data, error } = await supabase.auth.getUser();
        if (error) fail(error);
        const user = data.user;
        const provider = user.app_metadata.provider;
        return { email: user.email ?? '', newEmail: user.new_email ?? null, provider: provider ?? 'email' };
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
    meta: IN_PLACE,
    mutationFn: async ({ email, password }: SignInValues) => {
      const { error } = await supabase.auth.signInWithPassword({ email: email.trim(), password });
      if (error) fail(error);
    },
    onSuccess: refresh,
  });
}

/** `confirmationSent`: the project confirms e-mail addresses first (no session yet); otherwise signed in at once. */
export function useSignUp() {
  const refresh = useRefreshEverything();
  return useMutation({
    meta: IN_PLACE,
    mutationFn: async ({ email, password, displayName }: SignUpValues) => {
      const { data, error } = await supabase.auth.signUp({
        email: email.trim(),
        password,
        options: { data: { display_name: displayName.trim() }, emailRedirectTo: appUrl(paths.authConfirm.href('/')) },
      });
      if (error) fail(error);
      return { confirmationSent: !data.session, email: email.trim() };
    },
    onSuccess: async ({ confirmationSent }) => {
      if (!confirmationSent) await refresh();
    },
  });
}

export function useResendConfirmation() {
  return useMutation({
    meta: IN_PLACE,
    mutationFn: async (email: string) => {
      const { error } = await supabase.auth.resend({
        type: 'signup',
        email: email.trim(),
        options: { emailRedirectTo: appUrl(paths.authConfirm.href('/')) },
      });
      if (error) fail(error);
    },
  });
}

/** GoTrue answers the same whether or not the address has an account; so does the page. */
export function useRequestPasswordReset() {
  return useMutation({
    meta: IN_PLACE,
    mutationFn: async (email: string) => {
      const { error } = await supabase.auth.resetPasswordForEmail(email.trim(), {
        redirectTo: appUrl(paths.resetPassword.href()),
      });
      if (error && error.code !== 'user_not_found') fail(error);
    },
  });
}

// An e-mail link's token works once: a second verifyOtp (React StrictMode runs effects twice, a remount) would
// answer otp_expired after the first succeeded. So each token is sent once per page load and its answer shared.
const verifications = new Map<string, Promise<{ signedIn: boolean }>>();

export function useVerifyLink() {
  const refresh = useRefreshEverything();
  return useMutation({
    meta: IN_PLACE,
    mutationFn: ({ tokenHash, type }: { tokenHash: string; type: LinkType }) => {
      let verification = verifications.get(tokenHash);
      if (!verification) {
        verification = supabase.auth.verifyOtp({ token_hash: tokenHash, type }).then(({ data, error }) => {
          if (error) fail(error);
          return { signedIn: Boolean(data.session) };
        });
        verifications.set(tokenHash, verification);
      }
      return verification;
    },
    onSuccess: refresh,
  });
}

const exchanges = new Map<string, Promise<void>>();

/** The OAuth / SSO return with `?code=` (PKCE). supabase-js may have exchanged it already (detectSessionInUrl). */
export function useExchangeCode() {
  const refresh = useRefreshEverything();
  return useMutation({
    meta: IN_PLACE,
    mutationFn: (code: string) => {
      let exchange = exchanges.get(code);
      if (!exchange) {
        exchange = (async () => {
          if ((await supabase.auth.getSession()).data.session) return;
          const { error } = await supabase.auth.exchangeCodeForSession(code);
          if (error) fail(error);
        })();
        exchanges.set(code, exchange);
      }
      return exchange;
    },
    onSuccess: refresh,
  });
}

/** Off to the identity provider; it sends the person back to /auth/terugkeer, and from there to `returnTo`. */
export function useSsoSignIn() {
  return useMutation({
    meta: IN_PLACE,
    mutationFn: async ({ sso, returnTo }: { sso: SsoConfig; returnTo: string }) => {
      rememberReturnPath(returnTo);
      const redirectTo = appUrl(paths.authReturn.href());
      const { error } =
        sso.kind === 'oauth'
          ? await supabase.auth.signInWithOAuth({
              provider: sso.provider as Provider,
              options: { redirectTo, ...(sso.scopes ? { scopes: sso.scopes } : {}) },
            })
          : await supabase.auth.signInWithSSO({ domain: sso.domain, options: { redirectTo } });
      if (error) fail(error);
    },
  });
}

export function useUpdatePassword() {
  return useMutation({
    meta: IN_PLACE,
    mutationFn: async (password: string) => {
      const { error } = await supabase.auth.updateUser({ password });
      if (error) fail(error);
    },
  });
}

/** `pending`: the new address must confirm first (GoTrue then keeps it as new_email). */
export function useChangeEmail() {
  const qc = useQueryClient();
  return useMutation({
    meta: IN_PLACE,
    mutationFn: async (email: string) => {
      const { data, error } = await supabase.auth.updateUser(
        { email: email.trim() },
        { emailRedirectTo: appUrl(paths.authConfirm.href(paths.profile.href())) },
      );
      if (error) fail(error);
      return { email: email.trim(), pending: data.user.email?.toLowerCase() !== email.trim().toLowerCase() };
    },
    onSettled: () => qc.invalidateQueries({ queryKey: authQueries.all() }),
  });
}

export function useUpdateDisplayName() {
  const qc = useQueryClient();
  return useMutation({
    meta: IN_PLACE,
    mutationFn: async (displayName: string) =>
      unwrap(await supabase.rpc('update_profile', { p_display_name: displayName.trim() })) as Me,
    onSuccess: (me) => qc.setQueryData(authQueries.me().queryKey, me),
    // the name also shows on comments, proposals and in the header
    onSettled: () => qc.invalidateQueries(),
  });
}

export function useSignOut() {
  const refresh = useRefreshEverything();
  return useMutation({
    meta: IN_PLACE,
    mutationFn: async () => {
      const { error } = await supabase.auth.signOut();
      if (error) fail(error);
    },
    onSettled: refresh,
  });
}

export function useResetDemoData() {
  const refresh = useRefreshEverything();
  return useMutation({ meta: IN_PLACE, mutationFn: resetDemoData, onSettled: refresh });
}
