// `npm run erase -- --email <address> [--dry-run]`: erasure or restriction for a councillor or member
// of staff who leaves (core/privacy/erasurePlan.ts): their Teams conversation and send-log entries are
// deleted, the records kept as part of the committee record are pseudonymised (FRONTLINE_PRIVACY_KEY,
// required on a tenant), the councillor made inactive; prints each item kept and why. Run again, it
// changes nothing. Exit 0 done (or nothing to do); 2 on bad arguments; 1 when the lists cannot be used.
import { erasureLines } from '../core/privacy/erasureReport';
import { eraseOnSite, privacyKey } from '../adapters/sp/privacyErase';
import { connect, type Connection } from './connection';
import { UsageError } from './demoProcess';
import { emailArg, failure, namedArgs } from './subjectAccess';

export const ERASE_USAGE =
  'Usage: npm run erase -- --email <address> [--dry-run]\n' +
  '  --email    the person who has left, e.g. name@council.gov.uk (any case)\n' +
  '  --dry-run  say what would be deleted, pseudonymised and kept, and change nothing';

export function eraseArgs(argv: string[]): { email: string; dryRun: boolean } {
  const values = namedArgs(argv, ['--email'], ['--dry-run']);
  return { email: emailArg(values), dryRun: values.has('--dry-run') };
}

async function main(): Promise<number> {
  let connection: Connection | undefined;
  try {
    const args = eraseArgs(process.argv.slice(2));
    connection = connect();
    const key = privacyKey(process.env, connection.local);
    const plan = await eraseOnSite(connection.sp, args.email, {
      key,
      dryRun: args.dryRun,
      actor: process.env.FRONTLINE_OPERATOR ?? 'npm run erase',
      now: new Date().toISOString()
    });
    console.log(erasureLines(plan, args.dryRun).join('\n'));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n${ERASE_USAGE}`);
      return 2;
    }
    console.error(`The erasure could not run: ${failure(e, connection)}`);
    return 1;
  }
}

if (require.main === module) {
  main().then((code) => process.stdout.write('', () => process.exit(code)));
}
