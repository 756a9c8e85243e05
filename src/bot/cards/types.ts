// Shapes shared by the card builders. Cards are plain JSON (no botbuilder here): the Bot Framework
// glue in src/bot/botframework wraps them in attachments.

/** An Adaptive Card as JSON, ready for an attachment's `content`. */
export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  version: string;
  $schema?: string;
  body: Array<Record<string, unknown>>;
  actions?: Array<Record<string, unknown>>;
  refresh?: { action: Record<string, unknown>; userIds?: string[] };
  [key: string]: unknown;
}

/** Someone a card names. Directory data (list items), not free text. */
export interface Person {
  name?: string;
  email: string;
}

/** A builder was given input it cannot make a correct card from (a programming or data error). */
export class CardInputError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'CardInputError';
  }
}

export function personName(person: Person): string {
  return person.name?.trim() || person.email;
}

/** "Name (e-mail)", or the e-mail alone. */
export function personLabel(person: Person): string {
  const name = person.name?.trim();
  return name ? `${name} (${person.email})` : person.email;
}

/**
 * Action.OpenUrl needs an absolute http(s) URL; anything else would be refused by Teams or, worse,
 * open something other than the SharePoint page. http is allowed for the local workbench.
 */
export function requireUrl(url: string, what: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CardInputError(`${what} must be an absolute URL (got '${url}').`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new CardInputError(`${what} must be an http(s) URL (got '${url}').`);
  }
  return parsed.toString();
}
