/**
 * @jest-environment node
 */
// Bad input, part 2, over the Bot Framework protocol: the Action.Submit fallback, oversize text,
// text that looks like markup or template expressions, and stale ETags. Each gets a
// clear card (never "Something went wrong"); a refusal stores nothing and sends nothing to anyone.
import { bookVisit, cardsOf, chatOf, markdownTexts, textRuns } from './protocolHarness';
import { A, H, O, SM, checksIn, invalid, long, useWorld } from './badInputWorld';

jest.setTimeout(180000);

const w = useWorld();
const { answered, refused } = checksIn(w);

describe('the Action.Submit fallback (a message whose value carries the verb)', () => {
  it('a valid verb is acted on and answered with a new card in the chat', async () => {
    const { text } = await answered(A, () =>
      w.bot.submit(A, {
        verb: 'findings.saveSection',
        visitId: w.F.id,
        sectionId: 'experience',
        'answer:experienceStrengths': 'Via the Submit fallback'
      })
    );
    expect(text).toContain('Step 3 of 3');
    expect((await w.bot.repos.findings.find(w.F.id, A.email))?.answers).toEqual({
      qualityStrengths: 'The draft to keep.',
      experienceStrengths: 'Via the Submit fallback'
    });
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['an unknown verb', { verb: 'no.such.verb', visitId: 1 }, /That button is not recognised/],
    ['no verb at all', { visitId: 1, 'answer:qualityStrengths': 'x' }, /That button is not recognised/],
    ['a valid verb with bad data', { verb: 'findings.saveSection', visitId: 'one', sectionId: 'quality' }, invalid]
  ])('%s gets a clear card and changes nothing', async (_what, value, says) => {
    await refused(A, () => w.bot.submit(A, value), says);
  });
});

describe('oversize text', () => {
  it('a question of 1,001 characters is refused and not forwarded; 1,000 is forwarded', async () => {
    expect(
      await refused(A, () => w.bot.act(A, 'briefing.ask', { visitId: w.V.id, question: long(1001) }), invalid)
    ).toMatch(/1001 characters, the limit is 1000/);
    const mark = w.bot.capture.sent.length;
    await w.bot.act(A, 'briefing.ask', { visitId: w.V.id, question: 'q'.repeat(1000) });
    expect(w.bot.capture.sent.slice(mark).filter((a) => a.conversationId === chatOf(O))).toHaveLength(1);
  });

  it('a response of 4,001 characters and a head of service question of 1,001 are refused', async () => {
    expect(
      await refused(H, () => w.bot.act(H, 'hos.respond', { requestId: w.R.id, response: long(4001) }), invalid)
    ).toMatch(/4001 characters, the limit is 4000/);
    await refused(H, () => w.bot.act(H, 'hos.askCouncillor', { requestId: w.R.id, question: long(1001) }), invalid);
    expect((await w.bot.repos.requests.get(w.R.id)).status).toBe('Requested');
  });

  it('an answer over the template limit (10,000) is shown as an error on the section, and not stored', async () => {
    await refused(
      A,
      () =>
        w.bot.act(A, 'findings.saveSection', {
          visitId: w.F.id,
          sectionId: 'quality',
          'answer:qualityStrengths': long(10001)
        }),
      /too long: 10,001 characters, the limit is 10,000/
    );
  });

  it('an answer over the list field limit, and more than 50 answers, are refused before anything is read', async () => {
    await refused(
      A,
      () =>
        w.bot.act(A, 'findings.saveSection', {
          visitId: w.F.id,
          sectionId: 'quality',
          'answer:qualityStrengths': long(64000)
        }),
      invalid
    );
    const many: Record<string, unknown> = { visitId: w.F.id, sectionId: 'quality' };
    for (let i = 0; i < 51; i++) many[`answer:q${i}`] = 'x';
    await refused(A, () => w.bot.act(A, 'findings.saveSection', many), /Too many answers/);
  });
});

const MARKUP =
  '<script>alert("x")</script> **bold** [click here](https://evil.example/login) ${{DATE(2025-01-01T00:00:00Z, SHORT)}} {{x}} ${visitId} &amp;';
/** As a TextRun must show it (src/bot/cards/text.ts): as typed, with "{{" broken by a zero-width space so no client evaluates it. */
const SHOWN =
  '<script>alert("x")</script> **bold** [click here](https://evil.example/login) ${\u200B{DATE(2025-01-01T00:00:00Z, SHORT)}} {\u200B{x}} ${visitId} &amp;';

describe('text that looks like markup or template expressions', () => {
  it('a findings answer is stored as typed, and the head of service sees it as plain text (TextRun), never markdown', async () => {
    const X = await bookVisit(w.bot, w.T, [A.email], '2025-09-29T09:00:00.000Z');
    const saved = await answered(A, () =>
      w.bot.act(A, 'findings.saveSection', { visitId: X.id, sectionId: 'quality', 'answer:qualityStrengths': MARKUP })
    );
    expect(saved.text).toContain('Step 2 of 3');
    expect((await w.bot.repos.findings.find(X.id, A.email))?.answers.qualityStrengths).toBe(MARKUP);
    const mark = w.bot.capture.sent.length;
    await w.bot.act(A, 'findings.submit', {
      visitId: X.id,
      sectionId: 'escalation',
      'answer:escalationIssues': MARKUP
    });
    expect((await w.bot.repos.findings.find(X.id, A.email))?.answers).toEqual({
      qualityStrengths: MARKUP,
      escalationIssues: MARKUP
    });
    const toHos = cardsOf(w.bot.capture.sent.slice(mark).filter((a) => a.conversationId === chatOf(H)));
    expect(toHos.length).toBeGreaterThanOrEqual(2); // the findings, and the request for a response
    for (const card of toHos) {
      expect(textRuns(card)).toContain(SHOWN);
      expect(markdownTexts(card).filter((t) => /<script>|\*\*bold\*\*|evil\.example|\{\{x/.test(t))).toEqual([]);
    }
  });

  it('a question is forwarded and confirmed as plain text', async () => {
    const mark = w.bot.capture.sent.length;
    const { cards } = await answered(A, () => w.bot.act(A, 'briefing.ask', { visitId: w.V.id, question: MARKUP }), [O]);
    const forwarded = cardsOf(w.bot.capture.sent.slice(mark).filter((a) => a.conversationId === chatOf(O)));
    expect(forwarded).toHaveLength(1);
    for (const card of [...cards, ...forwarded]) {
      expect(textRuns(card)).toContain(SHOWN);
      expect(markdownTexts(card).filter((t) => t.includes('<script>') || t.includes('**bold**'))).toEqual([]);
    }
  });
});

describe('a stale ETag', () => {
  const webPartSave = async (
    visitId: number,
    answers: Record<string, string>,
    etag: string
  ): Promise<{ status: number; json: unknown }> => {
    const r = await fetch(`${w.bot.service.url}/api/findings/${visitId}/draft`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Frontline-User': A.email },
      body: JSON.stringify({ answers, etag })
    });
    return { status: r.status, json: await r.json() };
  };
  const etagOn = (card: unknown): string =>
    /"etag":"((?:[^"\\]|\\.)*)"/.exec(JSON.stringify(card))?.[1].replace(/\\"/g, '"') ?? '';

  it.each(['findings.saveSection', 'findings.back', 'findings.submit'])(
    '%s from a card older than a save in SharePoint says so plainly, shows the form as saved and keeps the newer draft',
    async (verb) => {
      const S = await bookVisit(w.bot, w.T, [A.email], '2025-09-28T09:00:00.000Z');
      const first = await w.bot.act(A, 'findings.saveSection', {
        visitId: S.id,
        sectionId: 'experience',
        'answer:experienceStrengths': 'First, from Teams'
      });
      const staleEtag = etagOn(first.json.value);
      expect(staleEtag).not.toBe('');
      const newer = await webPartSave(
        S.id,
        { experienceStrengths: 'First, from Teams', escalationIssues: 'Newer, from SharePoint' },
        staleEtag
      );
      expect(newer.status).toBe(200);
      const kept = await w.bot.repos.findings.find(S.id, A.email);
      const text = await refused(
        A,
        () =>
          w.bot.act(A, verb, {
            visitId: S.id,
            sectionId: 'escalation',
            etag: staleEtag,
            'answer:escalationIssues': 'Stale, from Teams'
          }),
        /saved in SharePoint after this card was shown; here is the form as saved there/
      );
      expect(text).toContain('Newer, from SharePoint');
      expect(text).not.toMatch(/form \d+|item \d+/);
      expect(await w.bot.repos.findings.find(S.id, A.email)).toEqual(kept);
      expect(kept).toMatchObject({ status: 'Draft', answers: { escalationIssues: 'Newer, from SharePoint' } });
    }
  );

  it('a submit from the latest card (its ETag from the last save) is sent', async () => {
    const S = await bookVisit(w.bot, w.T, [A.email], '2025-09-27T09:00:00.000Z');
    await w.bot.act(A, 'findings.saveSection', {
      visitId: S.id,
      sectionId: 'quality',
      'answer:qualityStrengths': 'Created from Teams'
    });
    const second = await w.bot.act(A, 'findings.saveSection', {
      visitId: S.id,
      sectionId: 'experience',
      'answer:experienceStrengths': 'Updated from Teams'
    });
    const { text } = await answered(
      A,
      () =>
        w.bot.act(A, 'findings.submit', { visitId: S.id, sectionId: 'escalation', etag: etagOn(second.json.value) }),
      [H, SM]
    );
    expect(text).not.toMatch(/Changed elsewhere|after this card was shown/);
    expect(await w.bot.repos.findings.find(S.id, A.email)).toMatchObject({
      status: 'Submitted',
      answers: { qualityStrengths: 'Created from Teams', experienceStrengths: 'Updated from Teams' }
    });
  });
});
