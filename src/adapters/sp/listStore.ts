// Typed access to one list through @pnp/sp. Takes an SPFI, the smallest thing PnPjs needs, so the
// same code runs in SPFx (SPFx(context)), in Node against SharePoint Online, and against the local
// list server.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { Stored } from '../../core/ports/repositories';
import { mapSpError, statusOf } from './errors';
import type { Item, Mapper } from './mappers';

/** SharePoint's largest page; paging follows odata.nextLink beyond it. */
export const PAGE_SIZE = 5000;

/**
 * SharePoint trims away a list the caller holds no permission on (a councillor with nothing shared in
 * Head of Service Responses): "List ... does not exist", a 404 no query of an existing list gives
 * (PnPjs's retry behaviour does not always keep the message). For a reader that list holds nothing.
 */
function listHidden(e: unknown): boolean {
  return statusOf(e) === 404;
}

export class ListStore<T> {
  public constructor(
    private readonly sp: SPFI,
    public readonly title: string,
    private readonly mapper: Mapper<T>,
    /** How an item is named in error messages, e.g. "visit". */
    private readonly noun: string
  ) {}

  private get list() {
    return this.sp.web.lists.getByTitle(this.title);
  }

  /** Every item matching `filter`, across pages, $selecting only mapped fields. */
  public async query(filter?: string, orderBy?: { field: string; ascending?: boolean }): Promise<Stored<T>[]> {
    try {
      let q = this.list.items.select(...this.mapper.select).top(PAGE_SIZE);
      if (filter) q = q.filter(filter);
      if (orderBy) q = q.orderBy(orderBy.field, orderBy.ascending !== false);
      const out: Stored<T>[] = [];
      for await (const page of q) for (const item of page as Item[]) out.push(this.mapper.fromItem(item));
      return out;
    } catch (e) {
      if (listHidden(e)) return [];
      return mapSpError(e, `the ${this.title} list`);
    }
  }

  public async first(filter: string): Promise<Stored<T> | undefined> {
    try {
      const items = (await this.list.items
        .select(...this.mapper.select)
        .filter(filter)
        .top(1)()) as Item[];
      return items.length ? this.mapper.fromItem(items[0]) : undefined;
    } catch (e) {
      if (listHidden(e)) return undefined;
      return mapSpError(e, `the ${this.title} list`);
    }
  }

  public async get(id: number): Promise<Stored<T>> {
    try {
      const item = (await this.list.items.getById(id).select(...this.mapper.select)()) as Item;
      return this.mapper.fromItem(item);
    } catch (e) {
      return mapSpError(e, `${this.noun} ${id}`);
    }
  }

  /** `columns`: ones the mapper cannot give synchronously (a hashed key), written with the item. */
  public async add(value: Partial<T>, title: string, columns: Record<string, unknown> = {}): Promise<Stored<T>> {
    try {
      const created = (await this.list.items.add({ ...this.mapper.toItem(value), ...columns, Title: title })) as Item;
      return this.mapper.fromItem(created);
    } catch (e) {
      return mapSpError(e, `this ${this.noun}`);
    }
  }

  /**
   * MERGE with IF-Match at the etag `current` was read with: a stale etag raises ConflictError and
   * writes nothing. One request: the result is `current` with the changes and the new etag.
   */
  public async update(current: Stored<T>, changes: Partial<T>, title?: string): Promise<Stored<T>> {
    const item = this.mapper.toItem(changes);
    if (title) item.Title = title;
    try {
      const result = (await this.list.items.getById(current.id).update(item, current.etag)) as { etag?: string | null };
      return { ...current, ...changes, id: current.id, etag: result?.etag ?? current.etag };
    } catch (e) {
      return mapSpError(e, `${this.noun} ${current.id}`);
    }
  }
}
