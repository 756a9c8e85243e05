// submitFindings: the one path for sending a findings form, from Teams or SharePoint.
import { AccessDeniedError, DomainError } from '../../../src/core/errors';
import { SIGNS_OF_SAFETY_2018_ID } from '../../../src/core/forms';
import { submitFindings, ValidationError } from '../../../src/core/services';
import { AFTER, ANNA, BEN, CARA, GOOD_ANSWERS, HOS, SM, world } from './world';

describe('submitFindings', () => {
  it('sends the form, shares it, asks the head of service, and moves the visit to FindingsReturned', async () => {
    const w = await world();
    const result = await submitFindings(w.submitDeps(), {
      visitId: w.visit.id,
      councillorEmail: 'Cllr.Anna@Example.gov.uk',
      answers: { ...GOOD_ANSWERS, qualityStrengths: '  Supervision is regular and focused.\r\n' },
      channel: 'Teams'
    });

    expect(result.outcome).toBe('submitted');
    const stored = w.mem.tables.findings.all();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      status: 'Submitted',
      submittedAt: AFTER,
      channel: 'Teams',
      councillorEmail: ANNA,
      templateId: 'frontline-2025'
    });
    expect(stored[0].answers.qualityStrengths).toBe('Supervision is regular and focused.');

    expect(Object.fromEntries(w.mem.grants.get(`findings:${stored[0].id}`) ?? [])).toEqual({
      [ANNA]: 'read',
      [SM]: 'read',
      [HOS]: 'read'
    });
    const requests = w.mem.tables.requests.all();
    expect(requests).toEqual([
      expect.objectContaining({
        findingsId: stored[0].id,
        visitId: w.visit.id,
        responderEmail: HOS,
        status: 'Requested',
        request: GOOD_ANSWERS.escalationIssues,
        requestedAt: AFTER
      })
    ]);
    expect(Object.fromEntries(w.mem.grants.get(`request:${requests[0].id}`) ?? [])).toEqual({
      [HOS]: 'read',
      [ANNA]: 'read',
      [SM]: 'read'
    });

    expect(w.mem.tables.visits.get(w.visit.id).status).toBe('FindingsReturned');
    expect(result.visit).toEqual({ id: w.visit.id, status: 'FindingsReturned', from: 'Booked', allSubmitted: true });
    expect(result.request?.id).toBe(requests[0].id);
    expect(result.sharedWith.map((g) => g.email)).toEqual([ANNA, SM, HOS]);
    expect(result.notices.map((n) => n.key)).toEqual([
      `findings-received:${stored[0].id}`,
      `findings-shared:${stored[0].id}:${SM}`,
      `findings-shared:${stored[0].id}:${HOS}`,
      `response-requested:${requests[0].id}`
    ]);
    expect(result.problems).toEqual([]);
  });

  it('makes no request when nothing is escalated ("None")', async () => {
    const w = await world();
    const result = await submitFindings(w.submitDeps(), {
      visitId: w.visit.id,
      councillorEmail: ANNA,
      answers: { ...GOOD_ANSWERS, escalationIssues: 'None.' },
      channel: 'SharePoint'
    });
    expect(result.request).toBeUndefined();
    expect(result.requestSharedWith).toEqual([]);
    expect(w.mem.tables.requests.all()).toEqual([]);
    expect(result.notices.map((n) => n.kind)).not.toContain('response-requested');
  });

  it('refuses a councillor who is not on the visit, writing nothing', async () => {
    const w = await world();
    const before = w.mem.snapshot();
    await expect(
      submitFindings(w.submitDeps(), {
        visitId: w.visit.id,
        councillorEmail: BEN,
        answers: GOOD_ANSWERS,
        channel: 'Teams'
      })
    ).rejects.toBeInstanceOf(AccessDeniedError);
    expect(w.mem.snapshot()).toEqual(before);
  });

  it('refuses answers that cannot be sent, naming the fields, and writes nothing', async () => {
    const w = await world();
    const before = w.mem.snapshot();
    const error = await submitFindings(w.submitDeps(), {
      visitId: w.visit.id,
      councillorEmail: ANNA,
      answers: { escalationIssues: 'Only a question', mystery: 'x' },
      channel: 'Teams'
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(DomainError);
    const fields = (error as ValidationError).errors.map((e) => e.questionId);
    expect(fields).toEqual(expect.arrayContaining(['mystery', 'qualityStrengths']));
    expect((error as ValidationError).message).toMatch(/at least one finding/);
    expect(w.mem.snapshot()).toEqual(before);
  });

  it('refuses findings for a visit that has not taken place', async () => {
    const w = await world();
    w.clock.now = '2025-07-23T20:00:00.000Z';
    await expect(
      submitFindings(w.submitDeps(), {
        visitId: w.visit.id,
        councillorEmail: ANNA,
        answers: GOOD_ANSWERS,
        channel: 'Teams'
      })
    ).rejects.toMatchObject({ code: 'VisitNotHeld', message: expect.stringMatching(/Thursday 24 July 2025/) });
    const planned = await world({ status: 'Planned', visitStart: undefined });
    await expect(
      submitFindings(planned.submitDeps(), {
        visitId: planned.visit.id,
        councillorEmail: ANNA,
        answers: GOOD_ANSWERS,
        channel: 'Teams'
      })
    ).rejects.toMatchObject({ code: 'VisitNotHeld' });
    expect(w.mem.tables.findings.all()).toEqual([]);
  });

  it('a second submit (a retried Teams invoke) changes nothing and says so', async () => {
    const w = await world();
    const input = { visitId: w.visit.id, councillorEmail: ANNA, answers: GOOD_ANSWERS, channel: 'Teams' as const };
    const first = await submitFindings(w.submitDeps(), input);
    const before = w.mem.snapshot();
    w.clock.now = '2025-07-31T09:00:00.000Z';
    const again = await submitFindings(w.submitDeps(), input);
    expect(again.outcome).toBe('already-submitted');
    expect(again.ignoredChanges).toBe(false);
    expect(again.sharingChanges).toEqual([]);
    expect(again.notices).toEqual(first.notices);
    expect(w.mem.snapshot()).toEqual(before);
    const edited = await submitFindings(w.submitDeps(), { ...input, answers: { qualityStrengths: 'Changed my mind' } });
    expect(edited).toMatchObject({ outcome: 'already-submitted', ignoredChanges: true });
    expect(w.mem.snapshot()).toEqual(before);
  });

  it('moves a 2018 pair visit to Visited on the first form and FindingsReturned on the second', async () => {
    const w = await world({ councillorEmails: [ANNA, BEN], formTemplate: SIGNS_OF_SAFETY_2018_ID, status: 'Briefed' });
    const sos = {
      'staffing.worried': 'Vacancies covered by agency staff.',
      'performance.workingWell': 'Good multi-agency work.',
      scaling: '7'
    };
    const first = await submitFindings(w.submitDeps(), {
      visitId: w.visit.id,
      councillorEmail: ANNA,
      answers: sos,
      channel: 'Teams'
    });
    expect(first.visit).toMatchObject({ status: 'Visited', allSubmitted: false });
    expect(first.findings.answers.scaling).toBe(7);
    expect(first.request?.request).toBe('Staffing: What are we worried about?\nVacancies covered by agency staff.');
    const second = await submitFindings(w.submitDeps(), {
      visitId: w.visit.id,
      councillorEmail: BEN,
      answers: { 'other.needsToHappen': 'Less paperwork.', scaling: 6 },
      channel: 'SharePoint'
    });
    expect(second.visit).toMatchObject({ from: 'Visited', status: 'FindingsReturned', allSubmitted: true });
    expect(w.mem.tables.requests.all()).toHaveLength(2);
    await expect(
      submitFindings(w.submitDeps(), { visitId: w.visit.id, councillorEmail: CARA, answers: sos, channel: 'Teams' })
    ).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('requires the 2018 scaling on submit', async () => {
    const w = await world({ formTemplate: SIGNS_OF_SAFETY_2018_ID });
    const error = (await submitFindings(w.submitDeps(), {
      visitId: w.visit.id,
      councillorEmail: ANNA,
      answers: { 'staffing.worried': 'x' },
      channel: 'Teams'
    }).catch((e: unknown) => e)) as ValidationError;
    expect(error.errors).toEqual([{ questionId: 'scaling', message: 'Please fill in "Scaling (0-10)".' }]);
  });

  it('reports a team with no head of service instead of failing, and completes the request on a retry once fixed', async () => {
    const w = await world();
    w.mem.tables.teams.touch(w.teamId, { headOfServiceEmail: '' });
    const input = { visitId: w.visit.id, councillorEmail: ANNA, answers: GOOD_ANSWERS, channel: 'Teams' as const };
    const first = await submitFindings(w.submitDeps(), input);
    expect(first.request).toBeUndefined();
    expect(first.problems).toEqual([expect.stringMatching(/no head of service e-mail/)]);
    expect(first.sharedWith.map((g) => g.email)).toEqual([ANNA, SM]);
    w.mem.tables.teams.touch(w.teamId, { headOfServiceEmail: HOS });
    const again = await submitFindings(w.submitDeps(), input);
    expect(again).toMatchObject({ outcome: 'already-submitted', problems: [] });
    expect(again.request?.responderEmail).toBe(HOS);
  });
});
