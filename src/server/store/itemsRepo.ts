// List item writes and version history. Every write happens inside the caller's transaction;
// unique indexes turn a duplicate claim into SPDuplicateValuesFoundException atomically.
import { randomUUID } from 'crypto';
import { SqlDb } from './db';
import { CoerceContext, FieldDef, columnOf, defaultToDb, fromDb, isReadOnly, propertyOf, toDb } from './fieldTypes';
import { ListInfo, versioningOn } from './listsRepo';
import { itemsTable } from './schema';
import { errors } from '../http/odataErrors';

export interface ItemRow {
  ID: number;
  GUID: string;
  Created: string;
  Modified: string;
  AuthorId: number | null;
  EditorId: number | null;
  Version: number;
  ScopeId: number | null;
  [column: string]: unknown;
}

export interface VersionRow {
  version: number;
  created: string;
  editor_id: number | null;
  data: string;
}

/** Properties SharePoint computes; writes to them are ignored rather than refused. */
const IGNORED = new Set([
  'Id',
  'ID',
  'Created',
  'Modified',
  'AuthorId',
  'EditorId',
  'GUID',
  'FileSystemObjectType',
  'Attachments',
  'ContentTypeId',
  'OData__UIVersionString',
  'ServerRedirectedEmbedUri',
  'ServerRedirectedEmbedUrl',
  'ComplianceAssetId'
]);

/** Field values of a row keyed by item property name, as SharePoint returns them. */
/** An item's field values plus the system fields a version keeps: what one version stores. */
export function versionData(fields: FieldDef[], row: ItemRow): Record<string, unknown> {
  return {
    ...rowValues(fields, row),
    Modified: row.Modified,
    Created: row.Created,
    AuthorId: row.AuthorId,
    EditorId: row.EditorId
  };
}

export function rowValues(fields: FieldDef[], row: ItemRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.builtin && f.internalName !== 'Title') continue;
    out[propertyOf(f)] = fromDb(f, row[columnOf(f).slice(1, -1)]);
  }
  return out;
}

function isConstraint(e: unknown): boolean {
  return (
    typeof (e as { code?: unknown }).code === 'string' && (e as { code: string }).code.startsWith('SQLITE_CONSTRAINT')
  );
}

export class ItemsRepo {
  constructor(private readonly sql: SqlDb) {}

  get(listId: number, id: number): ItemRow | undefined {
    return this.sql.get<ItemRow>(`SELECT * FROM ${itemsTable(listId)} WHERE ID = ?`, id);
  }

  /** Maps a request body to column values, refusing unknown properties like SharePoint does. */
  private columns(
    list: ListInfo,
    fields: FieldDef[],
    body: Record<string, unknown>,
    ctx: CoerceContext
  ): Map<string, unknown> {
    const byProp = new Map(fields.map((f) => [propertyOf(f), f]));
    const cols = new Map<string, unknown>();
    for (const [key, value] of Object.entries(body)) {
      if (key === '__metadata' || key.startsWith('odata.') || IGNORED.has(key)) continue;
      const f = byProp.get(key);
      if (!f) throw errors.unknownProperty(key, `SP.Data.${list.entity_name}Item`);
      if (isReadOnly(f)) continue;
      cols.set(columnOf(f), toDb(f, value, ctx));
    }
    return cols;
  }

  add(
    list: ListInfo,
    fields: FieldDef[],
    body: Record<string, unknown>,
    userId: number | null,
    now: string,
    ctx: CoerceContext
  ): ItemRow {
    const cols = this.columns(list, fields, body, ctx);
    for (const f of fields) {
      const c = columnOf(f);
      if (!cols.has(c) && !f.builtin) {
        const d = defaultToDb(f, ctx);
        if (d !== undefined) cols.set(c, d);
      }
    }
    const names = ['"GUID"', '"Created"', '"Modified"', '"AuthorId"', '"EditorId"', '"Version"', ...cols.keys()];
    const values = [randomUUID(), now, now, userId, userId, 1, ...cols.values()];
    let id: number;
    try {
      const info = this.sql.run(
        `INSERT INTO ${itemsTable(list.id)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
        ...values
      );
      id = Number(info.lastInsertRowid);
    } catch (e) {
      if (isConstraint(e)) throw errors.duplicateValues();
      throw e;
    }
    const row = this.get(list.id, id) as ItemRow;
    if (versioningOn(list)) this.snapshot(list, fields, row);
    return row;
  }

  update(
    list: ListInfo,
    fields: FieldDef[],
    row: ItemRow,
    body: Record<string, unknown>,
    userId: number | null,
    now: string,
    ctx: CoerceContext
  ): ItemRow {
    const cols = this.columns(list, fields, body, ctx);
    const sets = [
      ...[...cols.keys()].map((c) => `${c} = ?`),
      '"Modified" = ?',
      '"EditorId" = ?',
      '"Version" = "Version" + 1'
    ];
    try {
      this.sql.run(
        `UPDATE ${itemsTable(list.id)} SET ${sets.join(', ')} WHERE ID = ?`,
        ...cols.values(),
        now,
        userId,
        row.ID
      );
    } catch (e) {
      if (isConstraint(e)) throw errors.duplicateValues();
      throw e;
    }
    const next = this.get(list.id, row.ID) as ItemRow;
    if (versioningOn(list)) this.snapshot(list, fields, next);
    return next;
  }

  delete(listId: number, id: number): void {
    this.sql.run(`DELETE FROM ${itemsTable(listId)} WHERE ID = ?`, id);
    this.sql.run('DELETE FROM item_versions WHERE list_id = ? AND item_id = ?', listId, id);
  }

  /** Stores the item as it now is: SharePoint's version history, the list's native audit trail. */
  snapshot(list: ListInfo, fields: FieldDef[], row: ItemRow): void {
    const data = versionData(fields, row);
    this.sql.run(
      'INSERT OR REPLACE INTO item_versions (list_id, item_id, version, created, editor_id, data) VALUES (?, ?, ?, ?, ?, ?)',
      list.id,
      row.ID,
      row.Version,
      row.Modified,
      row.EditorId,
      JSON.stringify(data)
    );
  }

  versions(listId: number, itemId: number): VersionRow[] {
    return this.sql.all<VersionRow>(
      'SELECT version, created, editor_id, data FROM item_versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC',
      listId,
      itemId
    );
  }
}
