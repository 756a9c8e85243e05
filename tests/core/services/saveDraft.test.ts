// saveDraft: partial forms from either channel, never turning a sent form back into a draft.
import { AccessDeniedError, ConflictError } from '../../../src/core/errors';
import { AlreadySubmittedError, saveDraft, submitFindings, ValidationError } from '../../../src/core/services';
import { ANNA, BEN, GOOD_ANSWERS, world } from './world';

describe('saveDraft', () => {
  it('creates a partial draft once, titled for people, shared with its councillor to read (they change it only through the service)', async () => {
    const w = await world();
    const first = await saveDraft(w.submitDeps(), {
      visitId: w.visit.id,
      councillorEmail: ANNA,
      answers: { qualityStrengths: ' Good\u00a0supervision ' },
      channel: 'Teams'
    });
    expect(first.findings).toMatchObject({
      status: 'Draft',
      channel: 'Teams',
      answers: { qualityStrengths: 'Good supervision' }
    });
    expect(Object.fromEntries(w.mem.grants.get(`findings:${first.findings.id}`) ?? [])).toEqual({ [ANNA]: 'read' });
    const second = await saveDraft(w.submitDeps(), {
      visitId: w.visit.id,
      councillorEmail: ANNA,
      answers: { qualityStrengths: 'Good supervision', experienceStrengths: 'Peer support' },
      channel: 'SharePoint',
      etag: first.findings.etag
    });
    expect(second.findings.id).toBe(first.findings.id);
    expect(w.mem.tables.findings.all()).toHaveLength(1);
    expect(w.mem.tables.findings.get(first.findings.id)).toMatchObject({
      channel: 'SharePoint',
      answers: { experienceStrengths: 'Peer support' }
    });
    expect(w.mem.tables.visits.get(w.visit.id).status).toBe('Booked');
  });

  it('with shareLater leaves the sharing to the caller: the same rule, run when it says, idempotent', async () => {
    const w = await world();
    const input = { visitId: w.visit.id, councillorEmail: ANNA, answers: {}, channel: 'Teams' as const };
    const saved = await saveDraft(w.submitDeps(), input, { shareLater: true });
    expect(w.mem.grants.get(`findings:${saved.findings.id}`)).toBeUndefined();
    await saved.share?.();
    await saved.share?.();
    expect(Object.fromEntries(w.mem.grants.get(`findings:${saved.findings.id}`) ?? [])).toEqual({ [ANNA]: 'read' });
    expect((await saveDraft(w.submitDeps(), input)).share).toBeUndefined();
  });

  it('passes the create a readable Title', async () => {
    const w = await world();
    const titles: (string | undefined)[] = [];
    const deps = w.submitDeps();
    const create = deps.findings.create;
    deps.findings = { ...deps.findings, create: (f, title) => (titles.push(title), create(f, title)) };
    await saveDraft(deps, { visitId: w.visit.id, councillorEmail: ANNA, answers: {}, channel: 'Teams' });
    expect(titles).toEqual(['Court Team - 24/07/2025 - Anna Able']);
  });

  it('returns warnings (a child named with an age) without blocking', async () => {
    const w = await world();
    const result = await saveDraft(w.submitDeps(), {
      visitId: w.visit.id,
      councillorEmail: ANNA,
      answers: { qualityStrengths: 'Met a boy called Tom, aged 7.' },
      channel: 'Teams'
    });
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(result.findings.answers.qualityStrengths).toBe('Met a boy called Tom, aged 7.');
  });

  it('applies the limits, writing nothing', async () => {
    const w = await world();
    const error = await saveDraft(w.submitDeps(), {
      visitId: w.visit.id,
      councillorEmail: ANNA,
      answers: { qualityStrengths: 'x'.repeat(10001) },
      channel: 'Teams'
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(
      /^The form cannot be saved yet. "Quality of practice: Strengths" is too long/
    );
    expect(w.mem.tables.findings.all()).toEqual([]);
  });

  it('refuses someone who is not on the visit', async () => {
    const w = await world();
    await expect(
      saveDraft(w.submitDeps(), { visitId: w.visit.id, councillorEmail: BEN, answers: {}, channel: 'Teams' })
    ).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('refuses a stale draft (saved on another device since it was loaded)', async () => {
    const w = await world();
    const first = await saveDraft(w.submitDeps(), {
      visitId: w.visit.id,
      councillorEmail: ANNA,
      answers: { qualityStrengths: 'phone' },
      channel: 'Teams'
    });
    await saveDraft(w.submitDeps(), {
      visitId: w.visit.id,
      councillorEmail: ANNA,
      answers: { qualityStrengths: 'laptop' },
      channel: 'SharePoint',
      etag: first.findings.etag
    });
    await expect(
      saveDraft(w.submitDeps(), {
        visitId: w.visit.id,
        councillorEmail: ANNA,
        answers: { qualityStrengths: 'phone again' },
        channel: 'Teams',
        etag: first.findings.etag
      })
    ).rejects.toBeInstanceOf(ConflictError);
    expect(w.mem.tables.findings.get(first.findings.id).answers.qualityStrengths).toBe('laptop');
  });

  it('cannot take a sent form back to a draft, and the councillor keeps read access only', async () => {
    const w = await world();
    await saveDraft(w.submitDeps(), {
      visitId: w.visit.id,
      councillorEmail: ANNA,
      answers: { qualityStrengths: 'draft' },
      channel: 'Teams'
    });
    const sent = await submitFindings(w.submitDeps(), {
      visitId: w.visit.id,
      councillorEmail: ANNA,
      answers: GOOD_ANSWERS,
      channel: 'Teams'
    });
    expect(w.mem.grants.get(`findings:${sent.findings.id}`)?.get(ANNA)).toBe('read');
    const before = w.mem.snapshot();
    const error = await saveDraft(w.submitDeps(), {
      visitId: w.visit.id,
      councillorEmail: ANNA,
      answers: { qualityStrengths: 'more' },
      channel: 'Teams'
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AlreadySubmittedError);
    expect((error as Error).message).toMatch(/already been sent/);
    expect(w.mem.snapshot()).toEqual(before);
  });

  it('refuses drafts for a cancelled visit', async () => {
    const w = await world({ status: 'Cancelled', statusReason: 'Clash with committee' });
    await expect(
      saveDraft(w.submitDeps(), { visitId: w.visit.id, councillorEmail: ANNA, answers: {}, channel: 'Teams' })
    ).rejects.toMatchObject({ code: 'VisitCancelled' });
  });
});
