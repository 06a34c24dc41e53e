// One error path for every request: { data, error } → data, or an AppError with a kind the UI can act on.
export type AppErrorKind = 'forbidden' | 'not_found' | 'conflict' | 'invalid' | 'unauthenticated' | 'unknown';

type ServerError = { code?: string; message: string };

const KIND: Record<string, AppErrorKind> = {
  '42501': 'forbidden',
  P0002: 'not_found',
  PGRST116: 'not_found',
  PGRST202: 'not_found',
  '23505': 'conflict',
  '23503': 'conflict',
  '23514': 'invalid',
  P0001: 'invalid',
  // the JWT could not be verified (301), anonymous access is off (302), or its claims are rejected, e.g. expired (303)
  PGRST301: 'unauthenticated',
  PGRST302: 'unauthenticated',
  PGRST303: 'unauthenticated',
};

export function kindOf(code: string | undefined): AppErrorKind {
  if (!code) return 'unknown';
  return KIND[code] ?? (code.startsWith('22') ? 'invalid' : 'unknown');
}

export class AppError extends Error {
  constructor(
    readonly kind: AppErrorKind,
    message: string,
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

export function toAppError(error: ServerError): AppError {
  return new AppError(kindOf(error.code), error.message, error.code, { cause: error });
}

export function unwrap<T>({ data, error }: { data: T | null; error: ServerError | null }): T {
  if (error) throw toAppError(error);
  if (data === null) throw new AppError('not_found', 'Geen gegevens gevonden.');
  return data;
}

/** For calls where "nothing" is a valid answer, such as me() for a visitor. */
export function unwrapMaybe<T>({ data, error }: { data: T | null; error: ServerError | null }): T | null {
  if (error) throw toAppError(error);
  return data;
}
