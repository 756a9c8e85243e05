import { normalizeEmail } from '../../core/email';
// Field value conversions between list items and the domain (shared/spec/lists.md conventions).

/** SharePoint returns `2025-07-24T09:00:00Z`; the domain keeps full ISO instants. */
export function fromSpDate(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const ms = Date.parse(String(value));
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

export function toSpDate(value: string | undefined): string | null {
  return value ? new Date(Date.parse(value)).toISOString() : null;
}

/** Note fields holding one value per line (e-mails, areas). */
export function fromLines(value: unknown): string[] {
  return String(value ?? '')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function toLines(values: string[] | undefined): string | null {
  return values && values.length ? values.join('\n') : null;
}

export function str(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

export function optStr(value: unknown): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : String(value);
}

export function num(value: unknown): number | undefined {
  return value === null || value === undefined || value === '' ? undefined : Number(value);
}

export function lowerEmail(value: unknown): string {
  return normalizeEmail(str(value));
}

/** MultiChoice comes back as an array (JSON light) or `{ results: [] }` (verbose). */
export function fromMulti(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  const results = (value as { results?: unknown[] } | null)?.results;
  return Array.isArray(results) ? results.map(String) : [];
}

/** Quotes a string for an OData $filter literal. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function odataDate(iso: string): string {
  return `datetime'${new Date(Date.parse(iso)).toISOString().replace(/\.\d{3}Z$/, 'Z')}'`;
}

/**
 * Visit Rota.BriefingAcknowledgements: JSON of e-mail to ISO time. Read tolerantly (a hand-edited
 * value never breaks a read): entries that are not an e-mail with a date are dropped.
 */
export function fromAcknowledgements(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const out: Record<string, string> = {};
  for (const [email, at] of Object.entries(parsed as Record<string, unknown>)) {
    const when = fromSpDate(typeof at === 'string' ? at : undefined);
    if (email.includes('@') && when) out[normalizeEmail(email)] = when;
  }
  return Object.keys(out).length ? out : undefined;
}

export function toAcknowledgements(value: Readonly<Record<string, string>> | undefined): string | null {
  if (!value || !Object.keys(value).length) return null;
  const sorted: Record<string, string> = {};
  for (const email of Object.keys(value).sort()) sorted[email] = value[email];
  return JSON.stringify(sorted);
}
