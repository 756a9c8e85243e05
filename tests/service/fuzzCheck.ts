// What every fuzz suite asserts about one answer, and the tally each prints: never a 5xx (the one
// exception is named by the caller), every 4xx a JSON error with a message, and no answer showing
// a stack trace or a runtime's own error text.

/** Words only a stack trace or an unhandled runtime error would put in a body. */
const INTERNALS =
  /\n\s+at |\bat \S+ \(|node_modules|TypeError|ReferenceError|RangeError|is not a function|Cannot read propert|undefined is not/;

export interface Answer {
  status: number;
  text: string;
  json: unknown;
}

/** What is wrong with `answer`; empty when nothing is. `allow5xx` names a 5xx the caller expects. */
export function problemsWith(answer: Answer, allow5xx?: (a: Answer) => boolean): string[] {
  const problems: string[] = [];
  const { status, json, text } = answer;
  if (!(status >= 200 && status < 600)) problems.push(`no HTTP status (${status})`);
  if (status >= 500 && !allow5xx?.(answer)) problems.push(`a ${status}`);
  if (status >= 400) {
    const message = (json as { error?: { message?: unknown } } | undefined)?.error?.message;
    if (typeof message !== 'string' || message.trim() === '')
      problems.push(`a ${status} without a JSON error message: ${JSON.stringify(text.slice(0, 200))}`);
  }
  if (INTERNALS.test(text)) problems.push(`internals in the body: ${JSON.stringify(text.slice(0, 300))}`);
  return problems;
}

/** Inputs tried and the statuses they got, for the one-line summary. */
export class Tally {
  private readonly statuses = new Map<number, number>();
  public inputs = 0;

  public add(status: number): void {
    this.inputs++;
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
  }

  public count(status: number): number {
    return this.statuses.get(status) ?? 0;
  }

  public summary(name: string): string {
    const parts = [...this.statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
    return `fuzz ${name}: ${this.inputs} inputs; ${parts.join(', ')}`;
  }
}
