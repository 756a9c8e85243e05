// Seed 000 (Children and Families Committee, 9 June 2025), paragraphs 21-43: the themes of the
// 2023-24 visits, team by team. Each team is a heading paragraph, a paragraph on the visits made,
// "Areas of strength:" and "Areas for improvement:" with one bullet per finding, then the service's
// current position (a "Current service position" paragraph and/or plain paragraphs after it).
import type { HistoricalFinding } from './model';
import type { FindingKind } from '../themes/types';
import { clean, findDay, isBullet, isFurniture, joinParagraphs, linesOf, unbullet } from './text';

export const SEED_000 = 'seed-000';
const FIRST = 21;
const LAST = 43;

/** The 2025/26 rota area now covering each 2023-24 team (seed 000 paras 6, 25 and 43). */
const AREA_NOW: [RegExp, string][] = [
  [/ChECS|Consultation Service/i, 'Front Door'],
  [/Short Breaks/i, 'Family Help'],
  [/Child(ren)? in Need|CIN\/?CP|Disabilities Social Work/i, 'Children in Need and Child Protection']
];

export function areaNow(teamName: string): string | undefined {
  return AREA_NOW.find(([re]) => re.test(teamName))?.[1];
}

interface Paragraph {
  num: number;
  head: string;
  bullets: string[];
  more: string[];
}

/**
 * The numbered paragraphs, in order. A line opens paragraph N only when N follows the last one
 * (allowing a gap of two for a number lost in the text copy), so numbers inside sentences, lists
 * numbered "1." and table cells never do.
 */
export function numberedParagraphs(text: string): Paragraph[] {
  const paras: Paragraph[] = [];
  let open = false;
  for (const line of linesOf(text)) {
    if (!line.trim() || isFurniture(line)) continue;
    const m = /^(?:-\s+)?(\d{1,3})\s+(\S.*)$/.exec(line.trim());
    const last = paras.length ? paras[paras.length - 1].num : 0;
    if (m && Number(m[1]) > last && Number(m[1]) <= last + 3) {
      paras.push({ num: Number(m[1]), head: clean(m[2]), bullets: [], more: [] });
      open = true;
    } else if (isSectionHeading(line)) {
      // "Consultation and Engagement": the paragraph before has ended.
      open = false;
    } else if (open) {
      const p = paras[paras.length - 1];
      (isBullet(line) ? p.bullets : p.more).push(clean(unbullet(line)));
    }
  }
  return paras;
}

/** An unnumbered heading line: capitalised, short, no sentence punctuation at the end. */
const isSectionHeading = (line: string): boolean =>
  !isBullet(line) && /^[A-Z][^.:;,!?]{0,79}$/.test(line.trim()) && !line.includes('\t');

const STRENGTHS = /^Areas of strength:?$/i;
const DEVELOPMENT = /^Areas for (?:improvement|development):?$/i;
const POSITION = /^Current service position/i;

interface TeamFindings {
  name: string;
  groups: { ref: string; num: number; kind: FindingKind; items: string[] }[];
  response: string[];
}

export function parseSeed000Themes(text: string): HistoricalFinding[] {
  // The meeting date stands alone under the committee's name ("09 June 2025").
  const committeeDate = findDay(linesOf(text).slice(0, 20), /^/);
  const teams: TeamFindings[] = [];
  for (const p of numberedParagraphs(text).filter((x) => x.num >= FIRST && x.num <= LAST)) {
    const team = teams[teams.length - 1];
    const kind: FindingKind | undefined = STRENGTHS.test(p.head)
      ? 'strength'
      : DEVELOPMENT.test(p.head)
        ? 'development'
        : undefined;
    if (kind && team) {
      team.groups.push({ ref: `para ${p.num}`, num: p.num, kind, items: p.bullets.filter(Boolean) });
    } else if (
      !p.bullets.length &&
      !p.more.length &&
      !/[.]$/.test(p.head) &&
      p.head.length < 100 &&
      !POSITION.test(p.head)
    ) {
      // A heading: "Cheshire East Consultation Service (ChECS):", "**Children with Disabilities ...**".
      teams.push({ name: p.head.replace(/:$/, '').trim(), groups: [], response: [] });
    } else if (team?.groups.length) {
      // After the findings, everything is the service's response: bullets under "Current service
      // position", and plain paragraphs (31-33, 43) that carry on from it.
      if (!POSITION.test(p.head)) team.response.push(p.head);
      team.response.push(...p.more, ...p.bullets);
    }
    // Otherwise the paragraph on the visits made (22, 27, 35, 40): context, not a finding.
  }
  return teams.flatMap((team) => {
    const responseText = joinParagraphs(team.response);
    return team.groups.flatMap((g) =>
      g.items.map((item, i) => ({
        key: `${SEED_000}:para-${g.num}:${i + 1}`,
        period: '2023-24',
        teamName: team.name,
        serviceArea: areaNow(team.name),
        // The paper splits strength from improvement only, not practice from working there.
        area: 'other' as const,
        kind: g.kind,
        text: item,
        paper: SEED_000,
        ref: g.ref,
        responseText,
        committeeDate
      }))
    );
  });
}
