// Runs a set-up plan through an injected command runner (the real one spawns `m365` and `npm`):
// for each step the check first, then the change only when the check says it is not done yet.
// A dry run prints every command and what it would change, and runs nothing.
import type { Capture, Command, Expectation, Step } from './steps';

/** What a command gave: its exit code and its parsed JSON answer (undefined when none). */
export interface CommandResult {
  ok: boolean;
  answer?: unknown;
  error?: string;
}

export type RunCommand = (command: Command) => Promise<CommandResult>;
export type Vars = Record<string, string>;

export type StepOutcome = 'skipped' | 'changed' | 'planned' | 'failed';

export interface RunReport {
  outcomes: { id: string; outcome: StepOutcome }[];
  ok: boolean;
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

export function fill(text: string, vars: Vars): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => vars[name] ?? whole);
}

function fillCommand(c: Command, vars: Vars): Command {
  const env = c.env ? Object.fromEntries(Object.entries(c.env).map(([k, v]) => [k, fill(v, vars)])) : undefined;
  return { ...c, args: c.args.map((a) => fill(a, vars)), ...(env ? { env } : {}) };
}

export function unfilled(c: Command): string[] {
  const text = [...c.args, ...Object.values(c.env ?? {})].join(' ');
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

function quote(arg: string): string {
  return /^[\w@%+=:,./{}-]+$/.test(arg) ? arg : `"${arg.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** The command as one would type it in bash. */
export function commandLine(c: Command): string {
  const env = Object.entries(c.env ?? {}).map(([k, v]) => `${k}=${quote(v)}`);
  return [...env, c.tool, ...c.args.map(quote)].join(' ');
}

function matches(item: unknown, where: Record<string, string>, vars: Vars): boolean {
  if (!item || typeof item !== 'object') return false;
  const record = item as Record<string, unknown>;
  return Object.entries(where).every(([key, wanted]) => {
    const value = record[key];
    const w = fill(wanted, vars);
    return Array.isArray(value) ? value.includes(w) : value === w;
  });
}

/** Whether the expectation holds for the answer, and the item it matched (for captures). */
export function evaluate(e: Expectation, result: CommandResult, vars: Vars): { holds: boolean; match?: unknown } {
  const answer = result.ok ? result.answer : undefined;
  switch (e.kind) {
    case 'exists': {
      const empty =
        answer === undefined || answer === null || answer === '' || (Array.isArray(answer) && answer.length === 0);
      return { holds: !empty, match: empty ? undefined : answer };
    }
    case 'fields': {
      const ok =
        !!answer &&
        typeof answer === 'object' &&
        Object.entries(e.fields).every(
          ([k, v]) => (answer as Record<string, unknown>)[k] === (typeof v === 'string' ? fill(v, vars) : v)
        );
      return { holds: ok, match: ok ? answer : undefined };
    }
    case 'listHas': {
      const match = Array.isArray(answer) ? answer.find((item) => matches(item, e.where, vars)) : undefined;
      return { holds: match !== undefined, match };
    }
    case 'not': {
      const inner = evaluate(e.of, result, vars);
      return { holds: !inner.holds, match: inner.match };
    }
  }
}

function take(captures: Capture[] | undefined, from: unknown, vars: Vars): void {
  for (const c of captures ?? []) {
    const value =
      c.field === '' ? from : from && typeof from === 'object' ? (from as Record<string, unknown>)[c.field] : undefined;
    if (typeof value === 'string' && value) vars[c.name] = value;
  }
}

export interface RunOptions {
  dryRun: boolean;
  run: RunCommand;
  log: (line: string) => void;
}

/** Prints the plan: every check and change command, and what each changes. Runs nothing. */
export function printPlan(steps: Step[], log: (line: string) => void): RunReport {
  steps.forEach((s, i) => {
    log(`${i + 1}. ${s.title}`);
    log(`   check:  ${s.check ? commandLine(s.check.command) : '(none: always runs, checks itself)'}`);
    if (s.change.length === 0) log('   change: (none: stops here if the check fails)');
    for (const c of s.change) log(`   change: ${commandLine(c)}`);
    for (const c of s.whenDone ?? []) log(`   if already there: ${commandLine(c)}`);
    log(`   would:  ${s.changes}`);
  });
  return { outcomes: steps.map((s) => ({ id: s.id, outcome: 'planned' })), ok: true };
}

export async function runPlan(steps: Step[], options: RunOptions, vars: Vars = {}): Promise<RunReport> {
  if (options.dryRun) return printPlan(steps, options.log);
  const { run, log } = options;
  const outcomes: RunReport['outcomes'] = [];
  const fail = (id: string, why: string): RunReport => {
    log(`   FAILED: ${why}`);
    outcomes.push({ id, outcome: 'failed' });
    return { outcomes, ok: false };
  };
  for (const [i, step] of steps.entries()) {
    log(`${i + 1}. ${step.title}`);
    let done = false;
    if (step.check) {
      const result = await run(fillCommand(step.check.command, vars));
      const verdict = evaluate(step.check.done, result, vars);
      done = verdict.holds;
      take(step.capture, verdict.match, vars);
    }
    const commands = done ? (step.whenDone ?? []) : step.change;
    if (done && commands.length === 0) {
      log('   already done: skipped');
      outcomes.push({ id: step.id, outcome: 'skipped' });
      continue;
    }
    if (!done && step.change.length === 0)
      return fail(step.id, `the check failed: ${commandLine(step.check!.command)}`);
    let last: CommandResult = { ok: true };
    for (const command of commands) {
      const filled = fillCommand(command, vars);
      const missing = unfilled(filled);
      if (missing.length) return fail(step.id, `no value for ${missing.join(', ')} (an earlier step did not give it)`);
      log(`   running: ${commandLine(filled)}`);
      last = await run(filled);
      if (!last.ok) return fail(step.id, last.error ?? 'the command failed');
    }
    if (!done) take(step.capture, last.answer, vars);
    outcomes.push({ id: step.id, outcome: 'changed' });
  }
  return { outcomes, ok: true };
}
