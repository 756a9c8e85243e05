// `npm run erase -- --email <address> [--dry-run]`: erasure or restriction for a councillor or member
// of staff who leaves (core/privacy/erasurePlan.ts): their Teams conversation and send-log entries are
// deleted, the records kept as part of the committee record are pseudonymised (FRONTLINE_PRIVACY_KEY,
// required on a tenant), the councillor made inactive; prints each item kept and why. Run again, it
// changes nothing. Exit 0 done (or nothing to do); 2 on bad arguments; 1 when the lists cannot be used.
import { erasureLines } from '../core/privacy/erasureReport';
import { eraseOnSite, privacyKey } from '../adapters/sp/privacyErase';
import { cliOptions, emailArg, runMain, type Script } from './cli';

export const ERASE_USAGE =
  'Usage: npm run erase -- --email <address> [--dry-run]\n' +
  '  --email    the person who has left, e.g. name@council.gov.uk (any case)\n' +
  '  --dry-run  say what would be deleted, pseudonymised and kept, and change nothing';

export function eraseArgs(argv: string[]): { email: string; dryRun: boolean } {
  const values = cliOptions(argv, { '--email': 'value', '--dry-run': 'flag' });
  return { email: emailArg(values), dryRun: values.has('--dry-run') };
}

export const ERASE_SCRIPT: Script<{ email: string; dryRun: boolean }> = {
  usage: ERASE_USAGE,
  failed: 'The erasure could not run',
  parse: eraseArgs,
  run: async (args, connection) => {
    const plan = await eraseOnSite(connection.sp, args.email, {
      key: privacyKey(process.env, connection.local),
      dryRun: args.dryRun,
      actor: process.env.FRONTLINE_OPERATOR ?? 'npm run erase',
      now: new Date().toISOString()
    });
    return erasureLines(plan, args.dryRun);
  }
};

if (require.main === module) runMain(ERASE_SCRIPT);
