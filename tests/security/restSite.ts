// A provisioned local site with the workflow's data written THROUGH THE PRODUCT'S OWN PATHS, as the
// service identity (the site admin locally): the repositories, core's saveDraft / submitFindings /
// delegateRequest with the SharePoint sharing adapter, the bot's stores, the history stores. So the
// item-level grants the matrix probes are exactly the ones the product makes.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SPFI } from '@pnp/sp';
import { startListServer, type ListServerHandle } from '../../src/server';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { provision } from '../../src/adapters/sp/provision/provision';
import { DEFAULT_PERMISSION_PLAN } from '../../src/adapters/sp/provision/permissions';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { spFindingsSharing } from '../../src/adapters/sp/findingsSharing';
import { SpConversationStore, SpSendLog } from '../../src/adapters/sp/messagingStores';
import { nodeSha256 } from '../../src/node/sha256';
import { SpAuditLog } from '../../src/adapters/sp/auditLog';
import { SpPackResponseStore } from '../../src/adapters/sp/packResponses';
import { packResponse as packResponseFor } from '../../src/core/pack/responses';
import { SpHistoryRepository, SpThemeCorrectionRepository } from '../../src/adapters/sp/historyStores';
import { saveDraft, submitFindings } from '../../src/core/services/submitFindings';
import { delegateRequest } from '../../src/core/services/headOfService';
import type { Repositories, Stored } from '../../src/core/ports/repositories';
import type { Team, Visit } from '../../src/core/model';
import { startService, type ServiceHandle } from '../../src/service/app';
import { localIdentity } from '../../src/service/identity';
import { serviceOptions } from '../../src/node/service';
import { LIST } from '../../src/lists/schema';
import { EMAIL, SM2, type Row } from './matrixTable';
import { FRONTLINE_2025 } from '../../src/core/config';
import { fixedProcess } from '../kits/fixedProcess';

export const NOW = '2025-07-28T10:00:00.000Z';
const COMMITTEE = 'Children and Families Committee';

export interface MatrixSite {
  url: string;
  admin: SPFI;
  service: ServiceHandle;
  /** The item each table row is about, by `list|subject`. */
  subjects: Map<string, number>;
  /** Visits for the findings API checks: cllr is on both, nothing else refers to them. */
  apiVisits: { own: number; onBehalf: number };
  close(): Promise<void>;
}

export const subjectKey = (row: Pick<Row, 'list' | 'subject'>): string => `${row.list}|${row.subject}`;

async function bookVisit(
  repos: Repositories,
  team: Stored<Team>,
  councillors: string[],
  start: string
): Promise<Stored<Visit>> {
  return repos.visits.add({
    title: `${team.name} - ${start.slice(0, 10)}`,
    teamId: team.id,
    area: team.area,
    visitMonth: start.slice(0, 7),
    visitStart: start,
    durationMinutes: 150,
    councillorEmails: councillors,
    committee: COMMITTEE,
    status: 'Booked',
    pointOfContactEmail: EMAIL.officer,
    formTemplate: 'frontline-2025'
  });
}

export async function startMatrixSite(): Promise<MatrixSite> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-matrix-'));
  const server: ListServerHandle = await startListServer({ port: 0, dataDir, siteAdmins: [LOCAL_ADMIN] });
  let service: ServiceHandle | undefined;
  const close = async (): Promise<void> => {
    await service?.close();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const admin = nodeSp(server.url, { kind: 'local', user: LOCAL_ADMIN });
    // As startLocalProduct does: officers in the officers group, the rest of the council's known
    // people (councillors, service managers, heads of service) in the site's Visitors group.
    const readers = [EMAIL.cllr, EMAIL.cllr2, EMAIL.sm, EMAIL.hos, SM2, EMAIL.hos2];
    await provision(admin, { ...DEFAULT_PERMISSION_PLAN, officers: [EMAIL.officer], readers });

    const repos = spRepositories(admin);
    const sharing = spFindingsSharing(admin);
    const deps = {
      ...repos,
      sharing,
      now: () => NOW,
      councilDomains: ['example.gov.uk'],
      config: FRONTLINE_2025,
      audit: new SpAuditLog(admin)
    };
    const court = await repos.teams.add({
      name: 'Court Team',
      area: 'Cared for Children',
      serviceManagerEmail: EMAIL.sm,
      headOfServiceEmail: EMAIL.hos,
      location: 'Crewe'
    });
    const fostering = await repos.teams.add({
      name: 'Fostering Team',
      area: 'Fostering',
      serviceManagerEmail: SM2,
      headOfServiceEmail: EMAIL.hos2,
      location: 'Macclesfield'
    });
    const cllr = await repos.councillors.add({
      name: 'Cllr Able',
      email: EMAIL.cllr,
      committees: [COMMITTEE],
      secondVisitVolunteer: false,
      active: true
    });
    await repos.councillors.add({
      name: 'Cllr Other',
      email: EMAIL.cllr2,
      committees: [COMMITTEE],
      secondVisitVolunteer: true,
      active: true
    });

    const sentVisit = await bookVisit(repos, court, [EMAIL.cllr], '2025-07-24T09:00:00.000Z');
    const draftVisit = await bookVisit(repos, court, [EMAIL.cllr], '2025-08-14T09:00:00.000Z');
    const otherVisit = await bookVisit(repos, fostering, [EMAIL.cllr2], '2025-07-22T09:00:00.000Z');
    const own = await bookVisit(repos, court, [EMAIL.cllr], '2025-07-21T09:00:00.000Z');
    const onBehalf = await bookVisit(repos, court, [EMAIL.cllr], '2025-07-23T09:00:00.000Z');

    const draft = await saveDraft(deps, {
      visitId: draftVisit.id,
      councillorEmail: EMAIL.cllr,
      answers: { qualityStrengths: 'Draft: not sent yet' },
      channel: 'SharePoint'
    });
    const answers = {
      qualityStrengths: 'Warm, child-focused practice.',
      escalationIssues: 'Is travel time to placements paid?'
    };
    const sent = await submitFindings(deps, {
      visitId: sentVisit.id,
      councillorEmail: EMAIL.cllr,
      answers,
      channel: 'Teams'
    });
    if (!sent.request)
      throw new Error('The sent form escalated issues but no Head of Service Responses item was made.');
    const delegated = await delegateRequest(deps, {
      requestId: sent.request.id,
      actorEmail: EMAIL.hos,
      delegateEmail: EMAIL.delegate
    });
    if (delegated.request.status !== 'Delegated')
      throw new Error(`Delegation left the request ${delegated.request.status}.`);
    // cllr2 and hos2 each reach both confidential lists through their own team's form and request.
    const other = await submitFindings(deps, {
      visitId: otherVisit.id,
      councillorEmail: EMAIL.cllr2,
      answers: { ...answers, escalationIssues: 'Are agency staff inducted?' },
      channel: 'SharePoint'
    });
    if (!other.request) throw new Error("cllr2's form escalated issues but no request was made.");

    const qa = await repos.qa.add({
      title: 'Ofsted monitoring visit',
      kind: 'Ofsted',
      start: '2025-09-01T08:00:00.000Z',
      end: '2025-09-05T17:00:00.000Z',
      areas: []
    });
    const conversation = await new SpConversationStore(admin).save({
      userEmail: EMAIL.cllr,
      reference: '{"conversation":{"id":"a:1"}}',
      status: 'Active',
      updatedAt: NOW
    });
    const claim = await new SpSendLog(admin, nodeSha256).claim(
      {
        key: `findings-received:${sent.findings.id}`,
        recipientEmail: EMAIL.cllr,
        kind: 'findings-received',
        visitId: sentVisit.id
      },
      'matrix',
      NOW,
      60000
    );
    const history = new SpHistoryRepository(admin);
    const key = 'seed-000:para-23:1';
    await history.upsert({
      key,
      period: '2017-18',
      area: 'quality',
      kind: 'strength',
      text: 'Staff felt well supported.',
      paper: 'seed-000',
      ref: 'para 23'
    });
    const historical = await history.byKey(key);
    const correction = await new SpThemeCorrectionRepository(admin).add({
      statementKey: `history:${key}`,
      themeId: 'supervision',
      action: 'add',
      by: EMAIL.officer,
      at: NOW
    });
    const [schemaItem] = (await admin.web.lists.getByTitle(LIST.schema).items.select('Id')()) as { Id: number }[];
    const [auditItem] = (await admin.web.lists.getByTitle(LIST.audit).items.select('Id').top(1)()) as { Id: number }[];
    const [settingsItem] = (await admin.web.lists.getByTitle(LIST.settings).items.select('Id').top(1)()) as {
      Id: number;
    }[];
    const packResponse = await new SpPackResponseStore(admin).save(
      undefined,
      packResponseFor('Children and Families Committee', '2025-09-02', 'The service response.')
    );
    if (!settingsItem) throw new Error('Provisioning wrote no process settings.');
    if (!auditItem) throw new Error('The service wrote no audit entry.');
    if (!historical || !schemaItem) throw new Error('The history item or the schema item is missing.');

    const subjects = new Map<string, number>([
      [subjectKey({ list: LIST.councillors, subject: 'item' }), cllr.id],
      [subjectKey({ list: LIST.teams, subject: 'item' }), court.id],
      [subjectKey({ list: LIST.visits, subject: 'item' }), sentVisit.id],
      [subjectKey({ list: LIST.qa, subject: 'item' }), qa.id],
      [subjectKey({ list: LIST.schema, subject: 'item' }), schemaItem.Id],
      [subjectKey({ list: LIST.history, subject: 'item' }), historical.id],
      [subjectKey({ list: LIST.corrections, subject: 'item' }), correction.id],
      [subjectKey({ list: LIST.findings, subject: 'draft' }), draft.findings.id],
      [subjectKey({ list: LIST.findings, subject: 'sent' }), sent.findings.id],
      [subjectKey({ list: LIST.responses, subject: 'request' }), sent.request.id],
      [subjectKey({ list: LIST.conversations, subject: 'item' }), conversation.id],
      [subjectKey({ list: LIST.sendLog, subject: 'item' }), claim.record.id],
      [subjectKey({ list: LIST.audit, subject: 'item' }), auditItem.Id],
      [subjectKey({ list: LIST.settings, subject: 'item' }), settingsItem.Id],
      [subjectKey({ list: LIST.packResponses, subject: 'item' }), packResponse.id]
    ]);
    service = await startService({
      ...serviceOptions(admin, localIdentity(), fixedProcess(), () => NOW),
      port: 0,
      log: () => undefined
    });
    return { url: server.url, admin, service, subjects, apiVisits: { own: own.id, onBehalf: onBehalf.id }, close };
  } catch (e) {
    await close();
    throw e;
  }
}
