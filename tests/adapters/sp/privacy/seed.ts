// A seeded site for the privacy tests: two councillors who share visits (Alice Able and Bob Baker),
// a team with its service manager and head of service, a visit made and one to come, both councillors'
// findings (each naming the other), a head of service request with a reply, the bot's conversations
// and send log, and audit entries; several items changed after they were made, so they have versions.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { LIST } from '../../../../src/lists/schema';
import type { Site } from '../harness';

export const ALICE = { email: 'alice.able@example.gov.uk', name: 'Alice Able' };
export const BOB = { email: 'bob.baker@example.gov.uk', name: 'Bob Baker' };
export const HOS = 'hos.court@example.gov.uk';
export const SM = 'sm.court@example.gov.uk';

export interface Seeded {
  visitMade: number;
  visitToCome: number;
  aliceFindings: number;
  bobFindings: number;
  request: number;
  aliceCouncillor: number;
  bobCouncillor: number;
}

const add = async (sp: SPFI, list: string, fields: Record<string, unknown>): Promise<number> =>
  ((await sp.web.lists.getByTitle(list).items.add(fields)) as { Id: number }).Id;
const update = (sp: SPFI, list: string, id: number, fields: Record<string, unknown>): Promise<unknown> =>
  sp.web.lists.getByTitle(list).items.getById(id).update(fields);

export async function seedTwoCouncillors(site: Site): Promise<Seeded> {
  const sp = site.sp();
  const councillor = (p: typeof ALICE, aad: string) =>
    add(sp, LIST.councillors, {
      Title: p.name,
      Email: p.email,
      AadObjectId: aad,
      Active: true,
      SecondVisitVolunteer: false
    });
  const aliceCouncillor = await councillor(ALICE, 'aad-alice-0001');
  const bobCouncillor = await councillor(BOB, 'aad-bob-0002');
  const team = await add(sp, LIST.teams, {
    Title: 'Court Team',
    Area: 'Cared for Children',
    ServiceManagerEmail: SM,
    HeadOfServiceEmail: HOS,
    Location: 'Delamere House'
  });
  const both = `${ALICE.email}\n${BOB.email}`;
  const visit = (title: string, month: string, status: string) =>
    add(sp, LIST.visits, {
      Title: title,
      TeamId: team,
      Area: 'Cared for Children',
      VisitMonth: month,
      CouncillorEmails: both,
      Status: 'Planned',
      DurationMinutes: 150,
      FormTemplate: 'frontline-2025',
      PointOfContactEmail: 'officer@example.gov.uk'
    }).then(async (id) => {
      const acks = JSON.stringify({
        [ALICE.email]: '2025-07-20T09:00:00.000Z',
        [BOB.email]: '2025-07-21T09:00:00.000Z'
      });
      await update(sp, LIST.visits, id, {
        Status: status,
        VisitStart: `${month}-24T09:00:00Z`,
        BriefingAcknowledgements: acks
      });
      return id;
    });
  const visitMade = await visit('Court Team - July 2025', '2025-07', 'Responded');
  const visitToCome = await visit('Court Team - January 2026', '2026-01', 'Briefed');
  const findings = async (p: typeof ALICE, other: typeof ALICE) => {
    const id = await add(sp, LIST.findings, {
      Title: `Court Team - 24/07/2025 - ${p.name}`,
      VisitId: visitMade,
      CouncillorEmail: p.email,
      Status: 'Draft',
      Channel: 'Teams',
      FindingsKey: `${visitMade}:${p.email}`,
      TemplateId: 'frontline-2025',
      QualityStrengths: `Visited with ${other.name}. Staff know the children well.`
    });
    await update(sp, LIST.findings, id, {
      Status: 'Submitted',
      SubmittedAt: '2025-07-25T10:00:00Z',
      SubmissionState: 'Complete',
      EscalationIssues: 'Caseloads are high.'
    });
    return id;
  };
  const aliceFindings = await findings(ALICE, BOB);
  const bobFindings = await findings(BOB, ALICE);
  const request = await add(sp, LIST.responses, {
    Title: 'Court Team: escalated issues',
    FindingsId: aliceFindings,
    VisitId: visitMade,
    ResponderEmail: HOS,
    Status: 'MoreInfoRequested',
    Request: 'Caseloads are high.',
    RequestedAt: '2025-07-25T10:00:00Z',
    MoreInfoQuestion: 'Which teams, Alice?'
  });
  await update(sp, LIST.responses, request, {
    Status: 'Requested',
    CouncillorReply: `All of them, as ${BOB.name} saw too.`,
    CouncillorRepliedAt: '2025-07-27T10:00:00Z'
  });
  for (const p of [ALICE, BOB]) {
    await add(sp, LIST.conversations, {
      Title: p.email,
      UserEmail: p.email,
      AadObjectId: `aad-${p.email}`,
      ConversationReference: JSON.stringify({
        user: { name: p.name, aadObjectId: `aad-${p.email}` },
        conversation: { id: `a:${p.email}` }
      }),
      ConversationStatus: 'Active',
      UpdatedAt: '2025-07-01T09:00:00Z'
    });
    await add(sp, LIST.sendLog, {
      Title: `briefing:${visitMade}:${p.email}:2025-07-24`,
      SendKey: `briefing:${visitMade}:${p.email}:2025-07-24`,
      RecipientEmail: p.email,
      Kind: 'briefing',
      VisitId: visitMade,
      SendState: 'Sent',
      Attempts: 1
    });
    await add(sp, LIST.audit, {
      Title: `${p.email}: findings-submitted (findings ${p === ALICE ? aliceFindings : bobFindings})`,
      AuditKey: `findings-submitted:findings:${p === ALICE ? aliceFindings : bobFindings}:once`,
      Actor: p.email,
      Action: 'findings-submitted',
      TargetList: 'findings',
      TargetId: p === ALICE ? aliceFindings : bobFindings,
      VisitId: visitMade,
      At: '2025-07-25T10:00:00Z',
      Detail: `${p.name} sent the findings form.`
    });
  }
  // An officer's message about Alice sent to the officer: the key names her, the recipient does not.
  await add(sp, LIST.sendLog, {
    Title: 'overdue',
    SendKey: `overdue:${visitMade}:${ALICE.email}:2025-07-31`,
    RecipientEmail: 'officer@example.gov.uk',
    Kind: 'overdue',
    VisitId: visitMade,
    SendState: 'Sent',
    Attempts: 1
  });
  return { visitMade, visitToCome, aliceFindings, bobFindings, request, aliceCouncillor, bobCouncillor };
}
