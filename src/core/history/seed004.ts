// Seed 004 (Cared For Children and Care Leavers Committee, 2 September 2025): the briefing report
// "Engagement with frontline services from councillors". Its three appended forms are already
// Visit Findings items (core/samples/forms2025.ts), so they are not copied again. What is history
// here is the briefing's own summary of them (para 3: four bulleted lists) and the service's
// response (para 3.1). Those records are marked `summarisesForms`, so statements built from them
// are left out next to the forms' own (see statements.ts).
import type { HistoricalFinding } from './model';
import type { FindingArea, FindingKind } from '../themes/types';
import { clean, findDay, isBullet, isFurniture, joinParagraphs, linesOf, unbullet } from './text';

export const SEED_004 = 'seed-004';
const SUMMARY =
  /Summary of (?:the )?(strengths|areas for development)\b.*\b(quality of practice|experience of working)/i;

export function parseSeed004(text: string): HistoricalFinding[] {
  const lines = linesOf(text);
  const start = lines.findIndex((l) => /^BRIEFING REPORT$/i.test(l.trim()));
  if (start < 0) return [];
  const from = (i: number, re: RegExp): number => lines.findIndex((l, j) => j > i && re.test(l.trim()));
  const info = from(start, /^Briefing Information$/i);
  const respond = from(info, /^(?:\d+(?:\.\d+)?\s+)?Service response to the findings$/i);
  const implications = from(respond, /^Implications$/i);
  if (info < 0 || respond < 0) return [];
  const committeeDate = findDay(lines.slice(start), /^Date:\s*/i);

  const groups: { heading: string; area: FindingArea; kind: FindingKind; items: string[] }[] = [];
  for (const line of lines.slice(info + 1, respond)) {
    if (!line.trim() || isFurniture(line)) continue;
    const heading = SUMMARY.exec(line);
    if (heading) {
      const kind = heading[1].toLowerCase() === 'strengths' ? 'strength' : 'development';
      const area = /quality/i.test(heading[2]) ? 'quality' : 'experience';
      // "- 3 Summary of the strengths ...:" keeps its paragraph number out of the heading.
      groups.push({
        heading: clean(unbullet(line))
          .replace(/^\d+\s+/, '')
          .replace(/:$/, ''),
        area,
        kind,
        items: []
      });
    } else if (isBullet(line) && groups.length) {
      groups[groups.length - 1].items.push(clean(unbullet(line)));
    } else if (groups.length) {
      // "The Councillor feedback forms can be found as appendices...": the lists have ended.
      break;
    }
  }

  const response: string[] = [];
  for (const line of lines.slice(respond + 1, implications < 0 ? undefined : implications)) {
    if (!line.trim() || isFurniture(line)) continue;
    // A paragraph starting in lower case carries on across a page break.
    if (/^[a-z]/.test(line.trim()) && response.length) response[response.length - 1] += ` ${line.trim()}`;
    else response.push(line.trim());
  }
  const responseText = joinParagraphs(response);

  return groups.flatMap((g) =>
    g.items.filter(Boolean).map((item, i) => ({
      key: `${SEED_004}:briefing-para-3:${g.area}-${g.kind}:${i + 1}`,
      period: '2025-26',
      serviceArea: 'Cared for Children and Care Leavers',
      area: g.area,
      kind: g.kind,
      text: item,
      paper: SEED_004,
      ref: `Briefing report, para 3: ${g.heading}`,
      responseText,
      committeeDate,
      summarisesForms: true
    }))
  );
}
