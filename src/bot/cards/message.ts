// A short card for errors and notices ("that button is out of date", "not allowed"), so every
// reply from the bot looks the same and never shows a stack trace.
import template from './message.template.json';
import { expandCard } from './expand';
import { assertCardFits } from './limits';
import { userParagraphs } from './text';
import { requireUrl, type AdaptiveCardJson } from './types';
import type { ActionError } from './verbs';

export type MessageTone = 'default' | 'good' | 'warning' | 'attention';

export interface MessageCardInput {
  title: string;
  /** Shown as plain text: it may quote what someone typed. */
  text: string;
  tone?: MessageTone;
  /** System values only (ids, dates): Fact values are markdown in Teams. */
  facts?: ReadonlyArray<{ title: string; value: string }>;
  link?: { title: string; url: string };
}

export interface MessageCardData {
  style: MessageTone | 'emphasis';
  title: string;
  paragraphs: string[];
  hasFacts: boolean;
  facts: Array<{ title: string; value: string }>;
  hasLink: boolean;
  linkTitle: string;
  linkUrl: string;
}

export function messageCardData(input: MessageCardInput): MessageCardData {
  const tone = input.tone ?? 'default';
  return {
    style: tone === 'default' ? 'emphasis' : tone,
    title: input.title,
    paragraphs: userParagraphs(input.text, 2000, 20).paragraphs,
    hasFacts: (input.facts ?? []).length > 0,
    facts: (input.facts ?? []).map((f) => ({ title: f.title, value: f.value })),
    hasLink: input.link !== undefined,
    linkTitle: input.link?.title ?? '',
    linkUrl: input.link ? requireUrl(input.link.url, 'link.url') : ''
  };
}

export function buildMessageCard(input: MessageCardInput): AdaptiveCardJson {
  return assertCardFits(expandCard(template, messageCardData(input)));
}

/** The reply to an action parseAction refused: plain words, no internals. */
export function buildActionErrorCard(error: ActionError): AdaptiveCardJson {
  const unknown = error.code === 'UnknownVerb' || error.code === 'MissingVerb';
  return buildMessageCard({
    title: unknown ? 'That button is not recognised' : 'That did not work',
    text: unknown
      ? 'This card may be out of date. Type "help" to see what you can do, or use the latest card.'
      : `${error.message} Please try again, or use the SharePoint page.`,
    tone: 'warning'
  });
}
