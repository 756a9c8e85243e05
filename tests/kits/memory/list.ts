// One list in memory, with the rules the SharePoint lists (and the local list server) keep: ids from
// 1, an ETag per item ("1", "2", … its version) checked on every update as IF-Match is (a stale one:
// ConflictError, nothing written; "*" or none: any version), a unique column (DuplicateValueError,
// as the SP adapters map the list's refusal), and text compared without case. Lookups go through
// indexes (maps by id, by the unique key and by each indexed column), never a scan of the list.
import { ConflictError, NotFoundError } from '../../../src/core/errors';
import type { Stored } from '../../../src/core/ports/repositories';
import { DuplicateValueError } from '../../../src/adapters/sp/errors';

/** Deep copy, as a round trip through the list is: callers never share an object with the store. */
export const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** SharePoint compares text case-insensitively (so does the local list server). */
const keyOf = (v: unknown): string => String(v).toLowerCase();

/** IF-Match as the list server reads it: "*", none, or the current ETag (W/ and quotes ignored). */
export function etagMatches(given: string | undefined, current: string): boolean {
  const strip = (e: string): string => e.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  return !given || given.trim() === '*' || strip(given) === strip(current);
}

/** Who the service's own writes are made by, as SharePoint's version history names its identity. */
export const SERVICE_IDENTITY = 'admin@frontline.local';

/** One version of an item, as SharePoint's version history keeps it: label, when, by whom, the item. */
export interface Version<T> {
  label: string;
  at: string;
  by: string;
  value: Stored<T>;
}

export interface ListRules<T> {
  /** How an item is named in messages, e.g. "visit". */
  noun: string;
  /** What the list's columns do to a value (e-mails lower case, DateTime to the second, …). */
  normalise?: (value: Partial<T>) => Partial<T>;
  /** The unique column: a second item with the same value is refused. */
  unique?: (item: T) => string | number;
  /** Indexed columns, by name: the value(s) an item is found by. */
  indexes?: Record<string, (item: T) => string | number | undefined | (string | number)[]>;
}

export class MemoryList<T extends object> {
  private readonly rows = new Map<number, Stored<T>>();
  private readonly uniques = new Map<string, number>();
  private readonly indexes = new Map<string, Map<string, Set<number>>>();
  /** Every version of each item (rows are replaced, never changed in place, so they are shared). */
  // Kept cheap on the write path (the bench writes through these lists): a time, a writer, the row.
  private readonly history = new Map<number, { at: number; by: string; value: Stored<T> }[]>();
  private nextId = 1;

  public constructor(private readonly rules: ListRules<T>) {
    for (const name of Object.keys(rules.indexes ?? {})) this.indexes.set(name, new Map());
  }

  public get size(): number {
    return this.rows.size;
  }

  /** Every item, by id. */
  public all(): Stored<T>[] {
    return Array.from(this.rows.values(), clone);
  }

  public find(id: number): Stored<T> | undefined {
    return clone(this.rows.get(id));
  }

  public get(id: number): Stored<T> {
    const row = this.rows.get(id);
    if (!row) throw new NotFoundError(`${capital(this.rules.noun)} ${id} was not found, or you may not see it.`);
    return clone(row);
  }

  /** The item holding the unique value. */
  public byUnique(value: string | number): Stored<T> | undefined {
    const id = this.uniques.get(keyOf(value));
    return id === undefined ? undefined : this.find(id);
  }

  /** Items whose indexed column `index` holds `value`, by id. */
  public where(index: string, value: string | number): Stored<T>[] {
    const ids = this.indexes.get(index)?.get(keyOf(value));
    if (!this.indexes.has(index)) throw new Error(`No index '${index}' on the ${this.rules.noun} list.`);
    return ids
      ? Array.from(ids)
          .sort((a, b) => a - b)
          .map((id) => clone(this.rows.get(id) as Stored<T>))
      : [];
  }

  /** Adds the item; DuplicateValueError (nothing written) when its unique value is taken. */
  public add(value: Partial<T>, by: string = SERVICE_IDENTITY): Stored<T> {
    const item = clone(this.normalise(value)) as T;
    const unique = this.rules.unique && keyOf(this.rules.unique(item));
    if (unique !== undefined && this.uniques.has(unique))
      throw new DuplicateValueError(`This ${this.rules.noun} already exists.`);
    const row = { ...item, id: this.nextId++, etag: '"1"' } as Stored<T>;
    this.put(row);
    this.version(row, by);
    return clone(row);
  }

  /** Writes `changes` if the item is still at `current.etag`; else ConflictError and no write. */
  public update(current: { id: number; etag: string }, changes: Partial<T>, by: string = SERVICE_IDENTITY): Stored<T> {
    const row = this.rows.get(current.id);
    if (!row)
      throw new NotFoundError(`${capital(this.rules.noun)} ${current.id} was not found, or you may not see it.`);
    if (!etagMatches(current.etag, row.etag))
      throw new ConflictError(
        `Someone else changed ${this.rules.noun} ${current.id} since it was opened. Reload it to see their change, then try again.`
      );
    const next = {
      ...row,
      ...clone(this.normalise(changes)),
      id: row.id,
      etag: `"${Number(row.etag.replace(/"/g, '')) + 1}"`
    } as Stored<T>;
    // A field set to undefined is cleared, as a list column set to null is.
    for (const [k, v] of Object.entries(changes)) if (v === undefined) delete (next as Record<string, unknown>)[k];
    const unique = this.rules.unique && keyOf(this.rules.unique(next));
    const holder = unique === undefined ? undefined : this.uniques.get(unique);
    if (holder !== undefined && holder !== row.id)
      throw new DuplicateValueError(`This ${this.rules.noun} already exists.`);
    this.drop(row);
    this.put(next);
    this.version(next, by);
    return clone(next);
  }

  /** Deletes the item if it is still at `current.etag`: NotFoundError when gone, ConflictError when changed. */
  public remove(current: { id: number; etag: string }): void {
    const row = this.rows.get(current.id);
    if (!row)
      throw new NotFoundError(`${capital(this.rules.noun)} ${current.id} was not found, or you may not see it.`);
    if (!etagMatches(current.etag, row.etag))
      throw new ConflictError(`Someone else changed ${this.rules.noun} ${current.id} since it was read.`);
    this.drop(row);
    this.rows.delete(row.id);
    this.history.delete(row.id);
  }

  /** Someone else's change (a site owner editing the list, `by`), bypassing the ETag; recorded as theirs. */
  public touch(id: number, changes: Partial<T>, by = 'site owner'): Stored<T> {
    return this.update({ id, etag: '*' }, changes, by);
  }

  /** An item someone other than the service created by hand (`by`). */
  public addAs(by: string, value: Partial<T>): Stored<T> {
    return this.add(value, by);
  }

  /** The item's versions, oldest first (none once it is deleted). */
  public versions(id: number): Version<T>[] {
    return (this.history.get(id) ?? []).map((v, i) => ({
      label: `${i + 1}.0`,
      at: new Date(v.at).toISOString(),
      by: v.by.toLowerCase(),
      value: clone(v.value)
    }));
  }

  private version(value: Stored<T>, by: string): void {
    const versions = this.history.get(value.id);
    const entry = { at: Date.now(), by, value };
    if (versions) versions.push(entry);
    else this.history.set(value.id, [entry]);
  }

  private normalise(value: Partial<T>): Partial<T> {
    return this.rules.normalise ? this.rules.normalise(value) : value;
  }

  private put(row: Stored<T>): void {
    this.rows.set(row.id, row);
    if (this.rules.unique) this.uniques.set(keyOf(this.rules.unique(row)), row.id);
    for (const [name, values] of this.entries(row)) {
      const index = this.indexes.get(name) as Map<string, Set<number>>;
      for (const v of values) index.set(v, (index.get(v) ?? new Set()).add(row.id));
    }
  }

  private drop(row: Stored<T>): void {
    if (this.rules.unique) this.uniques.delete(keyOf(this.rules.unique(row)));
    for (const [name, values] of this.entries(row))
      for (const v of values) this.indexes.get(name)?.get(v)?.delete(row.id);
  }

  private entries(row: T): [string, string[]][] {
    return Object.entries(this.rules.indexes ?? {}).map(([name, of]) => {
      const v = of(row);
      const list = v === undefined ? [] : Array.isArray(v) ? v : [v];
      return [name, Array.from(new Set(list.map(keyOf)))];
    });
  }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
