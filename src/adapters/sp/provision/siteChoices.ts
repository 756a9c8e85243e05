// Choices that are the council's configuration (FieldDef.choicesFrom): provisioning reads them from
// the site's Process Settings, so the committee fields offer the council's own committees. Only
// provisioning writes the schema; nobody needs write on a field at run time.
import type { SPFI } from '@pnp/sp';
import {
  FRONTLINE_2025_SETTINGS,
  describeErrors,
  validateSettings,
  type ProcessSettings
} from '../../../core/settings';
import type { ListDef } from '../../../lists/schema';
import { LIST } from '../../../lists/schema';
import { SpSettingsStore } from '../settingsStore';

export interface SiteChoices {
  committees: string[];
  /** What provisioning should report about where they came from (only when the settings are bad). */
  notes: string[];
}

/**
 * The site's committees: the Process Settings item's when it holds good settings, else the defaults
 * provisioning writes (a new site), or the same defaults when the item is bad — what the service
 * runs with until an officer fixes it.
 */
export async function siteChoices(sp: SPFI, defaults: ProcessSettings = FRONTLINE_2025_SETTINGS): Promise<SiteChoices> {
  let stored: string | undefined;
  try {
    stored = (await new SpSettingsStore(sp).read())?.settings;
  } catch {
    // No Process Settings list yet: a new site, or one provisioned before schema 5.
    stored = undefined;
  }
  if (stored === undefined) return { committees: [...defaults.committees], notes: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored) as unknown;
  } catch {
    parsed = undefined;
  }
  const result = validateSettings(parsed);
  if (result.ok) return { committees: result.settings.committees, notes: [] };
  const why = parsed === undefined ? 'Settings: not JSON' : describeErrors(result.errors);
  return {
    committees: [...defaults.committees],
    notes: [`${LIST.settings}: not valid (${why}); committee choices taken from the defaults (${defaults.id})`]
  };
}

/** The lists with every `choicesFrom: 'committees'` field given the site's committees as choices too. */
export function withSiteChoices(lists: readonly ListDef[], choices: SiteChoices): ListDef[] {
  return lists.map((list) =>
    list.fields.some((f) => f.choicesFrom)
      ? {
          ...list,
          fields: list.fields.map((f) =>
            f.choicesFrom === 'committees'
              ? { ...f, choices: Array.from(new Set([...(f.choices ?? []), ...choices.committees])) }
              : f
          )
        }
      : list
  );
}
