// Field provisioning: each custom field is a column of the list's items table; Indexed and
// EnforceUniqueValues map to a (unique) SQLite index, which is what makes unique claims atomic.
import { randomUUID } from 'crypto';
import { SqlDb } from './db';
import { FieldDef, FieldProps, columnOf, kindInfo, propertyOf } from './fieldTypes';
import { ListInfo, encodeName } from './listsRepo';
import { itemsTable } from './schema';
import { errors } from '../http/odataErrors';

/** Item properties that are not ordinary fields; no field may take their names. */
const RESERVED = [
  'Id',
  'FileSystemObjectType',
  'ContentTypeId',
  'ContentType',
  'AuthorId',
  'EditorId',
  'Attachments',
  'Version',
  'ScopeId',
  'HasUniqueRoleAssignments',
  'OData__UIVersionString'
];

/** Properties a client may not set; SharePoint derives or fixes them. */
const FIXED = new Set([
  'Id',
  'InternalName',
  'StaticName',
  'FieldTypeKind',
  'TypeAsString',
  'TypeDisplayName',
  'EntityPropertyName',
  'CanBeDeleted',
  'Sealed',
  'SchemaXml',
  'Scope'
]);

const bool = (v: unknown, name: string): boolean => {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'TRUE') return true;
  if (v === 'false' || v === 'FALSE') return false;
  throw errors.badValue(`Edm.Boolean (${name})`);
};

function normaliseProps(input: Record<string, unknown>): FieldProps {
  const out: FieldProps = {};
  for (const [k, v] of Object.entries(input)) {
    if (FIXED.has(k) || k === 'Title' || k.startsWith('odata.') || k === '__metadata') continue;
    if (['Indexed', 'EnforceUniqueValues', 'Required', 'Hidden', 'ReadOnlyField', 'FillInChoice'].includes(k))
      out[k] = bool(v, k);
    else if (k === 'Choices') {
      const arr = Array.isArray(v) ? v : v && typeof v === 'object' ? (v as { results?: unknown }).results : undefined;
      if (!Array.isArray(arr) || arr.some((x) => typeof x !== 'string'))
        throw errors.badValue('Collection(Edm.String)');
      out.Choices = arr as string[];
    } else if (k === 'MaxLength') {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 255) throw errors.badValue('Edm.Int32');
      out.MaxLength = n;
    } else out[k] = v;
  }
  return out;
}

/** Fields per list, built-in ones included: each is a column, and SQLite allows 2,000 per table. */
export const MAX_FIELDS = 500;

export class FieldsRepo {
  constructor(private readonly sql: SqlDb) {}

  private indexName(f: FieldDef): string {
    return `"ix_items_${f.listId}_${f.internalName}"`;
  }

  /** Makes the SQLite index match Indexed / EnforceUniqueValues. */
  private syncIndex(f: FieldDef): void {
    this.sql.exec(`DROP INDEX IF EXISTS ${this.indexName(f)}`);
    if (f.internalName === 'ID' || !f.props.Indexed) return;
    const unique = f.props.EnforceUniqueValues ? 'UNIQUE ' : '';
    try {
      this.sql.exec(`CREATE ${unique}INDEX ${this.indexName(f)} ON ${itemsTable(f.listId)} (${columnOf(f)})`);
    } catch (e) {
      if ((e as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) throw errors.duplicatesPreventUnique(f.title);
      throw e;
    }
  }

  private validate(f: FieldDef): void {
    const info = kindInfo(f.kind);
    if (f.props.Indexed && !info.indexable) throw errors.cannotIndex(f.title, info.typeAsString);
    if (f.props.EnforceUniqueValues && !f.props.Indexed) throw errors.uniqueNeedsIndex(f.title);
  }

  private save(f: FieldDef): void {
    this.sql.run(
      'UPDATE fields SET title = ?, props = ? WHERE list_id = ? AND internal_name = ?',
      f.title,
      JSON.stringify(f.props),
      f.listId,
      f.internalName
    );
  }

  /** Creates a field; the internal name comes from the title (SharePoint ignores InternalName here). */
  add(
    list: ListInfo,
    existing: FieldDef[],
    title: string,
    kind: number,
    input: Record<string, unknown>,
    internalName?: string
  ): FieldDef {
    if (!kindInfo(kind) || ![1, 2, 3, 4, 6, 8, 9, 10, 15, 20].includes(kind))
      throw errors.notSupported(`FieldTypeKind ${kind}`);
    if (existing.length >= MAX_FIELDS) throw errors.tooManyFields(MAX_FIELDS);
    if (typeof title !== 'string' || title.trim() === '') throw errors.badValue('Edm.String (Title)');
    const name = (internalName ?? encodeName(title)).slice(0, 32);
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw errors.badValue('Edm.String (InternalName)');
    const lower = name.toLowerCase();
    // Names that would clash with an existing field or item property (e.g. "Id", or "OfficerId" next to person field "Officer").
    const taken = new Set(
      [...RESERVED, ...existing.flatMap((f) => [f.internalName, propertyOf(f)])].map((n) => n.toLowerCase())
    );
    const property = (kind === 20 ? `${name}Id` : name).toLowerCase();
    if (
      taken.has(lower) ||
      taken.has(property) ||
      existing.some((f) => f.title.toLowerCase() === title.toLowerCase())
    ) {
      throw errors.fieldExists(title);
    }
    const base: FieldProps = {
      Required: false,
      Indexed: false,
      EnforceUniqueValues: false,
      Hidden: false,
      ReadOnlyField: false,
      Description: '',
      Group: 'Custom Columns',
      DefaultValue: null
    };
    if (kind === 2) base.MaxLength = 255;
    if (kind === 6 || kind === 15) {
      base.Choices = [];
      // Like SharePoint: a choice field takes only its choices in the forms unless FillInChoice is on.
      base.FillInChoice = false;
    }
    const f: FieldDef = {
      listId: list.id,
      internalName: name,
      guid: randomUUID(),
      title,
      kind,
      builtin: false,
      position: Math.max(...existing.map((x) => x.position)) + 1,
      props: { ...base, ...normaliseProps(input) }
    };
    this.validate(f);
    this.sql.run(
      'INSERT INTO fields (list_id, internal_name, guid, title, kind, builtin, position, props) VALUES (?, ?, ?, ?, ?, 0, ?, ?)',
      f.listId,
      f.internalName,
      f.guid,
      f.title,
      f.kind,
      f.position,
      JSON.stringify(f.props)
    );
    this.sql.exec(`ALTER TABLE ${itemsTable(list.id)} ADD COLUMN ${columnOf(f)} ${kindInfo(kind).sql}`);
    if (f.props.Indexed) this.syncIndex(f);
    return f;
  }

  /** MERGE on a field (what PnPjs field.update sends). */
  update(f: FieldDef, input: Record<string, unknown>): FieldDef {
    const next: FieldDef = { ...f, props: { ...f.props } };
    if (typeof input.Title === 'string' && input.Title.trim() !== '') next.title = input.Title;
    const changes = normaliseProps(input);
    const touchesIndex = 'Indexed' in changes || 'EnforceUniqueValues' in changes;
    if (
      f.builtin &&
      Object.keys(changes).some(
        (k) => !['Indexed', 'EnforceUniqueValues', 'Required', 'Description', 'Hidden'].includes(k)
      )
    ) {
      throw errors.readOnlyField(f.internalName);
    }
    Object.assign(next.props, changes);
    this.validate(next);
    if (
      touchesIndex &&
      (next.props.Indexed !== f.props.Indexed || next.props.EnforceUniqueValues !== f.props.EnforceUniqueValues)
    ) {
      this.syncIndex(next);
    }
    this.save(next);
    return next;
  }

  delete(f: FieldDef): void {
    if (f.builtin) throw errors.readOnlyField(f.internalName);
    this.sql.exec(`DROP INDEX IF EXISTS ${this.indexName(f)}`);
    this.sql.exec(`ALTER TABLE ${itemsTable(f.listId)} DROP COLUMN ${columnOf(f)}`);
    this.sql.run('DELETE FROM fields WHERE list_id = ? AND internal_name = ?', f.listId, f.internalName);
  }
}
