// Findings History and Theme Corrections over @pnp/sp (ports in core/history/ports.ts). Neither
// list is confidential: history is from published committee papers, and corrections are made by
// officers. The unique HistoryKey is what makes a re-import (or two at once) add nothing.
import type { SPFI } from '@pnp/sp';
import { ConflictError } from '../../core/errors';
import { checkCorrection } from '../../core/history/corrections';
import { assertStorableFinding, sameFinding, type HistoricalFinding } from '../../core/history/model';
import type { HistoryRepository, ThemeCorrectionRepository, UpsertOutcome } from '../../core/history/ports';
import type { Stored } from '../../core/ports/repositories';
import type { ThemeCorrection } from '../../core/themes/types';
import { LIST } from '../../lists/schema';
import { DuplicateValueError } from './errors';
import { correctionMapper, fullRecord, historyMapper, shortTitle } from './historyMappers';
import { ListStore } from './listStore';
import { odataString } from './values';

/** Reads and writes before giving up when other writers keep changing the same item. */
const ATTEMPTS = 5;

export class SpHistoryRepository implements HistoryRepository {
  private readonly store: ListStore<HistoricalFinding>;
  public constructor(sp: SPFI) {
    this.store = new ListStore(sp, LIST.history, historyMapper, 'historical finding');
  }

  public all(): Promise<Stored<HistoricalFinding>[]> {
    return this.store.query();
  }

  public byPeriod(period: string): Promise<Stored<HistoricalFinding>[]> {
    return this.store.query(`Period eq ${odataString(period)}`);
  }

  public byKey(key: string): Promise<Stored<HistoricalFinding> | undefined> {
    return this.store.first(`HistoryKey eq ${odataString(key)}`);
  }

  public async upsert(record: HistoricalFinding): Promise<UpsertOutcome> {
    assertStorableFinding(record);
    const value = fullRecord(record);
    let last: unknown;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const existing = await this.byKey(record.key);
      try {
        if (!existing) {
          await this.store.add(value, shortTitle(record.text));
          return 'created';
        }
        if (sameFinding(existing, value)) return 'unchanged';
        // The paper's wording changed (a corrected text copy): rewrite it, at the ETag read.
        await this.store.update(existing, value, shortTitle(record.text));
        return 'updated';
      } catch (e) {
        // Another import added or changed this key in between (unique key, or 412): read again.
        if (!(e instanceof DuplicateValueError || e instanceof ConflictError)) throw e;
        last = e;
      }
    }
    throw last;
  }
}

export class SpThemeCorrectionRepository implements ThemeCorrectionRepository {
  private readonly store: ListStore<ThemeCorrection>;
  public constructor(sp: SPFI) {
    this.store = new ListStore(sp, LIST.corrections, correctionMapper, 'theme correction');
  }

  /** Oldest first, so a later correction of the same statement and theme wins when applied in order. */
  public async all(): Promise<Stored<ThemeCorrection>[]> {
    const found = await this.store.query();
    return found.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id);
  }

  public async add(correction: ThemeCorrection): Promise<Stored<ThemeCorrection>> {
    checkCorrection(correction);
    const title = shortTitle(`${correction.action} ${correction.themeId}: ${correction.statementKey}`, 255);
    return this.store.add({ ...correction, note: correction.note?.trim() || undefined }, title);
  }
}
