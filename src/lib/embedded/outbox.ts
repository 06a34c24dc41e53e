// The embedded backend sends no e-mail: every mail its GoTrue "sends" (sign-up confirmation, password reset, e-mail
// change) lands here, in this page, and the app shows it marked as an example (components/demo-mail). The last few
// are kept in sessionStorage, so following a link or reloading the tab keeps them. No PGlite here: the component
// imports this module without pulling in the database.

export type MailKind = 'signup' | 'recovery' | 'email_change' | 'invite' | 'magiclink';
export type OutboxMail = { id: string; to: string; kind: MailKind; link: string; sentAt: string };

const KEY = 'agendakaart.voorbeeld-mail';
const KEEP = 5;

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage blocked: the outbox still works for this page
  }
}

function load(): OutboxMail[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as OutboxMail[]).filter((m) => m && typeof m.link === 'string') : [];
  } catch {
    return [];
  }
}

let mails: readonly OutboxMail[] = load();
const listeners = new Set<() => void>();

function set(next: readonly OutboxMail[]): void {
  mails = next;
  try {
    storage()?.setItem(KEY, JSON.stringify(next));
  } catch {
    // quota full: this page still shows them
  }
  for (const listener of listeners) listener();
}

/** Newest first. The same array until the outbox changes (useSyncExternalStore). */
export function outboxMails(): readonly OutboxMail[] {
  return mails;
}

export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function deliverMail(mail: Omit<OutboxMail, 'id' | 'sentAt'>): OutboxMail {
  const sent = { ...mail, id: crypto.randomUUID(), sentAt: new Date().toISOString() };
  set([sent, ...mails].slice(0, KEEP));
  return sent;
}

export function dismissMail(id: string): void {
  set(mails.filter((m) => m.id !== id));
}
