// Cross-origin callers. A SharePoint page calls SharePoint on its own origin, and the local
// workbench proxies the site onto its own origin too, so CORS is answered only for the origins in
// the `allowedOrigins` option. A page on any other origin gets no CORS headers (so it cannot read
// replies), its preflights are refused, and it cannot use the ambient identities a browser would
// attach for it (the frontline-user cookie, or the server's default user) even in a simple request.
import { SpError } from './odataErrors';
import { USER_HEADER } from '../security/identity';

export type OriginKind = 'none' | 'same' | 'allowed' | 'foreign';

export const normaliseOrigin = (o: string): string => o.trim().toLowerCase().replace(/\/+$/, '');

/** How the request's Origin relates to this server: absent, its own (per Host), allowed, or foreign. */
export function originKind(headers: Record<string, string>, allowed: string[]): OriginKind {
  const origin = headers.origin === undefined ? '' : normaliseOrigin(headers.origin);
  if (origin === '') return 'none';
  if (allowed.includes(origin)) return 'allowed';
  if (headers.host && origin === `http://${headers.host.trim().toLowerCase()}`) return 'same';
  return 'foreign';
}

export function corsHeaders(headers: Record<string, string>, kind: OriginKind): Record<string, string> {
  if (kind !== 'allowed') return {};
  return {
    'Access-Control-Allow-Origin': headers.origin.trim(),
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': headers['access-control-request-headers'] ?? '*',
    'Access-Control-Expose-Headers': 'ETag, Retry-After, SPRequestGuid',
    Vary: 'Origin'
  };
}

/**
 * Refuses a preflight from a foreign origin, and any request from one that would be served with an
 * ambient identity (no X-Frontline-User header, which a browser sends cross-origin only after a
 * preflight succeeds). Undefined when the request may go on.
 */
export function crossOriginRefusal(
  method: string,
  headers: Record<string, string>,
  kind: OriginKind,
  allowed: string[]
): SpError | undefined {
  if (kind !== 'foreign') return undefined;
  if (method !== 'OPTIONS' && (headers[USER_HEADER] ?? '').trim() !== '') return undefined;
  const list = allowed.length ? allowed.join(', ') : 'none configured';
  return new SpError(
    403,
    '-2147024891, System.UnauthorizedAccessException',
    `Cross-origin request from ${headers.origin} refused. Allowed origins: this server's own, and ${list} ` +
      '(the allowedOrigins option). Other origins get no CORS, and no identity from the frontline-user cookie ' +
      'or the default user.'
  );
}
