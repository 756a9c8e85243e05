// Plain fetch REST, as a hostile user would send it: no product client code between the caller and
// the list server. Plus the admin's view used to prove a refusal changed nothing: a snapshot of an
// item (fields, ETag, its permissions), and victims: copies of a subject with the same role
// assignments, so writes that succeed never destroy the item the product shared.
import { listDef } from '../../src/lists/schema';
import { EMAIL, type Op, type Outcome } from './matrixTable';

/** SharePoint's Full Control role definition id (src/server/README.md, roles). */
export const FULL_CONTROL = 1073741829;

export interface Reply {
  status: number;
  body: unknown;
  etag: string | null;
}

/** One REST call as `user` ('' = anonymous: no identity header). */
export async function rest(
  base: string,
  user: string,
  method: 'GET' | 'POST',
  apiPath: string,
  extra: { body?: unknown; verb?: 'MERGE' | 'DELETE' } = {}
): Promise<Reply> {
  const headers: Record<string, string> = { Accept: 'application/json;odata=nometadata' };
  if (user) headers['X-Frontline-User'] = user;
  if (method === 'POST') {
    headers['Content-Type'] = 'application/json;odata=nometadata';
    headers['X-RequestDigest'] = 'matrix';
  }
  if (extra.verb) {
    headers['X-HTTP-Method'] = extra.verb;
    headers['IF-Match'] = '*';
  }
  const res = await fetch(`${base}/_api/${apiPath}`, {
    method,
    headers,
    body: extra.body === undefined ? undefined : JSON.stringify(extra.body)
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: kept as text
  }
  return { status: res.status, body, etag: res.headers.get('etag') };
}

export const itemsPath = (list: string): string => `web/lists/getbytitle('${list.replace(/'/g, "''")}')/items`;
const ok = (status: number): boolean => status >= 200 && status < 300;

/** An item as the admin sees it: undefined once it is gone. Everything that a write could change. */
export async function snapshot(base: string, list: string, id: number): Promise<string | undefined> {
  const item = await rest(base, EMAIL.admin, 'GET', `${itemsPath(list)}(${id})`);
  if (item.status === 404) return undefined;
  if (item.status !== 200) throw new Error(`admin read of ${list} ${id}: ${item.status}`);
  const unique = await rest(base, EMAIL.admin, 'GET', `${itemsPath(list)}(${id})?$select=HasUniqueRoleAssignments`);
  const roles = await rest(
    base,
    EMAIL.admin,
    'GET',
    `${itemsPath(list)}(${id})/roleassignments?$expand=RoleDefinitionBindings`
  );
  return JSON.stringify({
    item: { ...(item.body as object), ETag: item.etag },
    unique: unique.body,
    roles: assignments(roles.body)
  });
}

/** What differs between two snapshots, briefly: the fields written, the permissions changed, or 'deleted'. */
export function changes(before: string | undefined, after: string | undefined): string {
  if (after === undefined) return before === undefined ? 'nothing' : 'deleted';
  if (before === undefined) return 'created';
  const [b, a] = [JSON.parse(before), JSON.parse(after)] as Record<string, Record<string, unknown>>[];
  const out = Object.keys({ ...b.item, ...a.item })
    .filter((k) => JSON.stringify(b.item[k]) !== JSON.stringify(a.item[k]))
    .map((k) => `${k}: ${JSON.stringify(b.item[k])} -> ${JSON.stringify(a.item[k])}`);
  if (JSON.stringify(b.unique) !== JSON.stringify(a.unique)) out.push('inheritance changed');
  if (JSON.stringify(b.roles) !== JSON.stringify(a.roles))
    out.push(`roles ${JSON.stringify(b.roles)} -> ${JSON.stringify(a.roles)}`);
  return out.join('; ');
}

/** `principal:role` pairs, sorted. */
function assignments(body: unknown): string[] {
  const value = (body as { value?: { PrincipalId: number; RoleDefinitionBindings?: { Id: number }[] }[] }).value ?? [];
  return value.flatMap((a) => (a.RoleDefinitionBindings ?? []).map((r) => `${a.PrincipalId}:${r.Id}`)).sort();
}

/** Ids of the items the admin finds with this Title. */
export async function idsTitled(base: string, list: string, title: string): Promise<number[]> {
  const r = await rest(base, EMAIL.admin, 'GET', `${itemsPath(list)}?$select=Id&$top=5000&$filter=Title eq '${title}'`);
  return ((r.body as { value?: { Id: number }[] }).value ?? []).map((i) => i.Id);
}

/**
 * A copy of the subject made by the admin: its fields (unique ones left empty) and, when the
 * subject has its own permissions, exactly its role assignments, so every caller has on the copy
 * what the product granted them on the subject.
 */
export async function cloneItem(base: string, list: string, id: number): Promise<number> {
  const source = (await rest(base, EMAIL.admin, 'GET', `${itemsPath(list)}(${id})`)).body as Record<string, unknown>;
  const def = listDef(list);
  const body: Record<string, unknown> = { Title: `victim of ${id}` };
  for (const f of def.fields)
    if (!f.unique && source[f.name] !== null && source[f.name] !== undefined) body[f.name] = source[f.name];
  const made = await rest(base, EMAIL.admin, 'POST', itemsPath(list), { body });
  if (made.status !== 201) throw new Error(`cloning ${list} ${id}: ${made.status} ${JSON.stringify(made.body)}`);
  const copy = (made.body as { Id: number }).Id;
  const unique = (await rest(base, EMAIL.admin, 'GET', `${itemsPath(list)}(${id})?$select=HasUniqueRoleAssignments`))
    .body as { HasUniqueRoleAssignments: boolean };
  if (!unique.HasUniqueRoleAssignments) return copy;
  const roles = await rest(
    base,
    EMAIL.admin,
    'GET',
    `${itemsPath(list)}(${id})/roleassignments?$expand=RoleDefinitionBindings`
  );
  const at = `${itemsPath(list)}(${copy})`;
  await rest(base, EMAIL.admin, 'POST', `${at}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`);
  for (const pair of assignments(roles.body)) {
    const [principal, role] = pair.split(':');
    const added = await rest(
      base,
      EMAIL.admin,
      'POST',
      `${at}/roleassignments/addroleassignment(principalid=${principal},roledefid=${role})`
    );
    if (!ok(added.status)) throw new Error(`copying permissions to ${list} ${copy}: ${added.status}`);
  }
  if ((await snapshot(base, list, copy))?.includes(`"roles":${JSON.stringify(assignments(roles.body))}`) !== true) {
    throw new Error(`the copy of ${list} ${id} does not hold the same role assignments`);
  }
  return copy;
}

export interface Attempt {
  op: Op;
  list: string;
  /** The subject (read, list) or its victim copy (update, delete, perms); unused for create. */
  id: number;
  user: string;
  /** Site user id of the caller (the principal a permission change grants Full Control to). */
  principalId: number;
  marker: string;
  fields: Record<string, unknown>;
}

/** Runs one operation and says what happened: 'allowed' (2xx, and for list reads the id came back) or the status. */
export async function attempt(base: string, a: Attempt): Promise<{ outcome: Outcome | number; detail: string }> {
  const item = `${itemsPath(a.list)}(${a.id})`;
  const say = (r: Reply): { outcome: Outcome | number; detail: string } => ({
    outcome: ok(r.status) ? 'allowed' : r.status,
    detail: `${r.status} ${typeof r.body === 'string' ? r.body.slice(0, 120) : JSON.stringify(r.body ?? '').slice(0, 160)}`
  });
  switch (a.op) {
    case 'read': {
      const r = await rest(base, a.user, 'GET', item);
      return r.status === 200 && (r.body as { Id?: number }).Id !== a.id
        ? { outcome: 500, detail: 'a 200 for another item' }
        : say(r);
    }
    case 'list': {
      const r = await rest(base, a.user, 'GET', `${itemsPath(a.list)}?$select=Id&$top=5000`);
      if (r.status !== 200) return say(r);
      const ids = ((r.body as { value?: { Id: number }[] }).value ?? []).map((i) => i.Id);
      // Security trimming: the item is simply not there, which SharePoint's items(id) calls 404.
      return ids.includes(a.id)
        ? { outcome: 'allowed', detail: `200 with ${ids.length} items` }
        : { outcome: 404, detail: `200 without it (${ids.length} items)` };
    }
    case 'create':
      return say(await rest(base, a.user, 'POST', itemsPath(a.list), { body: { Title: a.marker, ...a.fields } }));
    case 'update':
      return say(await rest(base, a.user, 'POST', item, { body: { Title: a.marker, ...a.fields }, verb: 'MERGE' }));
    case 'delete':
      return say(await rest(base, a.user, 'POST', item, { verb: 'DELETE' }));
    case 'perms': {
      const broke = await rest(
        base,
        a.user,
        'POST',
        `${item}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=false)`
      );
      if (!ok(broke.status)) return say(broke);
      return say(
        await rest(
          base,
          a.user,
          'POST',
          `${item}/roleassignments/addroleassignment(principalid=${a.principalId},roledefid=${FULL_CONTROL})`
        )
      );
    }
  }
}
