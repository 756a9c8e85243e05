// Erasure or restriction for a councillor or member of staff who leaves, as a plan of list writes.
// Their Teams conversation and send-log entries go; the records the council must keep as part of the
// committee record (findings, answers, the rota, the audit) are kept with the person replaced by a
// stable pseudonym; earlier versions that still name them are deleted; the councillor is made inactive.
// A visit still to come drops them instead. Pure: the adapter reads, this decides, the adapter writes.
import type { VisitStatus } from '../model';
import { normalizeEmail } from '../email';
import { textFields, type ListShape, type PersonRef } from './fields';
import { asText, mentions, replacePerson, type Replacement } from './match';
import type { Holdings, RawItem } from './records';

/** Lists whose items about the person are deleted: messaging state, not a record of anything. */
export const DELETED_LISTS = ['Bot Conversations', 'Bot Send Log'];

/** Why each list's items are kept (pseudonymised) rather than deleted. */
export const KEPT_REASONS: Readonly<Record<string, string>> = {
  Councillors: 'kept inactive and pseudonymised: the record of who made the visits the committee was told about',
  Teams: 'the team is kept; the person is pseudonymised in it, so an officer must name who replaces them',
  'Visit Rota': 'a visit made is part of the committee record; the person is pseudonymised on it',
  'Visit Findings': 'findings are part of the committee record (reported to committee); the author is pseudonymised',
  'Head of Service Responses':
    "the head of service's answer is part of the committee record; the person is pseudonymised",
  'Frontline Audit': 'the audit trail of what the service did is kept; the person is pseudonymised in it',
  'Process Settings': 'the process settings are kept; the person is taken out (a contact falls back to the default)',
  'Committee Pack Responses': 'the committee pack is part of the committee record; the person is pseudonymised',
  'Theme Corrections': "an officer's correction is kept; who made it is pseudonymised",
  'Findings History': 'published committee papers are kept; the person is pseudonymised'
};

const STILL_TO_COME: readonly VisitStatus[] = ['Planned', 'Booked', 'Briefed', 'Rearranged'];

export interface KeptItem {
  list: string;
  id: number;
  title: string;
  reason: string;
}

export type ErasureStep =
  | { kind: 'delete'; list: string; id: number; title: string }
  | { kind: 'update'; list: string; id: number; etag: string; changes: Record<string, unknown> }
  | { kind: 'delete-versions'; list: string; id: number; versionIds: number[] };

export interface ErasurePlan {
  pseudonym: Replacement;
  steps: ErasureStep[];
  kept: KeptItem[];
}

const lines = (v: unknown): string[] =>
  (asText(v) ?? '')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Field changes for the list's own rules, before text replacement. */
function specialChanges(item: RawItem, person: PersonRef): Record<string, unknown> {
  const f = item.fields;
  const own = (v: unknown): boolean => normalizeEmail(asText(v)) === person.email;
  if (item.list === 'Councillors' && own(f.Email)) return { AadObjectId: null, Active: false };
  if (item.list === 'Visit Rota' && STILL_TO_COME.includes(f.Status as VisitStatus)) {
    const out: Record<string, unknown> = {};
    const emails = lines(f.CouncillorEmails);
    const left = emails.filter((e) => normalizeEmail(e) !== person.email);
    if (left.length !== emails.length) out.CouncillorEmails = left.length ? left.join('\n') : null;
    if (own(f.PointOfContactEmail)) out.PointOfContactEmail = null;
    const acks = ackEntries(f.BriefingAcknowledgements);
    if (acks && acks.some(([k]) => normalizeEmail(k) === person.email)) {
      const kept = acks.filter(([k]) => normalizeEmail(k) !== person.email);
      out.BriefingAcknowledgements = kept.length ? JSON.stringify(Object.fromEntries(kept)) : null;
    }
    return out;
  }
  return {};
}

function ackEntries(v: unknown): [string, unknown][] | undefined {
  try {
    const parsed = JSON.parse(asText(v) || '{}') as unknown;
    return parsed && typeof parsed === 'object' ? Object.entries(parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The pseudonymised value of one text field; the settings' contact goes empty (the default contact) as a pseudonym is no council address. */
function replaced(list: string, field: string, text: string, person: PersonRef, by: Replacement): string {
  if (list === 'Process Settings' && field === 'Settings') return replacePerson(text, person, { ...by, email: '' });
  return replacePerson(text, person, by);
}

export function planErasure(
  lists: readonly ListShape[],
  holdings: Holdings,
  person: PersonRef,
  by: Replacement
): ErasurePlan {
  const steps: ErasureStep[] = [];
  const kept: KeptItem[] = [];
  const shapes = new Map(lists.map((l) => [l.title, l]));
  const pseudo: PersonRef = { email: by.email, names: [by.name] };
  for (const item of holdings.items) {
    const shape = shapes.get(item.list);
    if (!shape) continue;
    const fields = textFields(shape);
    const title = asText(item.fields.Title) ?? '';
    const named = fields.some((f) => mentions(item.fields[f], person));
    if (named && DELETED_LISTS.includes(item.list)) {
      steps.push({ kind: 'delete', list: item.list, id: item.id, title: replacePerson(title, person, by) });
      continue;
    }
    const changes: Record<string, unknown> = named ? specialChanges(item, person) : {};
    for (const f of fields) {
      const text = asText(f in changes ? changes[f] : item.fields[f]);
      if (text && mentions(text, person)) changes[f] = replaced(item.list, f, text, person, by);
    }
    if (Object.keys(changes).length)
      steps.push({ kind: 'update', list: item.list, id: item.id, etag: item.etag, changes });
    const after = { ...item.fields, ...changes };
    if (!DELETED_LISTS.includes(item.list) && fields.some((f) => mentions(after[f], pseudo))) {
      const reason = KEPT_REASONS[item.list] ?? 'kept with the person pseudonymised';
      kept.push({ list: item.list, id: item.id, title: asText(after.Title) ?? '', reason });
    }
  }
  for (const [key, ids] of versionsNaming(lists, holdings, person)) {
    const [list, id] = [key.slice(0, key.lastIndexOf('#')), Number(key.slice(key.lastIndexOf('#') + 1))];
    if (!steps.some((s) => s.kind === 'delete' && s.list === list && s.id === id))
      steps.push({ kind: 'delete-versions', list, id, versionIds: ids });
  }
  return { pseudonym: by, steps, kept };
}

/** Per item (`list#id`), the versions that name the person: deleted once the item itself no longer does. */
function versionsNaming(lists: readonly ListShape[], holdings: Holdings, person: PersonRef): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const v of holdings.versions) {
    const shape = lists.find((l) => l.title === v.list);
    if (!shape || !textFields(shape).some((f) => mentions(v.fields[f], person))) continue;
    const key = `${v.list}#${v.id}`;
    out.set(key, [...(out.get(key) ?? []), v.versionId]);
  }
  return out;
}
