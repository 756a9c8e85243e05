// Turns PnPjs HTTP errors into the domain errors callers can show. A stale ETag is a conflict the
// officer resolves by reloading; nothing is ever silently overwritten.
import { AccessDeniedError, ConflictError, DomainError, NotFoundError } from '../../core/errors';

interface HttpLike {
  status?: number;
  response?: { status?: number };
  message?: string;
  isHttpRequestError?: boolean;
}

export class DuplicateValueError extends DomainError {
  public constructor(message: string) {
    super('Duplicate', message);
    this.name = 'DuplicateValueError';
  }
}

export function statusOf(e: unknown): number | undefined {
  const err = e as HttpLike;
  return err?.status ?? err?.response?.status;
}

/** SharePoint's message from an odata.error body, when PnPjs kept it in the error text. */
export function spMessage(e: unknown): string {
  const text = (e as HttpLike)?.message ?? String(e);
  const match = /"value"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(text);
  return match ? JSON.parse(`"${match[1]}"`) : text;
}

export function isDuplicateValue(e: unknown): boolean {
  return /already exists|duplicate value|unique values/i.test(spMessage(e));
}

/** Maps an error from a list call on `what` (e.g. "visit 12") to a domain error, or rethrows. */
export function mapSpError(e: unknown, what: string): never {
  if (e instanceof DomainError) throw e;
  const status = statusOf(e);
  if (status === 412) {
    throw new ConflictError(
      `Someone else changed ${what} since it was opened. Reload it to see their change, then try again.`
    );
  }
  if (status === 404) throw new NotFoundError(`${capital(what)} was not found, or you may not see it.`);
  if (status === 401 || status === 403) throw new AccessDeniedError(`You do not have permission to change ${what}.`);
  if (isDuplicateValue(e)) throw new DuplicateValueError(`${capital(what)} already exists.`);
  throw e;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
