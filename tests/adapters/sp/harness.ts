// A provisioned local list server per test file: the real server, on a free port, in a temp dir.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import { startListServer, type ListServerHandle, type ListServerOptions } from '../../../src/server';
import { nodeSp } from '../../../src/node/sp';
import { LOCAL_ADMIN } from '../../../src/node/connection';
import { provision, type ProvisionReport } from '../../../src/adapters/sp/provision/provision';
import { DEFAULT_PERMISSION_PLAN } from '../../../src/adapters/sp/provision/permissions';
import { SpCouncillorRepository } from '../../../src/adapters/sp/repositories';
import { LIST } from '../../../src/lists/schema';
import type { ProcessSettings } from '../../../src/core/settings';

export const OFFICER = 'officer@example.gov.uk';

export interface Site {
  url: string;
  dataDir: string;
  server: ListServerHandle;
  /** @pnp/sp acting as `user` (default: the site admin, standing in for the app-only principal). */
  sp(user?: string, retries?: number): SPFI;
  provisionReport: ProvisionReport;
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** `defaults`: the process settings provisioning writes to the new site (default: the 2025 preset). */
export async function startSite(options: ListServerOptions = {}, defaults?: ProcessSettings): Promise<Site> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-sp-'));
  const serverOptions: ListServerOptions = { port: 0, dataDir, siteAdmins: [LOCAL_ADMIN], ...options };
  let server = await startListServer(serverOptions);
  const site: Site = {
    url: server.url,
    dataDir,
    server,
    sp: (user = LOCAL_ADMIN, retries = 6) => nodeSp(site.url, { kind: 'local', user }, { retries }),
    provisionReport: { fromVersion: 0, toVersion: 0, changes: [] },
    restart: async () => {
      await server.close();
      server = await startListServer({ ...serverOptions, port: Number(new URL(site.url).port) });
      site.server = server;
    },
    close: async () => {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  };
  site.provisionReport = await provision(site.sp(), { ...DEFAULT_PERMISSION_PLAN, officers: [OFFICER] }, defaults);
  return site;
}

/**
 * A provisioned site put back to an older schema version, as provisioning at that version left it:
 * the lists added since are deleted and the old version recorded. One councillor is added, so the
 * upgrade tests can show existing items are kept.
 */
export async function siteAtVersion(version: number, addedSince: string[]): Promise<Site> {
  const site = await startSite();
  for (const title of addedSince) await site.sp().web.lists.getByTitle(title).delete();
  const items = site.sp().web.lists.getByTitle(LIST.schema).items;
  const [item] = (await items.select('Id')()) as { Id: number }[];
  await items.getById(item.Id).update({ SchemaVersion: version });
  await new SpCouncillorRepository(site.sp()).add({
    name: 'Cllr Kept',
    email: 'kept@example.gov.uk',
    committees: [],
    secondVisitVolunteer: false,
    active: true
  });
  return site;
}

/** Puts `email` in the site's Owners group (Full Control): the one kind of person who can still edit workflow items by hand. */
export async function addSiteOwner(site: Site, email: string): Promise<void> {
  const user = (await site.sp().web.ensureUser(email)) as unknown as { LoginName: string };
  await site.sp().web.siteGroups.getByName('Frontline Visits Owners').users.add(user.LoginName);
}

/** One provisioned site for a test file's suites, started before them and closed after: `site()` reads it. */
export function siteForFile(): () => Site {
  let site: Site | undefined;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => site?.close());
  return () => {
    if (!site) throw new Error('The local list server has not started.');
    return site;
  };
}
