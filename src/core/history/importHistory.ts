// `npm run import:history` and `npm start`: the findings of the seed papers into the history list.
// Pure over the port. Idempotent: records are keyed, and one read of the list first means a second
// run writes nothing.
import { parseSeed000Themes, SEED_000 } from './seed000';
import { parseSeed001, SEED_001 } from './seed001';
import { parseSeed004, SEED_004 } from './seed004';
import type { HistoricalFinding } from './model';
import { sameFinding } from './model';
import type { HistoryRepository, UpsertOutcome } from './ports';

export interface PaperText {
  /** "seed-000", "seed-001" or "seed-004". */
  paper: string;
  text: string;
}

export type ImportCounts = Record<UpsertOutcome, number>;

export interface ImportResult extends ImportCounts {
  byPaper: Record<string, ImportCounts>;
}

export const PARSERS: Readonly<Record<string, (text: string) => HistoricalFinding[]>> = {
  [SEED_000]: parseSeed000Themes,
  [SEED_001]: parseSeed001,
  [SEED_004]: parseSeed004
};

/** Every record the papers hold; an unknown paper, an empty parse or a repeated key is an error, not a silent gap. */
export function parsePapers(papers: readonly PaperText[]): HistoricalFinding[] {
  const records = papers.flatMap(({ paper, text }) => {
    const parse = PARSERS[paper];
    if (!parse) throw new Error(`No parser for paper '${paper}' (known: ${Object.keys(PARSERS).join(', ')}).`);
    const found = parse(text);
    if (!found.length) throw new Error(`Paper '${paper}' gave no findings: is it the right text?`);
    return found;
  });
  const keys = new Set<string>();
  for (const r of records) {
    if (keys.has(r.key)) throw new Error(`Two findings share the key '${r.key}'.`);
    keys.add(r.key);
  }
  return records;
}

export async function importHistory(repo: HistoryRepository, papers: readonly PaperText[]): Promise<ImportResult> {
  const records = parsePapers(papers);
  const existing = new Map((await repo.all()).map((r) => [r.key, r]));
  const zero = (): ImportCounts => ({ created: 0, unchanged: 0, updated: 0 });
  const result: ImportResult = { ...zero(), byPaper: {} };
  for (const record of records) {
    const before = existing.get(record.key);
    const outcome = before && sameFinding(before, record) ? 'unchanged' : await repo.upsert(record);
    result[outcome]++;
    (result.byPaper[record.paper] ??= zero())[outcome]++;
  }
  return result;
}
