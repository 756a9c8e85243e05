// The seed papers' text copies in the repo (data/seeds/), as the import reads them.
import * as fs from 'fs';
import * as path from 'path';
import { SEED_PAPERS } from '../../../src/core/history';

export const SEEDS_DIR = path.join(__dirname, '..', '..', '..', 'data', 'seeds');

export function seedText(paper: string): string {
  const found = SEED_PAPERS.find((p) => p.id === paper);
  if (!found) throw new Error(`no seed paper ${paper}`);
  return fs.readFileSync(path.join(SEEDS_DIR, found.file), 'utf8');
}

export const allPapers = (): { paper: string; text: string }[] =>
  SEED_PAPERS.map((p) => ({ paper: p.id, text: seedText(p.id) }));
