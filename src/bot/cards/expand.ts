// Template expansion and the Universal Actions rules every card shares. Templates hold one
// Action.Execute per button; the Action.Submit fallback is added here, so no template can forget it
// or let its data drift from the Execute's.
import * as ACData from 'adaptivecards-templating';
import { CardInputError, type AdaptiveCardJson } from './types';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every Action.Execute gets `verb` inside its data and an Action.Submit fallback with the same
 * title and data, so clients without Universal Actions still send something the bot can route
 * (parseAction accepts both shapes). Also drops nulls left by `$when` on non-array objects.
 */
export function addSubmitFallbacks<T>(node: T): T {
  if (Array.isArray(node)) return node.map((item) => addSubmitFallbacks(item)) as unknown as T;
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const key of Object.keys(node)) {
    if (node[key] === null) continue;
    out[key] = addSubmitFallbacks(node[key]);
  }
  if (out.type === 'Action.Execute') {
    const verb = out.verb;
    if (typeof verb !== 'string' || verb === '') throw new CardInputError('Every Action.Execute needs a verb.');
    const data = { ...(isObject(out.data) ? out.data : {}), verb };
    out.data = data;
    if (out.fallback === undefined) {
      const fallback: Json = { type: 'Action.Submit', title: out.title, data: { ...data } };
      for (const key of ['style', 'associatedInputs', 'tooltip', 'isEnabled', 'mode']) {
        if (out[key] !== undefined) fallback[key] = out[key];
      }
      out.fallback = fallback;
    }
  }
  return out as T;
}

/**
 * Prepared templates, one per template object. `new Template()` parses every `${...}` binding with
 * an ANTLR grammar (about 30 ms for the briefing card, ten times its `expand`; most of a 5,000-visit
 * sweep's time), and a prepared Template may be expanded with any number of data objects. The
 * templates are imported JSON modules, so the same objects on every call; a WeakMap keeps none alive.
 */
const prepared = new WeakMap<object, ACData.Template>();

function preparedTemplate(template: object): ACData.Template {
  let t = prepared.get(template);
  if (!t) prepared.set(template, (t = new ACData.Template(template)));
  return t;
}

/** Expands a `*.template.json` with its data (adaptivecards-templating) and applies the shared rules. */
export function expandCard(template: object, data: object): AdaptiveCardJson {
  const expanded: unknown = preparedTemplate(template).expand({ $root: data });
  if (!isObject(expanded) || expanded.type !== 'AdaptiveCard' || !Array.isArray(expanded.body)) {
    throw new CardInputError('The template did not expand to an Adaptive Card.');
  }
  return addSubmitFallbacks(expanded as AdaptiveCardJson);
}

/** Every Action.Execute in a card (for checks and tests), wherever it sits. */
export function executeActions(node: unknown, found: Json[] = []): Json[] {
  if (Array.isArray(node)) node.forEach((item) => executeActions(item, found));
  else if (isObject(node)) {
    if (node.type === 'Action.Execute') found.push(node);
    for (const key of Object.keys(node)) if (key !== 'fallback') executeActions(node[key], found);
  }
  return found;
}
