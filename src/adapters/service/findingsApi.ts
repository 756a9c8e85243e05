// The web part's client for the Frontline service's findings API. It takes only a fetch function:
// SPFx's AadHttpClient (a token for the API on a tenant) or the browser's fetch with the local
// identity header. Error answers become the same domain errors core throws, so the form shows a
// validation error or a stale-ETag conflict exactly as it would from core in-process.
import { AccessDeniedError, ConflictError, DomainError, NotFoundError } from '../../core/errors';
import { ValidationError } from '../../core/services/errors';
import type { FieldMessage } from '../../core/forms';
import { draftPath, submitPath, type DraftResponse, type FindingsRequestBody, type SubmitResponse } from './contract';

/** The smallest thing both AadHttpClient.fetch (bound to a configuration) and window.fetch offer. */
export type ApiFetch = (url: string, init: { method: 'POST'; headers: Record<string, string>; body: string }) => Promise<{ status: number; ok: boolean; json(): Promise<unknown> }>;

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
  if (status === 422 && e.errors) return new ValidationError(e.errors, e.warnings ?? [], mode);
  if (status === 401 || status === 403) return new AccessDeniedError(message);
  if (status === 404 && e.code === 'NotFound') return new NotFoundError(message);
  if (status === 409 && e.code === 'Conflict') return new ConflictError(message);
  return new DomainError(e.code || 'ServiceError', message);
}

export class HttpFindingsApi implements FindingsApi {
  /** `baseUrl`: the service's origin, e.g. https://frontline-bot.azurewebsites.net ('' = same origin). */
  public constructor(
    private readonly fetch: ApiFetch,
    private readonly baseUrl: string
  ) {}

  public saveDraft(visitId: number, body: FindingsRequestBody): Promise<DraftResponse> {
    return this.post<DraftResponse>(draftPath(visitId), body, 'draft');
  }

  public submit(visitId: number, body: FindingsRequestBody): Promise<SubmitResponse> {
    return this.post<SubmitResponse>(submitPath(visitId), body, 'submit');
  }

  private async post<T>(path: string, body: FindingsRequestBody, mode: 'draft' | 'submit'): Promise<T> {
    let reply: Awaited<ReturnType<ApiFetch>>;
    try {
      reply = await this.fetch(this.baseUrl.replace(/\/$/, '') + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body)
      });
    } catch {
      throw new DomainError('Offline', 'The Frontline service could not be reached. Your answers are still on this page: try again in a moment.');
    }
    const json = (await reply.json().catch(() => ({}))) as T & ErrorReply;
    if (!reply.ok) throw toDomainError(reply.status, json, mode);
    return json;
  }
}
