// An independent scan for the privacy tests: every list on the site, every item as plain REST returns
// it (all fields), and every version of every item, searched as text for a needle (case-insensitive).
import type { Site } from '../harness';
import { LOCAL_USER_HEADER } from '../../../../src/node/sp';
import { LOCAL_ADMIN } from '../../../../src/node/connection';

async function get(site: Site, path: string): Promise<Record<string, unknown>[]> {
  const res = await fetch(`${site.url}/_api/${path}`, {
    headers: { Accept: 'application/json;odata=nometadata', [LOCAL_USER_HEADER]: LOCAL_ADMIN }
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { value: Record<string, unknown>[] }).value;
}

/** `list#id` of every item whose current fields, or any version's, hold one of the needles. */
export async function itemsHolding(site: Site, needles: string[]): Promise<Set<string>> {
  const wanted = needles.map((n) => n.toLowerCase());
  const found = new Set<string>();
  const holds = (x: unknown): boolean => wanted.some((n) => JSON.stringify(x).toLowerCase().includes(n));
  for (const list of await get(site, 'web/lists?$select=Title')) {
    const title = String(list.Title);
    const base = `web/lists/getbytitle('${encodeURIComponent(title.replace(/'/g, "''"))}')/items`;
    for (const item of await get(site, `${base}?$top=5000`)) {
      const id = Number(item.Id ?? item.ID);
      if (holds(item)) found.add(`${title}#${id}`);
      for (const v of await get(site, `${base}(${id})/versions`)) if (holds(v)) found.add(`${title}#${id}`);
    }
  }
  return found;
}

/** Every list's items with every field and their versions, as text: equal before and after means nothing changed. */
export async function snapshot(site: Site): Promise<string> {
  const out: unknown[] = [];
  for (const list of await get(site, 'web/lists?$select=Title')) {
    const base = `web/lists/getbytitle('${encodeURIComponent(String(list.Title).replace(/'/g, "''"))}')/items`;
    for (const item of await get(site, `${base}?$top=5000`))
      out.push(list.Title, item, await get(site, `${base}(${Number(item.Id ?? item.ID)})/versions`));
  }
  return JSON.stringify(out);
}
