// The composition root's one way to the process on the Node side: the site's Process Settings
// through the ProcessSource port, applied to the bot's and the sweep's deps at start-up, before
// each sweep and before each bot turn. The council's domains and contact come from the settings
// when set, else from the environment (FRONTLINE_COUNCIL_DOMAINS, FRONTLINE_CONTACT_EMAIL).
import type { SPFI } from '@pnp/sp';
import type { ProcessConfig } from '../core/config';
import { hasTemplate } from '../core/forms';
import type { CurrentProcess, ProcessSource } from '../core/ports/settings';
import { describeErrors } from '../core/settings';
import { createProcessSource, type ProcessSourceOptions } from '../core/settingsSource';
import { SpSettingsStore } from '../adapters/sp/settingsStore';
import type { Person } from '../bot/cards';

/** What the process decides in the bot's and the sweep's deps. */
export interface ProcessTarget {
  config: ProcessConfig;
  councilDomains?: readonly string[];
  contact: Person;
}

export interface ProcessFallbacks {
  /** Used while the settings name no domains. */
  councilDomains: readonly string[];
  /** Used while the settings name no point of contact. */
  contactEmail: string;
}

export interface SiteProcess {
  source: ProcessSource;
  /** Reads the settings (cached) and sets them on `target`; on a failed read `target` keeps what it had. */
  apply(target: ProcessTarget): Promise<CurrentProcess | undefined>;
}

export function processSourceFor(sp: SPFI, options: ProcessSourceOptions = {}): ProcessSource {
  return createProcessSource(new SpSettingsStore(sp), { hasTemplate, ...options });
}

export function siteProcess(
  source: ProcessSource,
  fallbacks: ProcessFallbacks,
  log: (message: string) => void = (m) => console.warn(m)
): SiteProcess {
  let lastReport = '';
  const report = (message: string): void => {
    // Once per distinct problem, not once per sweep or turn.
    if (message !== lastReport) log(message);
    lastReport = message;
  };
  return {
    source,
    async apply(target: ProcessTarget): Promise<CurrentProcess | undefined> {
      let current: CurrentProcess;
      try {
        current = await source.current();
      } catch (e) {
        report(
          `[process] could not read the Process Settings list; running with the settings in use: ${(e as Error).message}`
        );
        return undefined;
      }
      if (current.problems.length > 0) {
        report(
          `[process] the site's Process Settings are not used (${describeErrors(current.problems)}); running with the last good settings.`
        );
      } else report('');
      const s = current.settings;
      target.config = s;
      target.councilDomains = s.councilDomains.length > 0 ? s.councilDomains : fallbacks.councilDomains;
      target.contact = { ...target.contact, email: s.pointOfContactEmail || fallbacks.contactEmail };
      return current;
    }
  };
}
