// A committee pack built by hand from the three real July 2025 forms (seed 004), so these tests do
// not depend on the pack builder. Statements are the forms' first paragraphs, as an officer might pick.
import { newPackDraft, writeBullet, type PackDraft } from '../../../src/core/pack/draft';
import { DEFAULT_PACK_SETTINGS } from '../../../src/core/pack/settings';
import type { CommitteePack, PackAppendix, PackStatement, PackVisit } from '../../../src/core/pack/types';
import { frontline2025 } from '../../../src/core/forms/frontline2025';
import { BENNETT_WAKE, HOLLAND, SeedForm, WYE } from '../../../src/core/samples/forms2025';

export const XSS = '<script>alert(1)</script> & "quotes" \'apostrophes\' <b>bold?</b> ]]>';
export const FOSTER_QUESTION = 'How do we assess the quality of new foster carers?';

export const VISITS: PackVisit[] = [
  {
    visitId: 101,
    teamName: 'Cared for Children Team',
    area: 'Crewe',
    day: '2025-07-14',
    councillorNames: ['Sarah Bennett-Wake']
  },
  {
    visitId: 102,
    teamName: 'Care Leavers Team',
    area: 'Crewe',
    day: '2025-07-17',
    councillorNames: ['Sally Ann Holland']
  },
  {
    visitId: 103,
    teamName: 'Children and Families Court Team',
    area: 'Macclesfield',
    day: '2025-07-24',
    councillorNames: ['Ben Wye']
  }
];
const FORMS: [SeedForm, PackVisit][] = [
  [BENNETT_WAKE, VISITS[0]],
  [HOLLAND, VISITS[1]],
  [WYE, VISITS[2]]
];

const firstParagraph = (text: unknown): string => String(text ?? '').split(/\n\s*\n/)[0];

function statements(key: string): PackStatement[] {
  return FORMS.map(([form, visit], i) => ({
    id: `form:${201 + i}:${key}:0`,
    findingsId: 201 + i,
    text: firstParagraph(form.answers[key]),
    visitId: visit.visitId,
    councillorName: form.councillor
  }));
}

function appendix(form: SeedForm, visit: PackVisit, extra: Record<string, string> = {}): PackAppendix {
  const template = frontline2025('Cheshire East');
  const answers = { ...form.answers, ...extra };
  return {
    findingsId: 200 + visit.visitId - 100,
    title: `${template.title}: Councillor ${form.councillor}`,
    councillorName: form.councillor,
    day: visit.day,
    teamName: visit.teamName,
    templateId: template.id,
    sections: template.sections.map((s) => ({
      heading: s.title,
      answers: s.questions.map((q) => ({ label: q.label, text: String(answers[q.id] ?? '') }))
    }))
  };
}

/** The pack; Wye's form carries script typed into an answer, and control characters pasted from Word. */
export function samplePack(): CommitteePack {
  return {
    committee: 'Cared For Children and Care Leavers Committee',
    committeeDay: '2025-09-02',
    title: 'Engagement with frontline services from councillors',
    integrityWarnings: [],
    visits: VISITS,
    visitFormat:
      'During each visit, the councillors undertook four meetings: the first, Meeting with the service manager; the second, Meeting with a frontline practitioner (team room); the third, Meeting with a team manager (team room) and the fourth, Focus group of practitioners (about 6). After the visits, each councillor completed a report of their findings.',
    outstanding: [
      {
        visitId: 104,
        teamName: 'Cared for Teams',
        councillorName: 'Rachel Moreton',
        state: 'outstanding',
        visitDay: '2025-07-21',
        dueDay: '2025-07-28',
        daysLate: 36,
        text: 'Councillor Moreton, Cared for Teams (visited 21 July 2025): form outstanding, due 28 July 2025, 36 days late.'
      }
    ],
    purpose:
      'To summarise and report on frontline visits undertaken by Councillor Bennett-Wake, Councillor Holland and Councillor Wye to the Cared for Children and Care Leaver service throughout July 2025.',
    background: [
      'On 14 July 2025 Councillor Bennett-Wake visited the Cared for Children Team; on 17 July 2025 Councillor Holland visited the Care Leavers Team; on 24 July 2025 Councillor Wye visited the Children and Families Court Team.'
    ],
    summary: {
      qualityStrengths: statements('qualityStrengths'),
      qualityDevelopment: statements('qualityDevelopment'),
      experienceStrengths: statements('experienceStrengths'),
      experienceDevelopment: statements('experienceDevelopment')
    },
    serviceResponse:
      'It is positive to know that staff feel well supported within the service.\n\nStaff spoke positively of their interactions with the Councillors.\nFinally, sincere thanks to the Councillors.',
    themes: {
      thisMeetingLabel: 'This meeting: 3 forms',
      lastYearLabel: 'Same period last year (July 2024)',
      seedPapers: ['2018 paper (2017-18 visits)'],
      themes: [
        {
          themeId: 'workload',
          name: 'Workloads and caseloads',
          thisMeeting: { strengths: 1, development: 2, total: 3 },
          lastYear: { strengths: 0, development: 0, total: 0 },
          seedPapers: [{ strengths: 0, development: 4, total: 4 }],
          sentence:
            'Workloads and caseloads. This meeting: 3 statements (1 strength, 2 areas for development). Same period last year (July 2024): none. Seed papers: 2018 paper (2017-18 visits) 4. <script>alert(1)</script>'
        }
      ]
    },
    hosResponses: [
      {
        visitId: 101,
        teamName: 'Cared for Children Team',
        councillorName: 'Sarah Bennett-Wake',
        request: String(BENNETT_WAKE.answers.escalationIssues),
        responderEmail: 'hos.cared-for@example.gov.uk'
      },
      {
        visitId: 103,
        teamName: 'Children and Families Court Team',
        councillorName: 'Ben Wye',
        request: String(WYE.answers.escalationIssues),
        response: 'Thank you. The Court Team pathway is being written up & will be shared.',
        responderEmail: 'hos.court@example.gov.uk',
        respondedAt: '2025-08-05T13:30:00.000Z'
      }
    ],
    appendices: [
      appendix(BENNETT_WAKE, VISITS[0]),
      appendix(HOLLAND, VISITS[1]),
      appendix(WYE, VISITS[2], { escalationIssues: `${XSS}\nPasted\u000Bfrom Word\u0001 with a bell\u0007.` })
    ]
  };
}

/** An officer's draft for the pack: written-up bullets (one merged from two statements), the seed's report metadata. */
export function sampleDraft(pack: CommitteePack = samplePack()): PackDraft {
  let draft = newPackDraft(
    pack,
    {
      ...DEFAULT_PACK_SETTINGS,
      reportOf: 'Allison Sollom',
      contactOfficer: 'Allison Sollom',
      contactEmail: 'allison.sollom@example.gov.uk'
    },
    pack.serviceResponse
  );
  const qs = pack.summary.qualityStrengths;
  draft = writeBullet(
    draft,
    'qualityStrengths',
    "Staff are dedicated and passionate and the child's voice is at the centre of practice",
    [qs[0].id, qs[1].id]
  );
  draft = writeBullet(draft, 'qualityStrengths', '- AI is helping to reduce workload in report writing', [qs[2].id]);
  draft = writeBullet(draft, 'experienceDevelopment', 'Lack of space in Delamere House; conditions are too hot', [
    pack.summary.experienceDevelopment[0].id
  ]);
  return draft;
}
