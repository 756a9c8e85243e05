// `npm run subject-access -- --email <address> --out <dir>`: everything the lists hold about one person
// (UK GDPR subject access), written to <dir> as subject-access-<address>.json (every record, its list,
// item id and fields, with its version history) and .docx (to read). Other people are redacted.
// Against the local list server by default, or SP_SITE_URL with the service's identity.
// Exit 0 with the files written; 2 on bad arguments (usage printed); 1 when the lists cannot be read.
import * as fs from 'fs';
import * as path from 'path';
import { emailProblem } from '../core/privacy/fields';
import { summaryLines } from '../core/privacy/subjectAccess';
import { normalizeEmail } from '../core/email';
import { subjectAccessFiles, subjectAccessOnSite } from '../adapters/sp/privacyExport';
import { connect, type Connection } from './connection';
import { UsageError } from './demoProcess';

export const SUBJECT_ACCESS_USAGE =
  'Usage: npm run subject-access -- --email <address> --out <dir>\n' +
  '  --email  the person, e.g. name@council.gov.uk (any case)\n' +
  '  --out    an existing folder for subject-access-<address>.json and .docx';

/** `--name value` pairs, each allowed at most once; flags (no value) listed in `flags`. */
export function namedArgs(argv: string[], allowed: string[], flags: string[] = []): Map<string, string> {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (flags.includes(name)) {
      values.set(name, 'yes');
      continue;
    }
    if (!allowed.includes(name))
      throw new UsageError(`unknown argument '${name}' (allowed: ${[...allowed, ...flags].join(', ')})`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
    if (values.has(name)) throw new UsageError(`${name} is given twice`);
    values.set(name, value);
    i++;
  }
  return values;
}

/** --email, checked: an e-mail address, normalised. */
export function emailArg(values: Map<string, string>): string {
  const email = values.get('--email');
  if (!email) throw new UsageError('--email is required');
  const problem = emailProblem(email);
  if (problem) throw new UsageError(`--email ${problem}`);
  return normalizeEmail(email);
}

export function subjectAccessArgs(argv: string[]): { email: string; out: string } {
  const values = namedArgs(argv, ['--email', '--out']);
  const email = emailArg(values);
  const out = values.get('--out');
  if (!out) throw new UsageError('--out is required');
  if (!fs.existsSync(out) || !fs.statSync(out).isDirectory())
    throw new UsageError(`--out must be an existing folder (got '${out}')`);
  return { email, out: path.resolve(out) };
}

export async function writeSubjectAccess(
  connection: Connection,
  email: string,
  out: string,
  now: string
): Promise<string[]> {
  const exp = await subjectAccessOnSite(connection.sp, email, now);
  const files = await subjectAccessFiles(exp);
  const stem = path.join(out, `subject-access-${email.replace(/[^a-z0-9@._-]/g, '_')}`);
  fs.writeFileSync(`${stem}.json`, files.json);
  fs.writeFileSync(`${stem}.docx`, files.docx);
  const unreadable = exp.unreadable.length ? [`Could not read: ${exp.unreadable.join(', ')}`] : [];
  return [`Wrote ${stem}.json`, `Wrote ${stem}.docx`, ...summaryLines(exp), ...unreadable];
}

export function failure(e: unknown, connection: Connection | undefined): string {
  const err = e as Error & { cause?: { code?: string } };
  const network = err?.cause?.code === 'ECONNREFUSED' || /fetch failed|ECONNREFUSED/.test(err?.message ?? '');
  if (network && connection?.local)
    return `the local list server at ${connection.siteUrl} is not reachable. Start it (npm start, or npm run sp:local) or set SP_SITE_URL.`;
  return err instanceof Error ? err.message : String(e);
}

async function main(): Promise<number> {
  let connection: Connection | undefined;
  try {
    const args = subjectAccessArgs(process.argv.slice(2));
    connection = connect();
    console.log((await writeSubjectAccess(connection, args.email, args.out, new Date().toISOString())).join('\n'));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n${SUBJECT_ACCESS_USAGE}`);
      return 2;
    }
    console.error(`The subject access export could not be made: ${failure(e, connection)}`);
    return 1;
  }
}

if (require.main === module) {
  main().then((code) => process.stdout.write('', () => process.exit(code)));
}
