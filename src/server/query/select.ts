// $select / $expand for list items: unknown names are SharePoint's 400, and person fields can be
// expanded (Author/Title, Editor/EMail …) like lookups.
import { errors } from '../http/odataErrors';
import { FieldDef, propertyOf } from '../store/fieldTypes';

/** Item properties that are not fields but that SharePoint lets you select. */
export const ITEM_SYSTEM_PROPS = [
  'FileSystemObjectType',
  'Id',
  'ID',
  'ContentTypeId',
  'Title',
  'Modified',
  'Created',
  'AuthorId',
  'EditorId',
  'OData__UIVersionString',
  'Attachments',
  'GUID'
];
const SELECT_ONLY = ['HasUniqueRoleAssignments'];
export const USER_EXPAND_PROPS = ['Id', 'Title', 'EMail', 'Name'];

export interface ItemSelection {
  /** undefined = the default full item. */
  names?: Set<string>;
  /** Person fields to expand, with the sub-properties wanted (empty = all). */
  expand: Map<string, Set<string>>;
}

export function parseItemSelection(select: string | null, expand: string | null, fields: FieldDef[]): ItemSelection {
  const userFields = new Map(fields.filter((f) => f.kind === 20).map((f) => [f.internalName, f]));
  const expanded = new Set<string>();
  for (const e of (expand ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!userFields.has(e)) throw errors.unknownQueryField(e);
    expanded.add(e);
  }
  const sel: ItemSelection = { expand: new Map() };
  for (const e of expanded) sel.expand.set(e, new Set());
  const parts = (select ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.includes('*')) return sel;
  const known = new Set([...ITEM_SYSTEM_PROPS, ...SELECT_ONLY, ...fields.map(propertyOf)]);
  const names = new Set<string>();
  const subs = new Map<string, Set<string>>();
  for (const p of parts) {
    const slash = p.indexOf('/');
    if (slash > 0) {
      const head = p.slice(0, slash);
      const sub = p.slice(slash + 1);
      if (!userFields.has(head) || !USER_EXPAND_PROPS.includes(sub)) throw errors.unknownQueryField(p);
      if (!expanded.has(head)) throw errors.expandRequired(p, head);
      if (!subs.has(head)) subs.set(head, new Set());
      subs.get(head)?.add(sub);
      names.add(head);
      continue;
    }
    if (userFields.has(p)) {
      if (!expanded.has(p)) throw errors.unknownQueryField(p);
      names.add(p);
      continue;
    }
    if (!known.has(p)) throw errors.unknownQueryField(p);
    names.add(p);
  }
  for (const [head, s] of subs) sel.expand.set(head, s);
  sel.names = names;
  return sel;
}
