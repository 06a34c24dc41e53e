// The mails Supabase Auth (GoTrue) sends with e-mail confirmation on: a one-time token in auth.users, a link in
// the mail, at most one mail per address and kind a minute (SMTP max frequency). The embedded backend cannot send
// mail, so the mail goes to the outbox the app shows (outbox.ts), with the link the project's mail template has
// (docs: /auth/bevestigen?token_hash=…&type=…&next=…).
import type { PGliteInterface } from '@electric-sql/pglite';
import * as store from './auth-store';
import type { MailKind, OutboxMail } from './outbox';

/** Supabase's default SMTP max frequency: one mail of a kind per address per 60 s. */
export const MAX_FREQUENCY_SECONDS = 60;
export const CONFIRM_PATH = '/auth/bevestigen';

export type Deliver = (mail: Omit<OutboxMail, 'id' | 'sentAt'>) => void;
export type MailerOptions = { siteUrl: string; deliver: Deliver };

const TOKEN_OF: Record<MailKind, store.TokenKind> = {
  signup: 'confirmation',
  invite: 'confirmation',
  recovery: 'recovery',
  magiclink: 'recovery',
  email_change: 'email_change',
};

/** Where the landing page goes after verifyOtp when the request named no redirect (contract: account URLs). */
const DEFAULT_NEXT: Record<MailKind, string> = {
  signup: '/',
  invite: '/',
  magiclink: '/',
  recovery: '/wachtwoord-herstellen',
  email_change: '/profiel',
};

const isPath = (path: string | null): path is string =>
  !!path && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');

/** `redirect_to` (emailRedirectTo / redirectTo) as a path, if it is on this site; GoTrue also ignores a redirect
 *  that is not in its allow list. */
function nextPath(redirectTo: string | null, kind: MailKind, siteUrl: string): string {
  if (!redirectTo) return DEFAULT_NEXT[kind];
  try {
    const url = new URL(redirectTo, siteUrl);
    if (url.origin !== new URL(siteUrl).origin) return DEFAULT_NEXT[kind];
    if (url.pathname === CONFIRM_PATH) {
      const next = url.searchParams.get('next');
      return isPath(next) ? next : DEFAULT_NEXT[kind];
    }
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return DEFAULT_NEXT[kind];
  }
}

function otp(): string {
  return String(crypto.getRandomValues(new Uint32Array(1))[0]! % 1_000_000).padStart(6, '0');
}

/** null when a mail may go now; otherwise the whole seconds left, as GoTrue words it. */
function secondsLeft(sentAtMs: number | null): number | null {
  const left = sentAtMs === null ? 0 : sentAtMs + MAX_FREQUENCY_SECONDS * 1000 - Date.now();
  return left > 0 ? Math.floor(left / 1000) : null;
}

export function createMailer(db: PGliteInterface, options: MailerOptions) {
  /** Requests that send nothing (an unknown address, an already confirmed one) are limited the same way, so a 429
   *  tells nobody whether an address has an account. Per page; GoTrue itself limits only real users. */
  const quiet = new Map<string, number>();

  return {
    /** Seconds until this user may be sent a `kind` mail again, or null: now. */
    wait(user: store.UserRecord, kind: MailKind): number | null {
      const sentAt = user[store.sentAtOf(TOKEN_OF[kind])];
      return secondsLeft(sentAt ? Date.parse(sentAt) : null);
    },

    /** The same limit for a request that sends nothing; when allowed, its minute starts now. */
    quietly(address: string, kind: MailKind): number | null {
      const key = `${kind}:${address.toLowerCase()}`;
      const left = secondsLeft(quiet.get(key) ?? null);
      if (left === null) quiet.set(key, Date.now());
      return left;
    },

    /** Stores a new token (replacing an older one, as GoTrue does) and delivers the mail with its link. `to` is the
     *  new address for an e-mail change. Check `wait` first. */
    async send(user: store.UserRecord, kind: MailKind, redirectTo: string | null, to = user.email): Promise<void> {
      const tokenHash = await store.storeToken(db, user.id, TOKEN_OF[kind], to, otp());
      const link = new URL(CONFIRM_PATH, options.siteUrl);
      link.search = new URLSearchParams({
        token_hash: tokenHash,
        type: kind,
        next: nextPath(redirectTo, kind, options.siteUrl),
      }).toString();
      options.deliver({ to, kind, link: link.href });
    },
  };
}
export type Mailer = ReturnType<typeof createMailer>;
