// Small helpers shared by the handlers.
import { Ctx } from '../http/context';
import { errors } from '../http/odataErrors';
import { Segment } from '../http/pathParser';
import { nowIso } from '../store/time';

/** Refuses methods the resource does not support, with SharePoint's 405 message. */
export function allow(ctx: Ctx, resource: string, ...methods: string[]): void {
  if (!methods.includes(ctx.method)) throw errors.methodNotAllowed(ctx.method, resource);
}

/** Refuses trailing segments nobody handles (SharePoint's "Cannot find resource"). */
export function end(tail: Segment[]): void {
  if (tail.length > 0) throw errors.resourceNotFound(tail[0].raw);
}

/** IF-Match check: "*", a missing header, or the current ETag ("3", W/"3" and bare 3 accepted). */
export function checkEtag(ctx: Ctx, current: string): void {
  const raw = ctx.headers['if-match'];
  if (raw === undefined || raw.trim() === '' || raw.trim() === '*') return;
  const strip = (s: string): string => s.trim().replace(/^W\//i, '').replace(/^"|"$/g, '');
  if (strip(raw) !== strip(current)) throw errors.etagMismatch(raw.trim(), current);
}

export const now = nowIso;

/** True for the write verbs that replace or merge a resource. */
export const isUpdate = (m: string): boolean => m === 'MERGE' || m === 'PATCH' || m === 'PUT';

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
