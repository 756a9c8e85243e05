// `npm run subject-access -- --email <address> --out <dir>`: everything the lists hold about one person
// (UK GDPR subject access), written to <dir> as subject-access-<address>.json (every record, its list,
// item id and fields, with its version history) and .docx (to read). Other people are redacted.
// Against the local list server by default, or SP_SITE_URL with the service's identity.
// Exit 0 with the files written; 2 on bad arguments (usage printed); 1 when the lists cannot be read.
import * as fs from 'fs';
import * as path from 'path';
import { summaryLines } from '../core/privacy/subjectAccess';
import { subjectAccessFiles, subjectAccessOnSite } from '../adapters/sp/privacyExport';
import { type Connection } from './connection';
import { cliOptions, emailArg, requiredArg, runMain, UsageError, writeOutput, type Script } from './cli';

export const SUBJECT_ACCESS_USAGE =
  'Usage: npm run subject-access -- --email <address> --out <dir>\n' +
  '  --email  the person, e.g. name@council.gov.uk (any case)\n' +
  '  --out    an existing folder for subject-access-<address>.json and .docx';

export function subjectAccessArgs(argv: string[]): { email: string; out: string } {
  const values = cliOptions(argv, { '--email': 'value', '--out': 'value' });
  const email = emailArg(values);
  const out = requiredArg(values, '--out');
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
  const wrote = [writeOutput(`${stem}.json`, files.json), writeOutput(`${stem}.docx`, files.docx)];
  const unreadable = exp.unreadable.length ? [`Could not read: ${exp.unreadable.join(', ')}`] : [];
  return [...wrote, ...summaryLines(exp), ...unreadable];
}

export const SUBJECT_ACCESS_SCRIPT: Script<{ email: string; out: string }> = {
  usage: SUBJECT_ACCESS_USAGE,
  failed: 'The subject access export could not be made',
  parse: subjectAccessArgs,
  run: (args, connection) => writeSubjectAccess(connection, args.email, args.out, new Date().toISOString())
};

if (require.main === module) runMain(SUBJECT_ACCESS_SCRIPT);
