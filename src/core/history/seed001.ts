// Seed 001 (Children and Families Overview and Scrutiny Committee, 16 July 2018), Appendix 2:
// "Summary of issues and Head of Service response" for the 2017-18 visits. The PDF table had three
// columns (team, what staff said, head of service response); in the text copy, what staff said are
// the bullets, under category headings, and the response is the plain paragraphs between them.
import type { HistoricalFinding } from './model';
import type { FindingArea } from '../themes/types';
import { clean, findDay, isBullet, isFurniture, joinParagraphs, linesOf, slug, unbullet } from './text';
import { areaNow } from './seed000';

export const SEED_001 = 'seed-001';

/**
 * The 2018 categories, mapped to form halves as themes/statements.ts maps the 2018 grid: staffing
 * and staff support are the experience of working there; workload and referral systems are
 * quality of practice; other issues are neither.
 */
const CATEGORIES: { id: string; label: string; area: FindingArea; re: RegExp }[] = [
  {
    id: 'workload',
    label: 'Workload issues/Performance',
    area: 'quality',
    re: /^Workload issues\s*\/\s*Performance\s*/i
  },
  {
    id: 'referral',
    label: 'Referral monitoring & Management Systems',
    area: 'quality',
    re: /^Referral monitoring\s*&\s*Management Systems\s*/i
  },
  {
    id: 'staffing',
    label: 'Staffing Issues',
    area: 'experience',
    re: /^Staffing Issues\s*\(Experience\/Skills\/Attendance levels\)?\s*/i
  },
  {
    id: 'support',
    label: 'Staff Support issues',
    area: 'experience',
    re: /^Staff Support issues\s*\(e\.g\.\s*IT, office environment, communication\)?\s*/i
  },
  { id: 'other', label: 'Other Issues', area: 'other', re: /^(?:Any\s+)?Other Issues\s*/i }
];

const TEAMS: Record<string, string> = {
  CHECS: 'Cheshire East Consultation Service (ChECS)',
  'CIN/CP CREWE': 'Crewe CIN/CP',
  'CIN/CP MACC': 'Macclesfield CIN/CP'
};

/**
 * Where a page break split a table cell, the text copy puts the cell's end after other cells.
 * Each pair is [how the fragment ends, how its continuation starts]; the parser joins them.
 */
const SPLIT_CELLS: [string, string][] = [
  ['handed over to an experienced Grade 10 Social', 'Worker who has management experience.'],
  ['During this period the number of team managers', 'planned to ensure of the efficiency'],
  ['focus on case', 'closures. Workers received overtime'],
  ['specialist advice from the service when working with', 'Relinquished Babies and children'],
  ['The decision has been made to reduce the number', 'of teams from 5 to 4'],
  ['to assist us in understanding the reasons', 'for this. Recent themes'],
  ['A solution maybe to have a', 'communication system which allows'],
  ['Performance challenge has been', 'done for a while and found to work.'],
  ['there is a good', 'level of communication between education']
];

type Piece = { kind: 'team' | 'category' | 'staff' | 'response'; text: string };

function staffCell(text: string, out: Piece[]): void {
  const cell = clean(unbullet(text));
  const category = CATEGORIES.find((c) => c.re.test(cell));
  if (category) out.push({ kind: 'category', text: category.id });
  const rest = category ? clean(cell.replace(category.re, '')) : cell;
  if (rest) out.push({ kind: 'staff', text: rest });
}

function pieces(lines: string[]): Piece[] {
  const out: Piece[] = [];
  for (const line of lines) {
    if (!line.trim() || isFurniture(line)) continue;
    if (line.includes('\t')) {
      // A table row: team | what staff said | head of service response.
      const [team, staff, response] = line.split('\t');
      if (/What staff said/i.test(staff ?? '')) continue;
      if (team.trim()) out.push({ kind: 'team', text: team.trim() });
      if (staff?.trim()) staffCell(staff, out);
      if (response?.trim()) out.push({ kind: 'response', text: clean(response) });
    } else if (/^[A-Z][A-Z/ ]{2,}$/.test(line.trim())) {
      out.push({ kind: 'team', text: line.trim() });
    } else if (isBullet(line) || CATEGORIES.some((c) => c.re.test(line.trim()))) {
      staffCell(line, out);
    } else {
      out.push({ kind: 'response', text: clean(line) });
    }
  }
  return joinSplitCells(out);
}

function joinSplitCells(list: Piece[]): Piece[] {
  const out = [...list];
  for (const [end, start] of SPLIT_CELLS) {
    const head = out.find((p) => p.text.endsWith(end));
    const tail = out.findIndex((p) => p.kind === 'response' && p.text.startsWith(start));
    if (!head || tail < 0) continue;
    head.text = `${head.text} ${out[tail].text}`;
    out.splice(tail, 1);
  }
  // Any other paragraph starting in lower case carries on the one before it.
  return out.reduce<Piece[]>((acc, p) => {
    const prev = acc[acc.length - 1];
    if (p.kind === 'response' && /^[a-z]/.test(p.text) && prev && (prev.kind === 'staff' || prev.kind === 'response'))
      prev.text = `${prev.text} ${p.text}`;
    else acc.push(p);
    return acc;
  }, []);
}

export function parseSeed001(text: string): HistoricalFinding[] {
  const lines = linesOf(text);
  const start = lines.findIndex((l) => /^SUMMARY OF ISSUES AND HEAD OF SERVICE RESPONSE/i.test(l.trim()));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && /^Guidance to Member Frontline/i.test(l.trim()));
  const committeeDate = findDay(lines, /^Date of Meeting:\s*/i);

  const teams: { heading: string; items: { category: string; text: string }[]; response: string[] }[] = [];
  let category = 'other';
  for (const p of pieces(lines.slice(start + 1, end < 0 ? undefined : end))) {
    const team = teams[teams.length - 1];
    if (p.kind === 'team') {
      teams.push({ heading: p.text.toUpperCase(), items: [], response: [] });
      category = 'other';
    } else if (!team) continue;
    else if (p.kind === 'category') category = p.text;
    else if (p.kind === 'staff') team.items.push({ category, text: p.text });
    else team.response.push(p.text);
  }

  return teams.flatMap((team) => {
    const teamName = TEAMS[team.heading] ?? team.heading;
    const responseText = joinParagraphs(team.response);
    const seen = new Map<string, number>();
    return team.items.map((item) => {
      const cat = CATEGORIES.find((c) => c.id === item.category) ?? CATEGORIES[CATEGORIES.length - 1];
      const n = (seen.get(cat.id) ?? 0) + 1;
      seen.set(cat.id, n);
      return {
        key: `${SEED_001}:appendix-2:${slug(team.heading)}:${cat.id}:${n}`,
        period: '2017-18',
        teamName,
        serviceArea: areaNow(teamName),
        area: cat.area,
        // What staff said is not sorted into strengths and concerns by the paper.
        kind: 'other' as const,
        text: item.text,
        paper: SEED_001,
        ref: `Appendix 2 (Summary of issues and Head of Service response), ${teamName}: ${cat.label}`,
        responseText,
        committeeDate
      };
    });
  });
}
