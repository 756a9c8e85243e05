// `npm run retention -- [--dry-run] [--now <ISO time>] [--purview]`: one retention sweep, as the
// service's daily timer runs it (FRONTLINE_RETENTION_HOURS), against the local list server or
// SP_SITE_URL, with the periods in the site's Process Settings. --dry-run prints what would go and
// why and changes nothing; --purview prints the commands that apply the settings' retention label
// instead. Exit 0 when done; 2 on bad arguments (usage printed); 1 when the lists cannot be reached.
import type { SPFI } from '@pnp/sp';
import { SpAuditLog } from '../adapters/sp/auditLog';
import { SpRetentionStore } from '../adapters/sp/retentionStore';
import { retentionOf } from '../core/retention/settings';
import { formatRetentionReport, runRetention, type RetentionReport } from '../core/retention/sweep';
import { cliOptions, instantArg, runMain, type Script } from './cli';
import { type Connection } from './connection';
import { processSourceFor } from './process';
import { retentionLabelCommands } from './retentionLabel';
import { commandLine } from './setup/runner';

export const RETENTION_USAGE =
  'Usage: npm run retention -- [--dry-run] [--now <ISO time>] [--purview]\n' +
  '  --dry-run  print what would be deleted and why; change nothing\n' +
  "  --now      the sweep's instant, e.g. 2026-06-01T00:00:00Z (default: now)\n" +
  "  --purview  print the CLI for Microsoft 365 commands that apply the settings' retention label instead";

export interface RetentionArgs {
  dryRun: boolean;
  purview: boolean;
  now?: string;
}

/** The arguments, or a UsageError saying what is allowed. */
export function retentionArgs(argv: string[]): RetentionArgs {
  const values = cliOptions(argv, { '--dry-run': 'flag', '--now': 'value', '--purview': 'flag' });
  const now = instantArg(values, '--now', '2026-06-01T00:00:00Z');
  return { dryRun: values.has('--dry-run'), purview: values.has('--purview'), ...(now ? { now } : {}) };
}

/** One sweep with the site's settings: what the CLI, the service's timer and the tests run. */
export async function retentionSweep(
  sp: SPFI,
  now: string,
  options: { dryRun?: boolean; contactEmail?: string } = {}
): Promise<RetentionReport> {
  const { settings } = await processSourceFor(sp).current();
  const current = [settings.pointOfContactEmail, options.contactEmail ?? ''].filter(Boolean);
  const deps = { store: new SpRetentionStore(sp, current, settings), audit: new SpAuditLog(sp) };
  return runRetention(deps, retentionOf(settings), now, { dryRun: options.dryRun });
}

/** The lines `--purview` prints: the label's commands, or why there are none. */
export async function purviewLines(sp: SPFI, siteUrl: string): Promise<string[]> {
  const { settings } = await processSourceFor(sp).current();
  const label = retentionOf(settings).retentionLabel;
  if (!label)
    return ['No retention label is set (Process Settings: retention.retentionLabel): the retention sweep deletes.'];
  return [
    `Apply the retention label '${label}' to the lists (signed in with npx m365 login as a compliance administrator):`,
    ...retentionLabelCommands(siteUrl, label).map(commandLine)
  ];
}

/** Prints the label's commands (--purview), or runs one sweep and prints its report. */
async function retentionRun(args: RetentionArgs, connection: Connection): Promise<string[]> {
  if (args.purview) return purviewLines(connection.sp, connection.siteUrl);
  const now = args.now ?? new Date().toISOString();
  console.log(
    `Retention sweep${args.dryRun ? ' (dry run: nothing is changed)' : ''} at ${now} against ${connection.siteUrl}`
  );
  const report = await retentionSweep(connection.sp, now, {
    dryRun: args.dryRun,
    contactEmail: process.env.FRONTLINE_CONTACT_EMAIL
  });
  return formatRetentionReport(report, args.dryRun ? Number.MAX_SAFE_INTEGER : 50);
}

export const RETENTION_SCRIPT: Script<RetentionArgs> = {
  usage: RETENTION_USAGE,
  failed: 'The retention sweep could not run',
  parse: retentionArgs,
  run: retentionRun
};

if (require.main === module) runMain(RETENTION_SCRIPT);
