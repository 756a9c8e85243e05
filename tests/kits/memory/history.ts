// The history stores (core/history/ports.ts) over memory lists, as the SharePoint ones behave: one
// record per key (unique HistoryKey), DateTime kept to the second, an ETag that changes on every
// write, Text columns of at most 255 characters, corrections oldest first.
import { ConflictError } from '../../../src/core/errors';
import { checkCorrection } from '../../../src/core/history/corrections';
import { assertStorableFinding, sameFinding, type HistoricalFinding } from '../../../src/core/history/model';
import type { HistoryRepository, ThemeCorrectionRepository, UpsertOutcome } from '../../../src/core/history/ports';
import type { Stored } from '../../../src/core/ports/repositories';
import type { ThemeCorrection } from '../../../src/core/themes/types';
import { DuplicateValueError } from '../../../src/adapters/sp/errors';
import { fullRecord } from '../../../src/adapters/sp/historyMappers';
import { MemoryList } from './list';
import { toSecond } from './messaging';

const ATTEMPTS = 5;
const optSecond = (iso: string | undefined): string | undefined => (iso ? toSecond(iso) : undefined);

export class MemoryHistoryRepository implements HistoryRepository {
  public readonly list = new MemoryList<HistoricalFinding>({
    noun: 'historical finding',
    normalise: (v) => ({
      ...v,
      ...('visitDate' in v ? { visitDate: optSecond(v.visitDate) } : {}),
      ...('committeeDate' in v ? { committeeDate: optSecond(v.committeeDate) } : {})
    }),
    unique: (r) => r.key,
    indexes: { period: (r) => r.period }
  });

  public async all(): Promise<Stored<HistoricalFinding>[]> {
    return this.list.all();
  }

  public async byPeriod(period: string): Promise<Stored<HistoricalFinding>[]> {
    return this.list.where('period', period);
  }

  public async byKey(key: string): Promise<Stored<HistoricalFinding> | undefined> {
    return this.list.byUnique(key);
  }

  public async upsert(record: HistoricalFinding): Promise<UpsertOutcome> {
    assertStorableFinding(record);
    const value = fullRecord(record);
    let last: unknown;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const existing = await this.byKey(record.key);
      await Promise.resolve(); // a turn between read and write, as over the network
      try {
        if (!existing) {
          this.list.add(value);
          return 'created';
        }
        const compared = {
          ...value,
          visitDate: optSecond(value.visitDate),
          committeeDate: optSecond(value.committeeDate)
        };
        if (sameFinding(existing, compared)) return 'unchanged';
        this.list.update(existing, value);
        return 'updated';
      } catch (e) {
        // Another import added or changed this key in between: read again.
        if (!(e instanceof DuplicateValueError || e instanceof ConflictError)) throw e;
        last = e;
      }
    }
    throw last;
  }
}

export class MemoryThemeCorrectionRepository implements ThemeCorrectionRepository {
  public readonly list = new MemoryList<ThemeCorrection>({ noun: 'theme correction' });

  /** Oldest first, so a later correction of the same statement and theme wins when applied in order. */
  public async all(): Promise<Stored<ThemeCorrection>[]> {
    return this.list.all().sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id);
  }

  public async add(correction: ThemeCorrection): Promise<Stored<ThemeCorrection>> {
    checkCorrection(correction);
    const by = correction.by.trim();
    const note = correction.note?.trim() || undefined;
    return this.list.add({
      ...correction,
      by: by.includes('@') ? by.toLowerCase() : by,
      at: toSecond(correction.at),
      note
    });
  }
}
