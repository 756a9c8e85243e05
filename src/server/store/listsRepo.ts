// Lists: metadata rows plus one items table each, with SharePoint's built-in fields.
import { randomUUID } from 'crypto';
import { SqlDb } from './db';
import { FieldDef, FieldProps } from './fieldTypes';
import { itemsTable, itemsTableDdl } from './schema';

export interface ListRow {
  id: number;
  guid: string;
  title: string;
  entity_name: string;
  url_name: string;
  base_template: number;
  created: string;
  modified: string;
  last_item_modified: string;
  props: string;
  scope_id: number | null;
  version: number;
}

export interface ListInfo extends Omit<ListRow, 'props'> {
  props: Record<string, unknown>;
}

/** SharePoint's name encoding: anything but letters and digits becomes _xHHHH_. */
export function encodeName(text: string): string {
  let out = '';
  for (const ch of text) {
    if (/[A-Za-z0-9_]/.test(ch) && !(out === '' && ch === '_')) out += ch;
    else out += `_x${ch.codePointAt(0)?.toString(16).padStart(4, '0')}_`;
  }
  return out;
}

export const versioningOn = (l: ListInfo): boolean => l.props.EnableVersioning === true;

const BUILTIN: Array<{ name: string; title: string; kind: number; props: FieldProps }> = [
  { name: 'ID', title: 'ID', kind: 5, props: { ReadOnlyField: true, Indexed: false } },
  { name: 'Title', title: 'Title', kind: 2, props: { Required: true, MaxLength: 255 } },
  { name: 'Modified', title: 'Modified', kind: 4, props: { ReadOnlyField: true } },
  { name: 'Created', title: 'Created', kind: 4, props: { ReadOnlyField: true } },
  { name: 'Author', title: 'Created By', kind: 20, props: { ReadOnlyField: true } },
  { name: 'Editor', title: 'Modified By', kind: 20, props: { ReadOnlyField: true } },
  { name: 'GUID', title: 'GUID', kind: 14, props: { ReadOnlyField: true, Hidden: true } }
];

export function parseList(row: ListRow): ListInfo {
  let props: Record<string, unknown> = {};
  try {
    props = JSON.parse(row.props) as Record<string, unknown>;
  } catch {
    props = {};
  }
  return { ...row, props };
}

export class ListsRepo {
  constructor(private readonly sql: SqlDb) {}

  all(): ListInfo[] {
    return this.sql.all<ListRow>('SELECT * FROM lists ORDER BY id').map(parseList);
  }

  byTitle(title: string): ListInfo | undefined {
    const row = this.sql.get<ListRow>('SELECT * FROM lists WHERE title = ?', title);
    return row && parseList(row);
  }

  byGuid(guid: string): ListInfo | undefined {
    const row = this.sql.get<ListRow>('SELECT * FROM lists WHERE guid = ?', guid.toLowerCase().replace(/[{}]/g, ''));
    return row && parseList(row);
  }

  byId(id: number): ListInfo | undefined {
    const row = this.sql.get<ListRow>('SELECT * FROM lists WHERE id = ?', id);
    return row && parseList(row);
  }

  create(title: string, baseTemplate: number, props: Record<string, unknown>, now: string): ListInfo {
    const urlName = title;
    const entity = `${encodeName(urlName)}List`;
    const info = this.sql.run(
      'INSERT INTO lists (guid, title, entity_name, url_name, base_template, created, modified, last_item_modified, props) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      randomUUID(),
      title,
      entity,
      urlName,
      baseTemplate,
      now,
      now,
      now,
      JSON.stringify(props)
    );
    const id = Number(info.lastInsertRowid);
    this.sql.exec(itemsTableDdl(id));
    BUILTIN.forEach((b, i) => {
      this.sql.run(
        'INSERT INTO fields (list_id, internal_name, guid, title, kind, builtin, position, props) VALUES (?, ?, ?, ?, ?, 1, ?, ?)',
        id,
        b.name,
        randomUUID(),
        b.title,
        b.kind,
        i,
        JSON.stringify({
          Required: false,
          Indexed: false,
          EnforceUniqueValues: false,
          Hidden: false,
          ReadOnlyField: false,
          ...b.props
        })
      );
    });
    return this.byId(id) as ListInfo;
  }

  update(list: ListInfo, title: string, props: Record<string, unknown>, now: string): void {
    this.sql.run(
      'UPDATE lists SET title = ?, props = ?, modified = ?, version = version + 1 WHERE id = ?',
      title,
      JSON.stringify(props),
      now,
      list.id
    );
  }

  touchItems(listId: number, now: string): void {
    this.sql.run('UPDATE lists SET last_item_modified = ? WHERE id = ?', now, listId);
  }

  itemCount(listId: number): number {
    return this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM ${itemsTable(listId)}`)?.n ?? 0;
  }

  delete(list: ListInfo): void {
    this.sql.exec(`DROP TABLE IF EXISTS ${itemsTable(list.id)}`);
    this.sql.run('DELETE FROM fields WHERE list_id = ?', list.id);
    this.sql.run('DELETE FROM item_versions WHERE list_id = ?', list.id);
    this.sql.run('DELETE FROM lists WHERE id = ?', list.id);
  }

  /** Fields in creation order. */
  fields(listId: number): FieldDef[] {
    return this.sql
      .all<{
        list_id: number;
        internal_name: string;
        guid: string;
        title: string;
        kind: number;
        builtin: number;
        position: number;
        props: string;
      }>('SELECT * FROM fields WHERE list_id = ? ORDER BY position', listId)
      .map((r) => ({
        listId: r.list_id,
        internalName: r.internal_name,
        guid: r.guid,
        title: r.title,
        kind: r.kind,
        builtin: r.builtin === 1,
        position: r.position,
        props: JSON.parse(r.props) as FieldProps
      }));
  }
}
