// Which demo council `npm start` runs: the one place a process preset is chosen (`--process`). Each
// demo names its preset, its sample data and seeding, and its own data folder. When process settings
// move onto the site, the chosen preset is what gets written there; nothing else picks one.
import * as path from 'path';
import type { SPFI } from '@pnp/sp';
import { FRONTLINE_2025, SIGNS_OF_SAFETY_2018, validateConfig, visitMinutes, type ProcessConfig } from '../core/config';
import { BEN_WYE, CFCCL_MEMBERS_2025, ROTA_2025, TEAMS_2025, type RotaSlot } from '../core/samples/rota2025';
import { COUNCILLORS_2018, TEAMS_2018 } from '../core/samples/council2018';
import { FRONTLINE_2025_SETTINGS, type ProcessSettings } from '../core/settings';
import { POINT_OF_CONTACT } from '../core/samples/visits2025';
import { seed } from './seed';
import { seed2018 } from './seed2018';
import { UsageError } from './cli';

/** A command-line mistake (cli.ts): `npm start` throws it too. */
export { UsageError };

export interface DemoCouncil {
  config: ProcessConfig;
  /** A month in the demo's rota year (the rota printed at start), and the month that year starts. */
  month: string;
  yearStartMonth: number;
  /** The rota slots the core planner plans a fresh year from; none for a demo without them. */
  slots?: RotaSlot[];
  /** The demo's "now", so something is due; `--now` overrides it. */
  sampleNow: string;
  /** Where the list server keeps this demo's site unless `--data` (or, for the default council, SP_LOCAL_DATA) says otherwise. */
  dataDir: string;
  /** Site visitors: the sample councillors and team contacts, who read the rota. */
  readers: () => string[];
  seed: (sp: SPFI) => Promise<string[]>;
}

const contacts = (teams: { serviceManagerEmail: string; headOfServiceEmail: string }[]): string[] =>
  teams.flatMap((t) => [t.serviceManagerEmail, t.headOfServiceEmail]);

export const DEMO_COUNCILS: Record<string, DemoCouncil> = {
  [FRONTLINE_2025.id]: {
    config: FRONTLINE_2025,
    month: '2025-07',
    yearStartMonth: 5,
    slots: ROTA_2025,
    sampleNow: '2025-07-28T09:00:00.000Z',
    dataDir: path.join('.data', 'sp'),
    readers: () => [...CFCCL_MEMBERS_2025, BEN_WYE].map((c) => c.email).concat(contacts(TEAMS_2025)),
    seed
  },
  [SIGNS_OF_SAFETY_2018.id]: {
    config: SIGNS_OF_SAFETY_2018,
    // The paper's years run April to March ("2017-18", Appendix 1 from April 2018).
    month: '2018-04',
    yearStartMonth: 4,
    // A week before the first visit of the 2018 rota (Crewe, 20 April): its pair's briefing is due.
    sampleNow: '2018-04-13T09:00:00.000Z',
    dataDir: path.join('.data', 'sp-2018'),
    readers: () => COUNCILLORS_2018.map((c) => c.email).concat(contacts(TEAMS_2018)),
    seed: seed2018
  }
};

export const DEFAULT_DEMO = FRONTLINE_2025.id;

/** The demo named by `--process <id>` (the 2025 council without it). */
export function demoFromArgs(argv: string[]): DemoCouncil {
  const i = argv.indexOf('--process');
  const id = i >= 0 ? argv[i + 1] : DEFAULT_DEMO;
  const allowed = Object.keys(DEMO_COUNCILS);
  const demo = id === undefined ? undefined : DEMO_COUNCILS[id];
  if (!demo) {
    throw new UsageError(
      `--process must be one of ${allowed.join(', ')} (got ${id === undefined ? 'nothing' : `'${id}'`})`
    );
  }
  validateConfig(demo.config);
  return demo;
}

/** The demo council's process, written to the site's Process Settings once (the site's own copy wins after that). */
export function demoSettings(demo: DemoCouncil, councilDomains: readonly string[]): ProcessSettings {
  return {
    ...FRONTLINE_2025_SETTINGS,
    ...demo.config,
    councilName: 'Demo council (from public council papers)',
    councilDomains: [...councilDomains],
    // A person the bot can message (the rota officer, one of the Playground's people), not a mailbox.
    pointOfContactEmail: POINT_OF_CONTACT
  };
}

/** The process in force, as `npm start` prints it. */
export function describeProcess(config: ProcessConfig): string[] {
  return [
    `Process in force: ${config.id}`,
    `  Findings due ${config.returnPeriodDays} days after the visit; ${config.councillorsPerVisit} councillor(s) per visit; form ${config.formTemplate}`,
    `  Agenda (${visitMinutes(config)} minutes):`,
    ...config.agenda.map((p) => `    ${String(p.minutes).padStart(3)} min  ${p.title}`)
  ];
}
