// A pack draft from storage or a caller is checked before it is used or saved: each bad field is
// named with what it allows; nothing throws, whatever the input.
import { DomainError } from '../errors';
import { isRecord, type FieldError } from '../settingsChecks';
import { SUMMARY_PARTS } from './buckets';
import type { DraftBullet, PackDraft } from './draft';
import { PACK_RESPONSE_MAX, packResponseKey } from './responses';
import { implicationErrors, PACK_TEXT_MAX } from './settings';

export const BULLET_MAX = 2000;
export const BULLETS_MAX = 100;
export const SOURCES_MAX = 200;

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function bulletErrors(list: unknown, at: string): FieldError[] {
  if (!Array.isArray(list) || list.length > BULLETS_MAX)
    return [{ field: at, message: `must be a list of at most ${BULLETS_MAX} bullets` }];
  const errors: FieldError[] = [];
  list.forEach((b: unknown, i) => {
    const ok = isRecord(b) && isText(b.text, BULLET_MAX) && b.text.trim().length > 0;
    if (!ok)
      errors.push({
        field: `${at}[${i}].text`,
        message: `must be a non-empty text of at most ${BULLET_MAX} characters`
      });
    const sources = isRecord(b) ? b.sources : undefined;
    if (!Array.isArray(sources) || sources.length > SOURCES_MAX || !sources.every((s) => isText(s, 255)))
      errors.push({ field: `${at}[${i}].sources`, message: `must be a list of at most ${SOURCES_MAX} statement ids` });
  });
  return errors;
}

export type DraftResult = { ok: true; draft: PackDraft } | { ok: false; errors: FieldError[] };

/** The draft, copied field by field, or every bad field with what it allows. */
export function checkPackDraft(input: unknown): DraftResult {
  if (!isRecord(input))
    return { ok: false, errors: [{ field: '(draft)', message: 'must be a committee pack draft object' }] };
  const errors: FieldError[] = [];
  if (!isText(input.committee, 255) || !input.committee.trim())
    errors.push({ field: 'committee', message: 'must be the committee name (1 to 255 characters)' });
  if (typeof input.committeeDay !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(input.committeeDay))
    errors.push({ field: 'committeeDay', message: 'must be the meeting day as YYYY-MM-DD' });
  for (const f of ['marking', 'reportKind', 'reportOf', 'contactOfficer', 'contactEmail'])
    if (!isText(input[f], PACK_TEXT_MAX))
      errors.push({ field: f, message: `must be a text of at most ${PACK_TEXT_MAX} characters` });
  if (!isText(input.serviceResponse, PACK_RESPONSE_MAX))
    errors.push({ field: 'serviceResponse', message: `must be a text of at most ${PACK_RESPONSE_MAX} characters` });
  const summary = isRecord(input.summary) ? input.summary : undefined;
  if (!summary) errors.push({ field: 'summary', message: `must have the headings ${SUMMARY_PARTS.join(', ')}` });
  else for (const part of SUMMARY_PARTS) errors.push(...bulletErrors(summary[part], `summary.${part}`));
  errors.push(...implicationErrors(input.implications, 'implications'));
  const ids = input.appendixFindingsIds;
  if (!Array.isArray(ids) || ids.length > 100 || !ids.every((n) => Number.isInteger(n) && (n as number) > 0))
    errors.push({ field: 'appendixFindingsIds', message: 'must be a list of at most 100 Visit Findings item ids' });
  if (errors.length) return { ok: false, errors };
  const d = input as unknown as PackDraft;
  const copyBullets = (l: DraftBullet[]): DraftBullet[] => l.map((b) => ({ text: b.text, sources: [...b.sources] }));
  return {
    ok: true,
    draft: {
      key: packResponseKey(d.committee, d.committeeDay),
      committee: d.committee.trim(),
      committeeDay: d.committeeDay,
      marking: d.marking,
      reportKind: d.reportKind,
      reportOf: d.reportOf,
      contactOfficer: d.contactOfficer,
      contactEmail: d.contactEmail,
      summary: {
        qualityStrengths: copyBullets(d.summary.qualityStrengths),
        qualityDevelopment: copyBullets(d.summary.qualityDevelopment),
        experienceStrengths: copyBullets(d.summary.experienceStrengths),
        experienceDevelopment: copyBullets(d.summary.experienceDevelopment)
      },
      serviceResponse: d.serviceResponse,
      implications: d.implications.map((i) => ({ heading: i.heading, text: i.text })),
      appendixFindingsIds: [...d.appendixFindingsIds]
    }
  };
}

/** The checked draft, or a DomainError naming each bad field (a 4xx for callers). */
export function validPackDraft(input: unknown): PackDraft {
  const result = checkPackDraft(input);
  if (!result.ok)
    throw new DomainError(
      'InvalidDraft',
      `The pack draft was not saved: ${result.errors.map((e) => `${e.field} ${e.message}`).join('; ')}.`
    );
  return result.draft;
}
