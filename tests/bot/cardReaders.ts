// Reading what the bot sent, as a person would see it: the cards of captured activities, their text,
// TextRuns and markdown. Used through protocolHarness.ts by the bot's protocol tests.
import type { CapturedActivity } from '../kits/captureConnector';

/** The Adaptive Card attachments of captured activities. */
export function cardsOf(activities: CapturedActivity[]): unknown[] {
  return activities.flatMap((a) =>
    ((a.activity.attachments ?? []) as { content?: unknown }[])
      .map((x) => x.content)
      .concat(a.activity.text ? [a.activity.text] : [])
  );
}

/** Every string a person would read on a card (text, titles, fact values, input values), one a line. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown, key?: string): void => {
    if (typeof v === 'string') {
      if (key === undefined || ['text', 'title', 'value', 'label', 'placeholder'].includes(key)) out.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(card);
  return out.join('\n');
}

/** Every TextRun's text on a card. */
export function textRuns(card: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'TextRun' && typeof o.text === 'string') out.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** Every TextBlock's text and Fact value on a card (where Teams renders markdown). */
export function markdownTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
      if (o.type === 'FactSet' && Array.isArray(o.facts))
        for (const f of o.facts as { value?: unknown }[]) if (typeof f.value === 'string') out.push(f.value);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}
