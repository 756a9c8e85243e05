/**
 * @jest-environment jsdom
 */
// Text people type is shown as typed: no markdown, no HTML, no client date functions, in every
// card that shows it. The harness turns on Teams-like markdown for TextBlocks, so a leak shows.
import {
  buildFindingsSectionCard,
  buildFindingsSummaryCard,
  buildHosRequestCard,
  buildHosResponseCard,
  buildMessageCard,
  buildQuestionCard,
  buildVisitChangeCard,
  type AdaptiveCardJson
} from '../../../src/bot/cards';
import { SAMPLE_INPUTS as S } from '../../../src/bot/cards/samples';
import { expectGoodCard } from './harness';

const HOSTILE =
  '<script>alert(1)</script> **bold** [click](https://evil.example) {{DATE(2025-07-24T09:00:00Z, SHORT)}}';

const cards: Array<[string, () => AdaptiveCardJson]> = [
  ['question', () => buildQuestionCard({ ...S.question(), question: HOSTILE })],
  [
    'hosRequest',
    () => buildHosRequestCard({ ...S.hosRequest(), request: { ...S.hosRequest().request, request: HOSTILE } })
  ],
  [
    'hosResponse',
    () => buildHosResponseCard({ ...S.hosResponse(), request: { ...S.hosResponse().request, response: HOSTILE } })
  ],
  [
    'findingsSummary',
    () =>
      buildFindingsSummaryCard({
        ...S.findingsSummary(),
        answers: { qualityStrengths: HOSTILE, escalationIssues: HOSTILE }
      })
  ],
  [
    'findingsSection warning',
    () =>
      buildFindingsSectionCard({
        ...S.findingsSection(),
        sectionId: 'quality',
        warnings: [{ questionId: 'qualityStrengths', message: HOSTILE }]
      })
  ],
  ['visitChange', () => buildVisitChangeCard({ ...S.visitChange(), reason: HOSTILE })],
  ['message', () => buildMessageCard({ title: 'Not saved', text: HOSTILE })]
];

describe.each(cards)('user text in the %s card', (_name, build) => {
  it('is shown as text: no script element, no bold, no link, no date formatting', () => {
    const card = build();
    const rendered = expectGoodCard(card, { concernsVisit: _name !== 'message' });
    expect(rendered.element.querySelectorAll('script')).toHaveLength(0);
    expect(rendered.element.querySelectorAll('strong')).toHaveLength(0);
    expect(Array.from(rendered.element.querySelectorAll('a')).map((a) => a.getAttribute('href'))).not.toContain(
      'https://evil.example'
    );
    expect(rendered.text).toContain('<script>alert(1)</script> **bold** [click](https://evil.example)');
    expect(rendered.text).toContain('{\u200B{DATE(2025-07-24T09:00:00Z, SHORT)}}');
    // It sits in a TextRun, which is never markdown, not in a TextBlock, which Teams formats.
    expect(JSON.stringify(card)).toMatch(/"type":"TextRun","text":"<script>alert\(1\)<\/script> \*\*bold\*\*/);
  });
});

it('the markdown stand-in does format TextBlocks (so the checks above can fail)', () => {
  const rendered = expectGoodCard(
    {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: '**bold** <script>x</script>', wrap: true }]
    },
    { concernsVisit: false }
  );
  expect(rendered.element.querySelectorAll('strong')).toHaveLength(1);
  expect(rendered.element.querySelectorAll('script')).toHaveLength(0);
});

it('template bindings typed by a user stay as typed: templating never expands data', () => {
  const card = buildQuestionCard({ ...S.question(), question: 'What is ${visitId} and ${$root.visitUrl}?' });
  expect(JSON.stringify(card)).toContain('"text":"What is ${visitId} and ${$root.visitUrl}?"');
});
