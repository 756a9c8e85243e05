// In-memory history stores for fast tests of code built on them (the themes view, the import).
// Held to the same contract suite as the SharePoint ones (tests/adapters/sp/historyStores.contract.ts):
// one record per key, DateTime kept to the second, an ETag that changes on every write.
import type { Stored } from '../ports/repositories';
import type { ThemeCorrection } from '../themes/types';
import { checkCorrection } from './corrections';
import { sameFinding, type HistoricalFinding } from './model';
import type { HistoryRepository, ThemeCorrectionRepository, UpsertOutcome } from './ports';

/** SharePoint keeps DateTime to the second. */
const toSecond = (iso: string | undefined): string | undefined => (iso ? new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString() : undefined);
const copy = <T>(items: Iterable<T>): T[] => Array.from(items, (i) => ({ ...i }));

export class MemoryHistoryRepository implements HistoryRepository {
  private readonly byKey = new Map<string, Stored<HistoricalFinding>>();
  private nextId = 1;
  private version = 0;

  public async all(): Promise<Stored<HistoricalFinding>[]> {
    return copy(this.byKey.values());
  }

  public async byPeriod(period: string): Promise<Stored<HistoricalFinding>[]> {
    return copy(Array.from(this.byKey.values()).filter((r) => r.period === period));
  }

  public async upsert(record: HistoricalFinding): Promise<UpsertOutcome> {
    await Promise.resolve(); // a turn between read and write, as over the network
    const value: HistoricalFinding = { ...record, visitDate: toSecond(record.visitDate), committeeDate: toSecond(record.committeeDate) };
    const existing = this.byKey.get(record.key);
    if (existing && sameFinding(existing, value)) return 'unchanged';
    this.byKey.set(record.key, { ...value, id: existing?.id ?? this.nextId++, etag: String(++this.version) });
    return existing ? 'updated' : 'created';
  }
}

export class MemoryThemeCorrectionRepository implements ThemeCorrectionRepository {
  private readonly items: Stored<ThemeCorrection>[] = [];

  /** Oldest first, so a later correction of the same statement and theme wins when applied in order. */
  public async all(): Promise<Stored<ThemeCorrection>[]> {
    return copy(this.items).sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id);
  }

  public async add(correction: ThemeCorrection): Promise<Stored<ThemeCorrection>> {
    checkCorrection(correction);
    const by = correction.by.trim();
    const note = correction.note?.trim() || undefined;
    const item = { ...correction, by: by.includes('@') ? by.toLowerCase() : by, at: toSecond(correction.at) as string, note, id: this.items.length + 1, etag: '1' };
    this.items.push(item);
    return { ...item };
  }
}
