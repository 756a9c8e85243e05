// The people the Bot Framework protocol suites act as (two of the Playground's councillors and the
// head of service for Placements, in Teams), and what reached one of them in their chat.
import { cardsOf, cardText, chatOf, playground, teamsUser, type Bot, type Who } from './protocolHarness';

export const SARAH = playground('cllr.bennett.wake@example.gov.uk');
export const BEN = playground('cllr.wye@example.gov.uk');
export const HOS = teamsUser('hos-placements', 'Head of service, Placements', 'hos.placements@example.gov.uk', 2);

/** The text of each card sent to `who`'s chat since `mark` (a count of bot.capture.sent). */
export function chatSince(bot: Bot, who: Who, mark: number): string[] {
  return cardsOf(bot.capture.sent.slice(mark).filter((a) => a.conversationId === chatOf(who))).map(cardText);
}
