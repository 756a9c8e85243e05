// Field definitions and value conversion: how each kind is stored in SQLite and converted on the way in and out.
import { errors } from '../http/odataErrors';
import { kindInfo } from './fieldKinds';
import { toUtcIso } from './time';

export interface FieldProps {
  Indexed?: boolean;
  EnforceUniqueValues?: boolean;
  Required?: boolean;
  Hidden?: boolean;
  ReadOnlyField?: boolean;
  Choices?: string[];
  /** Choice and MultiChoice: whether the forms take a value that is not one of the choices. */
  FillInChoice?: boolean;
  MaxLength?: number;
  DefaultValue?: string | null;
  Description?: string;
  Group?: string;
  [key: string]: unknown;
}

export interface FieldDef {
  listId: number;
  internalName: string;
  guid: string;
  title: string;
  kind: number;
  builtin: boolean;
  position: number;
  props: FieldProps;
}

export { KINDS, KIND_BY_ODATA_TYPE, kindInfo } from './fieldKinds';
export type { KindInfo } from './fieldKinds';

/** Column holding a field's value; custom fields are prefixed so they never clash with system columns. */
export function columnOf(f: FieldDef): string {
  if (f.builtin) {
    const fixed: Record<string, string> = {
      ID: 'ID',
      Title: 'Title',
      Created: 'Created',
      Modified: 'Modified',
      Author: 'AuthorId',
      Editor: 'EditorId',
      GUID: 'GUID'
    };
    return `"${fixed[f.internalName] ?? f.internalName}"`;
  }
  return `"u_${f.internalName}"`;
}

/** Name of the item property carrying the field (User fields expose <Name>Id, like SharePoint). */
export function propertyOf(f: FieldDef): string {
  const base = f.internalName.startsWith('_') ? `OData_${f.internalName}` : f.internalName;
  return f.kind === 20 ? `${base}Id` : base;
}

export function isReadOnly(f: FieldDef): boolean {
  return f.builtin && f.internalName !== 'Title';
}

export interface CoerceContext {
  timeZone: string;
  userExists: (id: number) => boolean;
}

function asNumber(v: unknown, edm: string): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  if (!Number.isFinite(n)) throw errors.badValue(edm);
  return n;
}

/** Converts a JSON value from a request body into the value stored in SQLite. */
export function toDb(f: FieldDef, v: unknown, ctx: CoerceContext): unknown {
  if (v === null || v === undefined) return null;
  const info = kindInfo(f.kind);
  switch (f.kind) {
    case 2:
    case 3:
    case 6: {
      if (typeof v !== 'string') throw errors.badValue('Edm.String');
      if (v === '') return null;
      const max = f.kind === 2 ? (f.props.MaxLength ?? 255) : Infinity;
      if (v.length > max) throw errors.textTooLong(f.internalName);
      return v;
    }
    case 1:
    case 9:
    case 10: {
      const n = asNumber(v, info.edm);
      if (f.kind === 1 && !Number.isInteger(n)) throw errors.badValue(info.edm);
      return n;
    }
    case 4: {
      if (typeof v !== 'string' || v.trim() === '') throw errors.badValue(info.edm);
      const iso = toUtcIso(v, ctx.timeZone);
      if (!iso) throw errors.badValue(info.edm);
      return iso;
    }
    case 8:
      if (typeof v !== 'boolean') throw errors.badValue(info.edm);
      return v ? 1 : 0;
    case 15: {
      const arr = Array.isArray(v)
        ? v
        : typeof v === 'object' && Array.isArray((v as { results?: unknown }).results)
          ? (v as { results: unknown[] }).results
          : undefined;
      if (!arr || arr.some((x) => typeof x !== 'string')) throw errors.badValue(info.edm);
      const clean = (arr as string[]).filter((x) => x !== '');
      return clean.length === 0 ? null : JSON.stringify(clean);
    }
    case 20: {
      const id = asNumber(v, info.edm);
      if (!Number.isInteger(id) || !ctx.userExists(id)) throw errors.badValue(info.edm);
      return id;
    }
    default:
      if (typeof v !== 'string') throw errors.badValue(info.edm);
      return v;
  }
}

/** Converts a stored SQLite value into the JSON value SharePoint returns. */
export function fromDb(f: FieldDef, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  switch (f.kind) {
    case 8:
      return v === 1 || v === true;
    case 15:
      try {
        return JSON.parse(String(v)) as string[];
      } catch {
        return null;
      }
    default:
      return v;
  }
}

/** The stored form of a field's DefaultValue, applied when an add omits the field. */
export function defaultToDb(f: FieldDef, ctx: CoerceContext): unknown {
  const d = f.props.DefaultValue;
  if (d === undefined || d === null || d === '') return undefined;
  try {
    if (f.kind === 8) return d === '1' || d.toLowerCase() === 'true' ? 1 : 0;
    if (f.kind === 15) return toDb(f, d.split(';#').filter(Boolean), ctx);
    if (f.kind === 4 && d.startsWith('[')) return undefined;
    return toDb(f, d, ctx);
  } catch {
    return undefined;
  }
}
