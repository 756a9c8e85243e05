// A subject access export: every item that names the person (in any text field, now or in any earlier
// version), its version history, with the role each match gives them; other people in the same items
// are redacted to "[another person]" (their e-mails always; their names where the lists know them).
import { roleOf, textFields, type ListShape, type PersonRef } from './fields';
import { mentions, redactOthers } from './match';
import type { Holdings, RawItem, RawVersion } from './records';

export interface ExportVersion {
  version: string;
  at: string;
  by: string;
  fields: Record<string, unknown>;
}

export interface ExportRecord {
  list: string;
  itemId: number;
  /** What the item says about the person, from the fields that name them (core/privacy/fields.ts). */
  roles: string[];
  fields: Record<string, unknown>;
  versions: ExportVersion[];
}

export interface SubjectAccessExport {
  subject: { email: string; names: string[] };
  generatedAt: string;
  summary: { list: string; items: number }[];
  records: ExportRecord[];
  /** Lists the export could not read: said, never silently left out. */
  unreadable: string[];
  limits: string[];
}

export const EXPORT_LIMITS = [
  'Names are found where the lists know them (the Councillors list and the site users); a name written in free text in another way (a nickname, initials) is not found.',
  "Other people's names are redacted where the lists know them; other e-mail addresses always are.",
  "SharePoint's own records outside these lists (the site's user information, sign-in and search logs, the recycle bin) are not part of this export."
];

/** Items that are about the person without naming them: the request about their findings holds their reply. */
const RELATED: Readonly<Record<string, (item: RawItem, authoredFindings: Set<number>) => string | undefined>> = {
  'Head of Service Responses': (item, authored) =>
    authored.has(Number(item.fields.FindingsId))
      ? 'the request about their findings (the question to them, their reply)'
      : undefined
};

function redactValue(value: unknown, subject: PersonRef, others: readonly string[]): unknown {
  if (typeof value === 'string') return redactOthers(value, subject, others);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, subject, others));
  return value;
}

function redactFields(
  fields: Record<string, unknown>,
  subject: PersonRef,
  others: readonly string[]
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, redactValue(v, subject, others)]));
}

export function subjectAccess(
  lists: readonly ListShape[],
  holdings: Holdings,
  subject: PersonRef,
  otherNames: readonly string[],
  generatedAt: string
): SubjectAccessExport {
  const versionsOf = new Map<string, RawVersion[]>();
  for (const v of holdings.versions)
    versionsOf.set(`${v.list}#${v.id}`, [...(versionsOf.get(`${v.list}#${v.id}`) ?? []), v]);
  const records: ExportRecord[] = [];
  const authored = new Set(
    holdings.items
      .filter((i) => i.list === 'Visit Findings' && mentions(i.fields.CouncillorEmail, subject))
      .map((i) => i.id)
  );
  for (const list of lists) {
    const fields = textFields(list);
    for (const item of holdings.items.filter((i: RawItem) => i.list === list.title)) {
      const versions = (versionsOf.get(`${list.title}#${item.id}`) ?? []).sort((a, b) => a.versionId - b.versionId);
      const roles = new Set<string>();
      for (const f of fields) {
        if (mentions(item.fields[f], subject)) roles.add(roleOf(list.title, f));
        for (const v of versions)
          if (mentions(v.fields[f], subject)) roles.add(`${roleOf(list.title, f)} (in an earlier version)`);
      }
      if (versions.some((v) => v.by === subject.email)) roles.add('changed the item on SharePoint');
      const related = RELATED[list.title]?.(item, authored);
      if (related) roles.add(related);
      if (!roles.size) continue;
      records.push({
        list: list.title,
        itemId: item.id,
        roles: Array.from(roles),
        fields: redactFields(item.fields, subject, otherNames),
        versions: versions.map((v) => ({
          version: v.label,
          at: v.at,
          by: v.by === subject.email ? v.by : v.by ? '[another person]' : '',
          fields: redactFields(v.fields, subject, otherNames)
        }))
      });
    }
  }
  const summary = lists
    .map((l) => ({ list: l.title, items: records.filter((r) => r.list === l.title).length }))
    .filter((s) => s.items > 0);
  return {
    subject: { email: subject.email, names: subject.names },
    generatedAt,
    summary,
    records,
    unreadable: holdings.unreadable,
    limits: EXPORT_LIMITS
  };
}

/** A one-line summary per list, for the command's output and the page. */
export function summaryLines(exp: SubjectAccessExport): string[] {
  if (!exp.records.length) return [`Nothing held about ${exp.subject.email} in the lists.`];
  return exp.summary.map((s) => `${s.list}: ${s.items} item${s.items === 1 ? '' : 's'}`);
}
