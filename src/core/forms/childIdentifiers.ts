// Nothing in a findings form should identify a child (process.md). This spots the usual slips (a
// first name with an age, a date of birth, "her son Leo") and WARNS: a councillor decides, because
// a pattern cannot tell a child from a colleague reliably. It is tuned against the real 2025 forms,
// which name staff ("Having Jess back") and quote numbers ("Caseloads are 25") and must stay quiet.

export type ChildIdentifierKind = 'nameAndAge' | 'dateOfBirth' | 'namedChild';

export interface Finding {
  kind: ChildIdentifierKind;
  /** Offsets into the text: text.slice(start, end) === this.text. */
  start: number;
  end: number;
  text: string;
  /** Short and plain, e.g. "a name with an age". */
  reason: string;
}

const REASONS: Record<ChildIdentifierKind, string> = {
  nameAndAge: 'a name with an age',
  dateOfBirth: 'a date of birth',
  namedChild: "a child's name"
};

/** Either case for the first letter only: the name part of a pattern must stay case-sensitive. */
function cap(words: string): string {
  return words
    .split('|')
    .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
    .join('|');
}

// A first name: capitalised, with lower-case letters (so "Child A" and "EET" are not names).
const NAME = "([A-Z][a-z\\u00DF-\\u00FF]+(?:-[A-Z]?[a-z\\u00DF-\\u00FF]+|['\\u2019][A-Z][a-z\\u00DF-\\u00FF]+)?)";
const WORD_AGES =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const AGE = `(\\d{1,2}|${cap(WORD_AGES)})`;
const YEARS_OLD = '[\\s-]?(?:years?|yrs?)[\\s-]?old';
const CHILD_NOUNS = cap(
  'child|young person|boy|girl|baby|toddler|teenager|teen|infant|care leaver|son|daughter|brother|sister|' +
    'sibling|grandson|granddaughter|stepson|stepdaughter|youngster|lad|pupil'
);
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE =
  '(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})\\b|' +
  `(?:the\\s+)?\\d{1,2}\\s?(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|${MONTH}\\s+\\d{4})`;

interface Rule {
  kind: ChildIdentifierKind;
  pattern: RegExp;
  /** Capture group holding a first name (checked against NOT_NAMES) or an age (checked <= 25). */
  nameGroup?: number;
  ageGroup?: number;
}

const RULES: Rule[] = [
  // "Jack, 7" / "Jack, 7-year-old": the number must end the phrase, so "Crewe, 25 staff" is not an age.
  {
    kind: 'nameAndAge',
    pattern: new RegExp(
      `\\b${NAME},\\s${AGE}(?=\\s*(?:$|[,;.!?)](?!\\s*\\d)|and\\b|years?\\b|yrs?\\b|y/?o\\b|-year))`,
      'g'
    ),
    nameGroup: 1,
    ageGroup: 2
  },
  // "Amy (12)", "Amy (aged 12)", "Amy (12 years old)"
  {
    kind: 'nameAndAge',
    pattern: new RegExp(
      `\\b${NAME}\\s?\\((?:[aA]ged?\\s)?${AGE}(?:${YEARS_OLD}|\\s?(?:years?|yrs?)|\\s?y/?o)?\\)`,
      'g'
    ),
    nameGroup: 1,
    ageGroup: 2
  },
  // "Jack aged 7", "Jack, age 7"
  { kind: 'nameAndAge', pattern: new RegExp(`\\b${NAME},?\\s[aA]ged?\\s${AGE}\\b`, 'g'), nameGroup: 1, ageGroup: 2 },
  // "Sam who is 14", "Sam, who's 14", "Sam who turned 14"; not "who is 14%"
  {
    kind: 'nameAndAge',
    pattern: new RegExp(
      `\\b${NAME},?\\s[wW]ho(?:\\sis|\\swas|'s|\\u2019s|\\sturned|\\shas\\sjust\\sturned)\\s${AGE}\\b(?!\\s*%|[.,]\\d)`,
      'g'
    ),
    nameGroup: 1,
    ageGroup: 2
  },
  // "Sam is 14 years old" (a bare "X is 14" is too often a count: "Caseloads are 25")
  {
    kind: 'nameAndAge',
    pattern: new RegExp(`\\b${NAME}\\s(?:is|was|turned)\\s${AGE}${YEARS_OLD}\\b`, 'g'),
    nameGroup: 1,
    ageGroup: 2
  },
  // "15 year old Ellie", "a 14-year-old boy called Sam"
  {
    kind: 'nameAndAge',
    pattern: new RegExp(
      `\\b${AGE}${YEARS_OLD}(?:\\s(?:${CHILD_NOUNS}))?,?\\s(?:(?:called|named|known\\sas)\\s)?${NAME}`,
      'g'
    ),
    ageGroup: 1,
    nameGroup: 2
  },
  // "Ellie, a 15 year old"
  {
    kind: 'nameAndAge',
    pattern: new RegExp(`\\b${NAME},\\s(?:an?\\s)?${AGE}${YEARS_OLD}\\b`, 'g'),
    nameGroup: 1,
    ageGroup: 2
  },
  // "DOB 12/03/2015", "d.o.b. 3 May 2014", "date of birth: 2015"
  {
    kind: 'dateOfBirth',
    pattern: new RegExp(
      `\\b(?:d\\.?\\s?o\\.?\\s?b\\b\\.?|date\\s+of\\s+birth)(?:\\s*(?:is|was|:|-|\\u2013))?\\s*(?:${DATE}|\\d{4}\\b)`,
      'gi'
    )
  },
  // "born on 3 May 2014", "born 2014-05-03", "born in May 2014" (not "born in 2014": a cohort)
  { kind: 'dateOfBirth', pattern: new RegExp(`\\bborn\\s+(?:on\\s+|in\\s+)?${DATE}`, 'gi') },
  // "a child called Mia", "young person named Tom"
  {
    kind: 'namedChild',
    pattern: new RegExp(`\\b(?:${CHILD_NOUNS}),?\\s+(?:called|named|known\\sas)\\s+${NAME}`, 'g'),
    nameGroup: 1
  },
  // "her son Leo", "their youngest daughter, Amy"; "baby Alfie"
  {
    kind: 'namedChild',
    pattern: new RegExp(
      `\\b(?:${cap('her|his|their|my|our|your')})\\s+(?:(?:little|baby|eldest|youngest|older|younger|oldest|middle|teenage|foster|adopted)\\s+)?` +
        `(?:son|daughter|grandson|granddaughter|stepson|stepdaughter|brother|sister|baby|child|boy|girl),?\\s+${NAME}`,
      'g'
    ),
    nameGroup: 1
  },
  { kind: 'namedChild', pattern: new RegExp(`\\bbaby\\s+${NAME}`, 'g'), nameGroup: 1 }
];

// Capitalised words that are not first names but sit where one would: sentence openers, months,
// and the vocabulary of children's services ("Children aged 5", "17 year old Care leavers").
const NOT_NAMES = new Set(
  (
    'a an the this that these those there here it its we they he she you our their his her my your what when where which who why how ' +
    'in on at by of for from to with into onto under over around about after before since until between among during ' +
    'and but or so then also yes no not only just nearly almost approximately approx circa roughly about exactly ' +
    'however overall currently now today recently previously additionally again finally firstly secondly thirdly lastly ' +
    'sometimes often usually typically generally mainly mostly including excluding except plus total average ' +
    'maximum minimum max min all some many most each every both half few several those others other ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday ' +
    'child children young people person persons boys girls boy girl baby babies siblings pupils pupil students ' +
    'teenagers teens adolescents leaver leavers care carer carers foster fostering parent parents family families ' +
    'team teams court council service services social worker workers staff manager managers practitioner practitioners ' +
    'school schools office house floor room level stage step phase tier band grade option section chapter page ' +
    'appendix table figure item point question part year years week weeks day days month months hour hours number ' +
    'case cases caseload caseloads age aged ages ward unit area areas junction pathway plan plans visit visits ' +
    'hub hubs group groups cohort rate score scale scaling rating target ofsted agency'
  ).split(' ')
);

function acceptable(rule: Rule, match: RegExpExecArray): boolean {
  if (rule.nameGroup !== undefined && NOT_NAMES.has(match[rule.nameGroup].toLowerCase())) return false;
  if (rule.ageGroup !== undefined) {
    const age = match[rule.ageGroup];
    // Care leavers are supported to 25, so a name with any age up to 25 may be a young person.
    if (/^\d+$/.test(age) && Number(age) > 25) return false;
  }
  return true;
}

/** Phrases in `text` that look like they identify a child; [] when none. Never throws. */
export function findChildIdentifiers(text: string): Finding[] {
  if (!text) return [];
  const candidates: Finding[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = rule.pattern.exec(text)) !== null) {
      if (match[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      if (!acceptable(rule, match)) continue;
      const start = match.index;
      const end = start + match[0].length;
      candidates.push({ kind: rule.kind, start, end, text: match[0], reason: REASONS[rule.kind] });
    }
  }
  // One warning per phrase: keep the earliest, longest match and drop those overlapping it.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const c of candidates) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
  }
  return kept;
}
