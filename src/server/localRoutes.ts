// /_local/…: the local-only endpoints outside the site. Health is open; fault injection, which can
// make the site answer 429/503 or slow down for every caller, needs a site collection administrator.
import { FaultInjector } from './faults';
import { Reply, errorReply } from './http/context';
import { SpError, errors } from './http/odataErrors';
import { FaultOptions } from './options';
import { resolveCaller } from './security/identity';
import { Store } from './store/store';

export interface LocalDeps {
  store: Store;
  faults: FaultInjector;
  sitePath: string;
  defaultUser?: string;
}

export interface LocalRequest {
  method: string;
  pathname: string;
  headers: Record<string, string>;
  body: string;
}

const json = (status: number, v: unknown): Reply => ({
  status,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(v)
});

const adminsOnly = (): SpError =>
  new SpError(
    403,
    '-2147024891, System.UnauthorizedAccessException',
    'Access denied. Only site collection administrators (the siteAdmins option) may read or change fault injection.'
  );

export function localRoute(req: LocalRequest, deps: LocalDeps): Reply {
  if (req.pathname === '/_local/health') return json(200, { ok: true, site: deps.sitePath });
  if (req.pathname !== '/_local/faults')
    return json(404, { error: 'unknown local endpoint; there are /_local/health and /_local/faults' });
  try {
    if (!resolveCaller(deps.store, req.headers, deps.defaultUser).isSiteAdmin) throw adminsOnly();
  } catch (e) {
    return errorReply(e instanceof SpError ? e : errors.unauthenticated(), 'minimal');
  }
  const faults = deps.faults;
  if (req.method === 'GET') return json(200, { ...faults.current(), stats: faults.stats });
  if (req.method !== 'POST') return json(405, { error: 'use GET or POST' });
  try {
    const parsed: unknown = req.body.trim() === '' ? {} : JSON.parse(req.body);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      return json(400, { error: 'the body must be a JSON object of fault settings' });
    const { replace, ...f } = parsed as FaultOptions & { replace?: boolean };
    return json(200, faults.set(f, replace === true));
  } catch (e) {
    return json(400, { error: e instanceof Error ? e.message : String(e) });
  }
}
