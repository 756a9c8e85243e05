// What every list mapper shares: the item type, the mapper interface, the etag and the field copier.
// `select` names exactly the fields mapped, so every query $selects only what it reads.
import type { Stored } from '../../core/ports/repositories';
import { str } from './values';

export type Item = Record<string, unknown>;

export interface Mapper<T> {
  select: string[];
  fromItem(item: Item): Stored<T>;
  /** Partial changes map to partial items, so an update writes only what changed. */
  toItem(value: Partial<T>): Item;
}

export const etagOf = (item: Item): string =>
  str(item['odata.etag'] ?? (item.__metadata as { etag?: string } | undefined)?.etag ?? '*');

/** Copies only the keys present in `value`, renamed and converted. */
export function pick<T>(value: Partial<T>, fields: { [K in keyof T]?: [string, (v: T[K]) => unknown] }): Item {
  const item: Item = {};
  for (const key of Object.keys(fields) as (keyof T)[]) {
    if (!(key in value)) continue;
    const [name, convert] = fields[key] as [string, (v: unknown) => unknown];
    item[name] = convert(value[key]);
  }
  return item;
}
export const same = <V>(v: V): V => (v === undefined ? (null as unknown as V) : v);
