// Creates or upgrades every list and field on a site, idempotently and in schema-version order.
// The installed version lives in the hidden 'Frontline Schema' list, because a web property bag
// cannot be written over REST on no-script (modern) sites.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { LIST, LISTS, SCHEMA_VERSION, type ListDef } from '../../../lists/schema';
import { ensureFields } from './fields';
import { ensurePermissions, type PermissionPlan } from './permissions';
import { UPGRADE_STEPS } from './upgrades';
import { recordServiceUser } from '../integrity';
import { ensureDefaultSettings } from '../settingsStore';
import { siteChoices, withSiteChoices } from './siteChoices';
import type { ProcessSettings } from '../../../core/settings';

export { UPGRADE_STEPS, type UpgradeStep } from './upgrades';

export interface ProvisionReport {
  fromVersion: number;
  toVersion: number;
  changes: string[];
}

interface ListInfo {
  Title: string;
  Description: string;
  EnableVersioning: boolean;
  Hidden: boolean;
}

async function ensureList(sp: SPFI, def: ListDef): Promise<string[]> {
  const settings = { EnableVersioning: !!def.versioning, Hidden: !!def.hidden };
  let info: ListInfo | undefined;
  try {
    info = (await sp.web.lists
      .getByTitle(def.title)
      .select('Title', 'Description', 'EnableVersioning', 'Hidden')()) as ListInfo;
  } catch {
    info = undefined;
  }
  const differs =
    !info ||
    info.Description !== def.description ||
    info.EnableVersioning !== settings.EnableVersioning ||
    info.Hidden !== settings.Hidden;
  if (!differs) return [];
  const result = await sp.web.lists.ensure(def.title, def.description, 100, false, settings);
  return [`${def.title}: ${result.created ? 'created list' : 'updated list settings'}`];
}

async function installedVersion(sp: SPFI): Promise<number> {
  try {
    const items = (await sp.web.lists.getByTitle(LIST.schema).items.select('Id', 'SchemaVersion').top(1)()) as {
      SchemaVersion?: number;
    }[];
    return items.length ? Number(items[0].SchemaVersion ?? 0) : 0;
  } catch {
    return 0;
  }
}

async function recordVersion(sp: SPFI, version: number): Promise<void> {
  const items = sp.web.lists.getByTitle(LIST.schema).items;
  const existing = (await items.select('Id', 'SchemaVersion').top(1)()) as { Id: number; SchemaVersion?: number }[];
  if (existing.length) {
    if (Number(existing[0].SchemaVersion) !== version)
      await items.getById(existing[0].Id).update({ SchemaVersion: version });
  } else {
    await items.add({ Title: 'Frontline Visits schema', SchemaVersion: version });
  }
}

/**
 * Brings the site to SCHEMA_VERSION. Safe to run again: every step compares before it writes, and
 * a run that finds nothing to do reports no changes.
 */
/**
 * `defaults`: the process settings written once, on a site that has none (default: the 2025 preset);
 * their committees are the committee fields' choices until the site has settings of its own.
 */
export async function provision(
  sp: SPFI,
  permissions: PermissionPlan,
  defaults?: ProcessSettings
): Promise<ProvisionReport> {
  const fromVersion = await installedVersion(sp);
  if (fromVersion > SCHEMA_VERSION) {
    throw new Error(
      `This site has schema version ${fromVersion}, newer than this release (${SCHEMA_VERSION}). Upgrade Frontline Visits first.`
    );
  }
  // The committee fields offer the site's own committees (its settings, else the defaults written below).
  const choices = await siteChoices(sp, defaults);
  const changes: string[] = [...choices.notes];
  for (const def of withSiteChoices(LISTS, choices)) {
    changes.push(...(await ensureList(sp, def)));
    changes.push(...(await ensureFields(sp, def)));
  }
  for (const step of UPGRADE_STEPS.filter((s) => s.version > fromVersion && s.version <= SCHEMA_VERSION).sort(
    (a, b) => a.version - b.version
  )) {
    await step.run(sp, permissions);
    changes.push(`upgrade ${step.version}: ${step.description}`);
  }
  changes.push(...(await ensurePermissions(sp, LISTS, permissions)));
  // The 2025 defaults once: a council's own settings are never overwritten.
  changes.push(...(await ensureDefaultSettings(sp, defaults)));
  if (fromVersion !== SCHEMA_VERSION) {
    await recordVersion(sp, SCHEMA_VERSION);
    changes.push(`schema version ${fromVersion} -> ${SCHEMA_VERSION}`);
  }
  changes.push(...(await recordServiceUser(sp)));
  return { fromVersion, toVersion: SCHEMA_VERSION, changes };
}
