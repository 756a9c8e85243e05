// Shared set-up for the list server tests: a server on a random port over a temp directory, the
// real PnPjs client per user, and readers for SharePoint-shaped errors.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SPFI } from '@pnp/sp';
import { startListServer, type ListServerHandle, type ListServerOptions } from '../../src/server';
import { localSp, type LocalSpOptions } from '../kits/localSp';

export const ADMIN = 'admin@frontline.test';

export interface TestServer {
  srv: ListServerHandle;
  dir: string;
  admin: SPFI;
  as(user: string, options?: LocalSpOptions): SPFI;
  /** Closes the server and removes its data directory unless `keepData`. */
  stop(keepData?: boolean): Promise<void>;
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sp-local-'));
}

export async function startTestServer(options: ListServerOptions = {}, dir = tempDir()): Promise<TestServer> {
  const srv = await startListServer({ port: 0, dataDir: dir, siteAdmins: [ADMIN], ...options });
  return {
    srv,
    dir,
    admin: localSp(srv.url, ADMIN),
    as: (user, o) => localSp(srv.url, user, o),
    stop: async (keepData = false) => {
      await srv.close();
      if (!keepData) fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

export interface SpErrorInfo {
  status: number;
  code: string;
  message: string;
}

/** Awaits a PnPjs call that must fail and returns the SharePoint error it carried. */
export async function spError(p: Promise<unknown>): Promise<SpErrorInfo> {
  try {
    await p;
  } catch (e) {
    const err = e as { status?: number; message?: string };
    const text = (err.message ?? '').split('::> ')[1] ?? '{}';
    const body = JSON.parse(text) as { 'odata.error'?: { code: string; message: { value: string } } };
    return {
      status: err.status ?? 0,
      code: body['odata.error']?.code ?? '',
      message: body['odata.error']?.message.value ?? ''
    };
  }
  throw new Error('expected the call to fail');
}

/** Raw HTTP for the malformed requests PnPjs cannot send. */
export async function raw(
  srv: ListServerHandle,
  apiPath: string,
  init: { method?: string; headers?: Record<string, string>; body?: string; user?: string | null } = {}
): Promise<{ status: number; headers: Headers; text: string; json: () => unknown }> {
  const headers: Record<string, string> = { Accept: 'application/json', ...(init.headers ?? {}) };
  if (init.user !== null) headers['X-Frontline-User'] = init.user ?? ADMIN;
  const res = await fetch(`${srv.url}/_api/${apiPath}`, { method: init.method ?? 'GET', headers, body: init.body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}

/** Creates a list with fields through PnPjs, the way provisioning does. */
export async function provision(
  sp: SPFI,
  title: string,
  add: (fields: ReturnType<SPFI['web']['lists']['getByTitle']>['fields']) => Promise<unknown>
): Promise<void> {
  await sp.web.lists.ensure(title);
  await add(sp.web.lists.getByTitle(title).fields);
}
