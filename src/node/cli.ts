// What the command-line scripts (`npm run pack`, `report`, `retention`, `subject-access`, `erase`,
// `reminders`) share (issue 16): reading `--name value` options and `--flag`s against the allowed
// list, connecting to the site (connection.ts), writing the output file, printing the lines and
// the exit code. Exit 0 when done; 2 on a UsageError (the message, then the usage); 1 otherwise.
import * as fs from 'fs';
import * as path from 'path';
import { normalizeEmail } from '../core/email';
import { emailProblem } from '../core/privacy/fields';
import { connect, type Connection } from './connection';

/** A command-line mistake: printed as it is, with no stack trace (with the usage, exit code 2). */
export class UsageError extends Error {}

/** A run that cannot do what was asked: its message printed as it is, exit code 1. */
export class CliRefusal extends Error {}

/** The options a script allows, in the order its messages list them: each takes a value, or is a flag. */
export type OptionSpec = Record<string, 'value' | 'flag'>;

/** The options given, each at most once (a flag's value is 'yes'), or a UsageError saying what is allowed. */
export function cliOptions(argv: string[], spec: OptionSpec): Map<string, string> {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (!Object.prototype.hasOwnProperty.call(spec, name))
      throw new UsageError(`unknown argument '${name}' (allowed: ${Object.keys(spec).join(', ')})`);
    if (spec[name] === 'flag') {
      values.set(name, 'yes');
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
    if (values.has(name)) throw new UsageError(`${name} is given twice`);
    values.set(name, value);
    i++;
  }
  return values;
}

/** The option's value, or a UsageError saying it is required. */
export function requiredArg(values: Map<string, string>, name: string): string {
  const value = values.get(name);
  if (!value) throw new UsageError(`${name} is required`);
  return value;
}

/** --out, required, naming a .docx file: as an absolute path. */
export function docxOutArg(values: Map<string, string>): string {
  const out = requiredArg(values, '--out');
  if (!out.toLowerCase().endsWith('.docx')) throw new UsageError(`--out must name a .docx file (got '${out}')`);
  return path.resolve(out);
}

/** An optional instant (any form Date.parse reads) as ISO, or a UsageError showing `example`. */
export function instantArg(values: Map<string, string>, name: string, example: string): string | undefined {
  const value = values.get(name);
  if (value === undefined) return undefined;
  if (Number.isNaN(Date.parse(value)))
    throw new UsageError(`${name} must be a date and time such as ${example} (got '${value}')`);
  return new Date(Date.parse(value)).toISOString();
}

/** --email, checked: an e-mail address, normalised. */
export function emailArg(values: Map<string, string>): string {
  const email = requiredArg(values, '--email');
  const problem = emailProblem(email);
  if (problem) throw new UsageError(`--email ${problem}`);
  return normalizeEmail(email);
}

/** Writes the file; returns the line that says so. */
export function writeOutput(file: string, content: string | Uint8Array): string {
  fs.writeFileSync(file, content);
  return `Wrote ${file}`;
}

/** Whether the error is the site not answering at all. */
export function unreachable(e: unknown): boolean {
  const err = e as Error & { cause?: { code?: string } };
  return err?.cause?.code === 'ECONNREFUSED' || /fetch failed|ECONNREFUSED/.test(err?.message ?? '');
}

/** Why a run failed, in words: the local list server not running says how to start it. */
export function failure(e: unknown, connection: Connection | undefined): string {
  if (connection?.local && unreachable(e))
    return `the local list server at ${connection.siteUrl} is not reachable. Start it (npm start, or npm run sp:local) or set SP_SITE_URL.`;
  return e instanceof Error ? e.message : String(e);
}

export interface Script<A> {
  /** Printed after a UsageError's message (exit code 2). */
  usage?: string;
  /** What could not be done, e.g. 'The pack could not be made': printed before the reason (exit code 1). */
  failed: string;
  /** The arguments after the script's name, read (throwing a UsageError on a mistake). */
  parse: (argv: string[]) => A;
  /** The lines to print (exit code 0), or the exit code when it prints for itself. */
  run: (args: A, connection: Connection) => Promise<string[] | number>;
  /** Why it failed; `failure` unless given. */
  reason?: (e: unknown, connection: Connection | undefined) => string;
}

/** Reads the arguments, connects, runs, prints; returns the exit code. */
export async function runScript<A>(script: Script<A>, argv: string[]): Promise<number> {
  let connection: Connection | undefined;
  try {
    const args = script.parse(argv);
    connection = connect();
    const result = await script.run(args, connection);
    if (typeof result === 'number') return result;
    console.log(result.join('\n'));
    return 0;
  } catch (e) {
    if (e instanceof UsageError && script.usage !== undefined) {
      console.error(`${e.message}\n${script.usage}`);
      return 2;
    }
    if (e instanceof CliRefusal) console.error(e.message);
    else console.error(`${script.failed}: ${(script.reason ?? failure)(e, connection)}`);
    return 1;
  }
}

/** Runs the script on this process's arguments and exits with its code (explicitly: the SDK's and
 * PnPjs' keep-alive connections would hold the process open a while). */
export function runMain<A>(script: Script<A>): void {
  runScript(script, process.argv.slice(2)).then((code) => process.stdout.write('', () => process.exit(code)));
}
