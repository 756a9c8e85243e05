// The committee report as a council writes it (seed 004's briefing report): the marking ("OPEN"),
// the kind of report, committee, date, title, "Report of", then numbered paragraphs under headings,
// the implications, Access to Information and the forms as appendices. Core decides the words and
// the numbers, from the built pack and the officer's saved draft; exporters only lay them out.
//
// Numbering, as seed 004: paragraphs carry the numbers, headings do not. Purpose 1; Background 2
// and 2.1; Briefing Information 3 (the first summary), then 3.1, 3.2 ... for the other summaries,
// the appendices note, forms outstanding, the service response, head-of-service answers and
// themes; each implication numbered on from 4 (the printed seed restarts at 3, a slip kept out).
import { count } from '../text/plural';
import type { PackDraft, SummaryPart } from './draft';
import type { CommitteePack, PackAppendix } from './types';
import { longDay } from './wording';

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'para'; number?: string; text: string; placeholder?: boolean }
  | { kind: 'bullets'; items: string[] };

export interface BriefingReport {
  marking: string;
  reportKind: string;
  committee: string;
  /** `Date: 2 September 2025`. */
  dateLine: string;
  title: string;
  reportOf: string;
  body: ReportBlock[];
  access: { label: string; value: string }[];
  appendices: { title: string; form: PackAppendix }[];
}

/** The summary headings, in seed 004's words. */
export function summaryHeadings(council: string): Record<SummaryPart, string> {
  return {
    qualityStrengths: 'Summary of the strengths identified in relation to quality of practice',
    qualityDevelopment: 'Summary of the areas for development identified in relation to quality of practice',
    experienceStrengths: `Summary of the strengths in the experience of working for ${council}`,
    experienceDevelopment: `Summary of areas for development in the experience of working for ${council}`
  };
}

const PARTS: SummaryPart[] = ['qualityStrengths', 'qualityDevelopment', 'experienceStrengths', 'experienceDevelopment'];

/** Background paragraph 2: one sentence for every visit, as seed 004 writes it. */
function visitsSentence(pack: CommitteePack): string {
  if (pack.background.length === 0) return 'No completed findings forms were received for this meeting.';
  return pack.background.join(' ');
}

export function composeReport(pack: CommitteePack, draft: PackDraft, councilName = ''): BriefingReport {
  const council = councilName.trim() || 'the council';
  const body: ReportBlock[] = [];
  let sub = 0;
  const para = (text: string, placeholder = false): void => {
    body.push({ kind: 'para', number: sub === 0 ? '3' : `3.${sub}`, text, placeholder });
    sub++;
  };
  body.push(
    { kind: 'heading', level: 2, text: 'Purpose of Report' },
    { kind: 'para', number: '1', text: pack.purpose }
  );
  body.push(
    { kind: 'heading', level: 2, text: 'Background' },
    { kind: 'para', number: '2', text: visitsSentence(pack) }
  );
  if (pack.visitFormat) body.push({ kind: 'para', number: '2.1', text: pack.visitFormat });
  body.push({ kind: 'heading', level: 2, text: 'Briefing Information' });
  const headings = summaryHeadings(council);
  for (const part of PARTS) {
    para(`${headings[part]}:`);
    const written = draft.summary[part].map((b) => b.text.trim()).filter(Boolean);
    const statements = pack.summary[part].length;
    if (written.length) body.push({ kind: 'bullets', items: written });
    else if (statements === 0) body.push({ kind: 'para', text: 'None identified.', placeholder: true });
    else
      body.push({
        kind: 'para',
        text: `Not yet written up (${count(statements, 'statement')} in the forms).`,
        placeholder: true
      });
  }
  const appended = appendicesOf(pack, draft);
  if (appended.length) para('The Councillor feedback forms can be found as appendices to this report.');
  if (pack.outstanding.length) {
    para('Forms outstanding or returned late for this meeting:');
    body.push({ kind: 'bullets', items: pack.outstanding.map((o) => o.text) });
  }
  body.push({ kind: 'heading', level: 3, text: 'Service response to the findings' });
  para(draft.serviceResponse.trim() || 'The service response is to follow.', !draft.serviceResponse.trim());
  if (pack.hosResponses.length) {
    body.push({ kind: 'heading', level: 3, text: 'Head of Service responses' });
    for (const r of pack.hosResponses) {
      para(`${r.teamName}, Councillor ${r.councillorName}. Issues raised: ${r.request.trim() || 'none given'}`);
      body.push({
        kind: 'para',
        text: r.response?.trim() ? `Response: ${r.response.trim()}` : 'Response: awaiting response.',
        placeholder: !r.response?.trim()
      });
    }
  }
  if (pack.themes?.themes.length) {
    const t = pack.themes;
    const papers = t.seedPapers.length ? ` and the seed papers (${t.seedPapers.join('; ')})` : '';
    body.push({ kind: 'heading', level: 3, text: 'Themes across the years' });
    para(
      `Themes raised at this meeting's visits (${t.thisMeetingLabel}), set against ${t.lastYearLabel.replace(/^Same/, 'the same')}${papers}:`
    );
    body.push({ kind: 'bullets', items: t.themes.map((s) => s.sentence) });
  }
  body.push({ kind: 'heading', level: 2, text: 'Implications' });
  draft.implications.forEach((imp, i) => {
    body.push({ kind: 'heading', level: 3, text: imp.heading });
    body.push({ kind: 'para', number: String(4 + i), text: imp.text.trim() || 'No implications identified.' });
  });
  const access = [
    { label: 'Contact Officer', value: [draft.contactOfficer, draft.contactEmail].filter((s) => s.trim()).join('\n') },
    { label: 'Appendices', value: appended.length ? appended.map((a) => a.title).join('\n') : 'None' },
    { label: 'Background Papers', value: 'No background papers' }
  ];
  return {
    marking: draft.marking,
    reportKind: draft.reportKind,
    committee: pack.committee,
    dateLine: `Date: ${longDay(pack.committeeDay)}`,
    title: pack.title,
    reportOf: draft.reportOf,
    body,
    access,
    appendices: appended
  };
}

/** The forms the draft appends, in its order, titled `Appendix 1: Councillor Frontline Visits Form (Name)`. */
export function appendicesOf(pack: CommitteePack, draft: PackDraft): { title: string; form: PackAppendix }[] {
  return draft.appendixFindingsIds
    .map((id) => pack.appendices.find((a) => a.findingsId === id))
    .filter((a): a is PackAppendix => !!a)
    .map((form, i) => ({ title: `Appendix ${i + 1}: ${form.title}`, form }));
}
