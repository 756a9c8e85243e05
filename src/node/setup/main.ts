// `npm run setup:tenant -- --site <url> ... [--dry-run] [--remove]`: the whole tenant set-up in one
// command, through the CLI for Microsoft 365 (sign in first with `npx m365 login`).
import { execFile, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { installPlan, SPPKG_PATH, type Command, type Solution } from './plan';
import { parseSetupArgs, USAGE, UsageError } from './options';
import { removePlan } from './removePlan';
import { runPlan, type CommandResult } from './runner';

const ROOT = path.resolve(__dirname, '..', '..', '..');

export function readSolution(root: string = ROOT): Solution {
  const read = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
  const solution = read('config/package-solution.json').solution as { version: string };
  return { version: solution.version, teamsAppId: read('teams/manifest.json').id as string };
}

/** The installed CLI for Microsoft 365's entry script (its `m365` binary). */
export function m365Bin(): string {
  return path.join(path.dirname(require.resolve('@pnp/cli-microsoft365/package.json')), 'dist', 'index.js');
}

export const CLI_ENV = { CLIMICROSOFT365_NOUPDATE: '1' };

function parseAnswer(stdout: string): unknown {
  const text = stdout.trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Runs m365 with its JSON answer captured, and npm scripts with their output shown. */
export function realRunner(command: Command): Promise<CommandResult> {
  const env = { ...process.env, ...CLI_ENV, ...command.env };
  if (command.tool === 'npm') {
    return new Promise((resolve) => {
      const child = spawn('npm', command.args, { cwd: ROOT, env, stdio: 'inherit' });
      child.on('close', (code) => resolve({ ok: code === 0, error: `npm ${command.args.join(' ')} exited ${code}` }));
      child.on('error', (e) => resolve({ ok: false, error: e.message }));
    });
  }
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [m365Bin(), ...command.args],
      { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) =>
        resolve(err ? { ok: false, error: (stderr || err.message).trim() } : { ok: true, answer: parseAnswer(stdout) })
    );
  });
}

function missingFiles(files: (string | undefined)[]): string[] {
  return files.filter((f): f is string => !!f && !fs.existsSync(path.resolve(ROOT, f)));
}

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseSetupArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${e.message}\n\n${USAGE}`);
    return 2;
  }
  const solution = readSolution();
  const plan = args.remove ? removePlan(args.options, solution) : installPlan(args.options, solution);
  const missing = args.remove ? [] : missingFiles([args.options.cert, args.options.certPublic, SPPKG_PATH]);
  if (missing.length && !args.dryRun) {
    console.error(`Missing: ${missing.join(', ')} (build the .sppkg with npm run package; see README)`);
    return 1;
  }
  console.log(
    `${args.dryRun ? 'Dry run: nothing is changed. ' : ''}${args.remove ? 'Removing' : 'Setting up'} ${args.options.site}`
  );
  for (const f of missing) console.log(`(not there yet: ${f})`);
  const report = await runPlan(plan, { dryRun: args.dryRun, run: realRunner, log: (l) => console.log(l) });
  if (!args.dryRun) {
    const counts = (o: string): number => report.outcomes.filter((x) => x.outcome === o).length;
    console.log(
      `${counts('changed')} step(s) changed, ${counts('skipped')} already done, ${report.ok ? 'finished' : 'stopped'}.`
    );
  }
  return report.ok ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: Error) => {
      console.error(`setup:tenant failed: ${e.message}`);
      process.exitCode = 1;
    }
  );
}
