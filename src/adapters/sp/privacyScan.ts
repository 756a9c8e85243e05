// Reads everything the lists hold, for the privacy rules in core/privacy: every item of every list
// of the schema (Title and its own fields), and the version history of each item in a list with
// versioning on. With the service's identity this is everything; a list the caller cannot read is
// named in `unreadable`, never silently left out.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { personRef, type ListShape, type PersonRef } from '../../core/privacy/fields';
import type { Holdings, RawItem, RawVersion } from '../../core/privacy/records';
import { normalizeEmail } from '../../core/email';
import { LIST, LISTS, selectFields } from '../../lists/schema';
import { mapSpError, statusOf } from './errors';
import { etagOf, type Item } from './mappers';
import { siteUsers } from './siteUsers';
import { fromSpDate, str } from './values';

/** Versions read at once: enough to be quick, few enough not to be throttled. */
const PARALLEL = 6;

/** The lists as core/privacy sees them: one place, the schema. */
export const PRIVACY_LISTS: readonly ListShape[] = LISTS;

function pick(raw: Record<string, unknown>, names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.filter((n) => n !== 'Id').map((n) => [n, raw[n] ?? null]));
}

async function listItems(sp: SPFI, title: string, names: string[]): Promise<RawItem[]> {
  const out: RawItem[] = [];
  for await (const page of sp.web.lists
    .getByTitle(title)
    .items.select(...names)
    .top(5000)) {
    for (const raw of page as Item[])
      out.push({ list: title, id: Number(raw.Id), etag: etagOf(raw), fields: pick(raw, names) });
  }
  return out;
}

interface VersionRaw extends Record<string, unknown> {
  VersionId: number;
  VersionLabel: string;
  IsCurrentVersion?: boolean;
  Created?: string;
  Editor?: { Email?: string | null } | null;
}

async function itemVersions(sp: SPFI, item: RawItem, names: string[]): Promise<RawVersion[]> {
  const raw = (await sp.web.lists.getByTitle(item.list).items.getById(item.id).versions()) as VersionRaw[];
  return raw.map((v) => ({
    list: item.list,
    id: item.id,
    versionId: Number(v.VersionId),
    label: str(v.VersionLabel),
    current: v.IsCurrentVersion === true,
    at: fromSpDate(v.Created) ?? '',
    by: normalizeEmail(str(v.Editor?.Email)),
    fields: pick(v, names)
  }));
}

/** Every list's items and, for versioned lists, their versions. */
export async function readHoldings(sp: SPFI): Promise<Holdings> {
  const holdings: Holdings = { items: [], versions: [], unreadable: [] };
  for (const def of LISTS) {
    const names = selectFields(def);
    let items: RawItem[];
    try {
      items = await listItems(sp, def.title, names);
    } catch (e) {
      const status = statusOf(e);
      if (status === 403 || status === 404 || status === 401) {
        holdings.unreadable.push(def.title);
        continue;
      }
      return mapSpError(e, `the ${def.title} list`);
    }
    holdings.items.push(...items);
    if (!def.versioning) continue;
    for (let i = 0; i < items.length; i += PARALLEL) {
      const batch = await Promise.all(items.slice(i, i + PARALLEL).map((it) => itemVersions(sp, it, names)));
      for (const vs of batch) holdings.versions.push(...vs);
    }
  }
  return holdings;
}

/** The person with every name the site knows for them (their Councillors item, their site user). */
export async function personOnSite(
  sp: SPFI,
  email: string,
  holdings: Holdings
): Promise<{ person: PersonRef; councillor?: RawItem }> {
  const wanted = normalizeEmail(email);
  const councillor = holdings.items.find(
    (i) => i.list === LIST.councillors && normalizeEmail(str(i.fields.Email)) === wanted
  );
  const names = councillor ? [str(councillor.fields.Title)] : [];
  const user = (await siteUsers(sp).catch(() => [])).find((u) => u.email === wanted);
  if (user && user.name.includes(' ')) names.push(user.name);
  return { person: personRef(wanted, names), ...(councillor ? { councillor } : {}) };
}

/** Other people's names the lists know (every councillor and site user but the subject): redacted in an export. */
export async function otherNames(sp: SPFI, holdings: Holdings, subject: PersonRef): Promise<string[]> {
  const councillors = holdings.items
    .filter((i) => i.list === LIST.councillors && normalizeEmail(str(i.fields.Email)) !== subject.email)
    .map((i) => str(i.fields.Title));
  const users = (await siteUsers(sp).catch(() => []))
    .filter((u) => u.email !== subject.email && u.name.includes(' '))
    .map((u) => u.name);
  return Array.from(new Set([...councillors, ...users]));
}
