import { safeNext } from './model';

// Where to go after a sign-in that leaves the app (OAuth / SSO): kept in this tab while the identity provider has it.
const KEY = 'agendakaart.inloggen.terug';

export function rememberReturnPath(path: string): void {
  sessionStorage.setItem(KEY, safeNext(path));
}

/** The remembered path, or the start page (the next SSO sign-in overwrites it). */
export function returnPath(): string {
  return safeNext(sessionStorage.getItem(KEY));
}
