// The web part's client for the Frontline service's findings API. It takes only a fetch function:
// SPFx's AadHttpClient (a token for the API on a tenant) or the browser's fetch with the local
// identity header. Error answers become the same domain errors core throws, so the form shows a
// validation error or a stale-ETag conflict exactly as it would from core in-process.
import { AccessDeniedError, ConflictError, DomainError, NotFoundError } from '../../core/errors';
import { ValidationError } from '../../core/services/errors';
import type { FieldMessage } from '../../core/forms';
import { draftPath, submitPath, type DraftResponse, type FindingsRequestBody, type SubmitResponse } from './contract';

/** The smallest thing both AadHttpClient.fetch (bound to a configuration) and window.fetch offer. */
export type ApiFetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string }
) => Promise<{ status: number; ok: boolean; json(): Promise<unknown> }>;

export interface FindingsApi {
  saveDraft(visitId: number, body: FindingsRequestBody): Promise<DraftResponse>;
  submit(visitId: number, body: FindingsRequestBody): Promise<SubmitResponse>;
}

interface ErrorReply {
  error?: { code?: string; message?: string; errors?: FieldMessage[]; warnings?: FieldMessage[] };
}

export function toDomainError(status: number, reply: ErrorReply, mode: 'draft' | 'submit'): Error {
  const e = reply.error ?? {};
  const message = e.message || `The Frontline service answered ${status}.`;
  // Core's field errors: 422 from the findings API, 400 from the requests API (bad input there).
  if ((status === 422 || status === 400) && e.errors) return new ValidationError(e.errors, e.warnings ?? [], mode);
  if (status === 401 || status === 403) return new AccessDeniedError(message);
  if (status === 404 && e.code === 'NotFound') return new NotFoundError(message);
  if (status === 409 && e.code === 'Conflict') return new ConflictError(message);
  return new DomainError(e.code || 'ServiceError', message);
}

/** POSTs JSON to the service and returns its answer, or throws the domain error it stands for. */
export async function postToService<T>(
  fetch: ApiFetch,
  baseUrl: string,
  path: string,
  body: unknown,
  mode: 'draft' | 'submit',
  offline: string
): Promise<T> {
  let reply: Awaited<ReturnType<ApiFetch>>;
  try {
    reply = await fetch(baseUrl.replace(/\/$/, '') + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body)
    });
  } catch {
    throw new DomainError('Offline', offline);
  }
  const json = (await reply.json().catch(() => ({}))) as T & ErrorReply;
  if (!reply.ok) throw toDomainError(reply.status, json, mode);
  return json;
}

const OFFLINE =
  'The Frontline service could not be reached. Your answers are still on this page: try again in a moment.';

export class HttpFindingsApi implements FindingsApi {
  /** `baseUrl`: the service's origin, e.g. https://frontline-bot.azurewebsites.net ('' = same origin). */
  public constructor(
    private readonly fetch: ApiFetch,
    private readonly baseUrl: string
  ) {}

  public saveDraft(visitId: number, body: FindingsRequestBody): Promise<DraftResponse> {
    return postToService<DraftResponse>(this.fetch, this.baseUrl, draftPath(visitId), body, 'draft', OFFLINE);
  }

  public submit(visitId: number, body: FindingsRequestBody): Promise<SubmitResponse> {
    return postToService<SubmitResponse>(this.fetch, this.baseUrl, submitPath(visitId), body, 'submit', OFFLINE);
  }
}
