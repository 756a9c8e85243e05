// Ports for the history lists (Findings History, Theme Corrections). SharePoint implementations are
// in adapters/sp/historyStores.ts; the in-memory ones for tests are in tests/kits/memory.
import type { Stored } from '../ports/repositories';
import type { ThemeCorrection } from '../themes/types';
import type { HistoricalFinding } from './model';

export type UpsertOutcome = 'created' | 'unchanged' | 'updated';

export interface HistoryRepository {
  all(): Promise<Stored<HistoricalFinding>[]>;
  byPeriod(period: string): Promise<Stored<HistoricalFinding>[]>;
  /**
   * Keyed by `record.key`: creates it, leaves it when it says the same, or rewrites it when the
   * paper's text changed. Safe to repeat and to run twice at once: never a second item per key.
   */
  upsert(record: HistoricalFinding): Promise<UpsertOutcome>;
}

export interface ThemeCorrectionRepository {
  all(): Promise<Stored<ThemeCorrection>[]>;
  add(correction: ThemeCorrection): Promise<Stored<ThemeCorrection>>;
}
