// Checks every built card the same way: the adaptivecards library parses it as 1.5 without
// complaint and renders it, it fits the Teams size budget, and it keeps the project's card rules.
import './domShims';
import * as AC from 'adaptivecards/dist/adaptivecards.min.js';
import { executeActions } from '../../../src/bot/cards/expand';
import { CARD_BYTES_LIMIT, cardBytes } from '../../../src/bot/cards/limits';

/**
 * Stands in for Teams' markdown on TextBlocks and Fact values (bold and links, HTML escaped as
 * markdown-it does), so tests can see which text would be formatted and which is shown as typed.
 */
export function useTeamsLikeMarkdown(): void {
  AC.AdaptiveCard.onProcessMarkdown = (text: string, result: AC.IMarkdownProcessingResult) => {
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    result.outputHtml = escaped
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>');
    result.didProcess = true;
  };
}

// On for every card test: without it the renderer warns, and Teams itself does process markdown.
useTeamsLikeMarkdown();

export interface Rendered {
  card: AC.AdaptiveCard;
  element: HTMLElement;
  html: string;
  /** Visible text, for "does the card say X" checks. */
  text: string;
  /** Parse and validation complaints; a good card has none. */
  problems: string[];
}

export function parseAndRender(json: object): Rendered {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`parse ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents) {
    problems.push(`validate ${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  const element = card.render();
  if (!element) throw new Error('The card did not render.');
  return { card, element, html: element.outerHTML, text: element.textContent ?? '', problems };
}

type Json = Record<string, unknown>;

function walk(node: unknown, visit: (o: Json) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (typeof node === 'object' && node !== null) {
    visit(node as Json);
    for (const value of Object.values(node)) walk(value, visit);
  }
}

export function findAll(card: unknown, predicate: (o: Json) => boolean): Json[] {
  const found: Json[] = [];
  walk(card, (o) => predicate(o) && found.push(o));
  return found;
}

export function findById(card: unknown, id: string): Json | undefined {
  return findAll(card, (o) => o.id === id)[0];
}

/** Every rule a built card must keep; returns what the renderer made of it for further checks. */
export function expectGoodCard(json: unknown, opts: { concernsVisit?: boolean } = {}): Rendered {
  const card = json as Json;
  expect(card.type).toBe('AdaptiveCard');
  expect(card.version).toBe('1.5');
  expect(cardBytes(card)).toBeLessThan(CARD_BYTES_LIMIT);
  // No binding left unexpanded (sample data never contains "${").
  expect(JSON.stringify(card)).not.toContain('${');

  for (const action of executeActions(card)) {
    const verb = action.verb as string;
    const fallback = action.fallback as Json;
    expect(typeof verb).toBe('string');
    expect(fallback).toMatchObject({ type: 'Action.Submit', title: action.title });
    expect((fallback.data as Json).verb).toBe(verb);
    expect(fallback.data).toEqual(action.data);
  }
  for (const block of findAll(card, (o) => o.type === 'TextBlock')) expect(block.wrap).toBe(true);
  // Phone layout: no wide ColumnSets.
  for (const set of findAll(card, (o) => o.type === 'ColumnSet'))
    expect((set.columns as unknown[]).length).toBeLessThanOrEqual(2);
  if (opts.concernsVisit !== false) {
    const links = findAll(card, (o) => o.type === 'Action.OpenUrl');
    expect(links.length).toBeGreaterThan(0);
  }

  const rendered = parseAndRender(card);
  expect(rendered.problems).toEqual([]);
  expect(rendered.card.version.toString()).toBe('1.5');
  return rendered;
}
