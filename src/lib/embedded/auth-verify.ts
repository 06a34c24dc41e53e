// POST /verify as GoTrue answers it (internal/api/verify.go): a mail's token_hash, or the address and its 6-digit
// code, plus the type; a session for the user it confirms. Each token works once and for an hour.
import type { PGliteInterface } from '@electric-sql/pglite';
import * as store from './auth-store';
import type { AuthError } from './gotrue';

type VerifyBody = { type?: unknown; token?: unknown; token_hash?: unknown; email?: unknown; phone?: unknown };
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Which token columns a verification type may match, in GoTrue's order. */
const TOKENS: Record<string, store.TokenKind[]> = {
  signup: ['confirmation'],
  invite: ['confirmation'],
  recovery: ['recovery'],
  magiclink: ['recovery'],
  email_change: ['email_change'],
  email: ['confirmation', 'recovery'],
};

/** The verified user's id, or GoTrue's error answer. */
export async function verifyEmailToken(
  db: PGliteInterface,
  body: VerifyBody,
  fail: AuthError,
): Promise<{ userId: string } | { error: Response }> {
  const type = text(body.type);
  const token = text(body.token);
  const email = text(body.email).toLowerCase();
  let tokenHash = text(body.token_hash);
  const error = (status: number, code: string, message: string) => ({ error: fail(status, code, message) });
  if (!type) return error(400, 'validation_failed', 'Verify requires a verification type');
  if (!token === !tokenHash) return error(400, 'validation_failed', 'Verify requires either a token or a token hash');
  if (tokenHash && (email || text(body.phone))) {
    return error(400, 'validation_failed', 'Only the token_hash and type should be provided');
  }
  if (token) {
    if (!email || text(body.phone)) {
      return error(400, 'validation_failed', 'Only an email address or phone number should be provided on verify');
    }
    tokenHash = await store.tokenHashOf(db, email, token);
  }
  const kinds = TOKENS[type];
  if (!kinds) return error(400, 'validation_failed', 'Invalid email verification type');
  // a link's hash that matches nothing, or has expired: GoTrue's verifyTokenHash; a typed code: verifyUserAndToken
  const expired = () =>
    token
      ? error(403, 'otp_expired', 'Token has expired or is invalid')
      : error(403, 'otp_expired', 'Email link is invalid or has expired');
  for (const kind of kinds) {
    const found = await store.findByToken(db, kind, tokenHash);
    if (!found) continue;
    if (found.expired) return expired();
    return (await store.consumeToken(db, kind, found.id, tokenHash)) ? { userId: found.id } : expired();
  }
  return expired();
}
