// The composition root's one way to the process on the Node side: the site's Process Settings
// through the ProcessSource port, applied to the bot's and the sweep's deps at start-up, before
// each sweep and before each bot turn, and read by the service for each findings or requests call
// (inForce). The council's domains and contact come from the settings
// when set, else from the environment (FRONTLINE_COUNCIL_DOMAINS, FRONTLINE_CONTACT_EMAIL).
import type { SPFI } from '@pnp/sp';
import type { ProcessConfig } from '../core/config';
import { hasTemplate } from '../core/forms';
import type { CurrentProcess, ProcessSource } from '../core/ports/settings';
import { describeErrors } from '../core/settings';
import { createProcessSource, type ProcessSourceOptions } from '../core/settingsSource';
import { SpSettingsStore } from '../adapters/sp/settingsStore';
import type { Person } from '../bot/cards';
import type { ProcessInForce } from '../service/processInForce';

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

/** The process in force on the Node side: the settings, and the domains and contact they resolve to. */
export interface SiteProcessNow extends ProcessInForce {
  contactEmail: string;
  current: CurrentProcess;
}

export interface SiteProcess {
  source: ProcessSource;
  /** Reads the settings (cached) and sets them on `target`; on a failed read `target` keeps what it had. */
  apply(target: ProcessTarget): Promise<CurrentProcess | undefined>;
  /**
   * The process now (cached by the source), for each service request; on a failed read the last one
   * read. Rejects only when the settings have never been readable (start-up then fails, loudly).
   */
  inForce(): Promise<SiteProcessNow>;
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
  let last: SiteProcessNow | undefined;
  let failure: unknown;
  /** The settings now, or undefined (reported) when they could not be read. */
  const read = async (): Promise<SiteProcessNow | undefined> => {
    let current: CurrentProcess;
    try {
      current = await source.current();
    } catch (e) {
      failure = e;
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
    last = {
      config: s,
      councilDomains: s.councilDomains.length > 0 ? s.councilDomains : fallbacks.councilDomains,
      contactEmail: s.pointOfContactEmail || fallbacks.contactEmail,
      current
    };
    return last;
  };
  return {
    source,
    async apply(target: ProcessTarget): Promise<CurrentProcess | undefined> {
      const now = await read();
      if (!now) return undefined;
      target.config = now.config;
      target.councilDomains = now.councilDomains;
      target.contact = { ...target.contact, email: now.contactEmail };
      return now.current;
    },
    async inForce(): Promise<SiteProcessNow> {
      const now = (await read()) ?? last;
      // Never read: the read's own error, so callers name the cause (a list server not reachable).
      if (!now) throw failure;
      return now;
    }
  };
}
