// For someone the bot cannot match to a councillor or team contact. It says nothing about any
// visit or person: who is asking is unknown, so nothing confidential may be shown.
import template from './unknownUser.template.json';
import { expandCard } from './expand';
import { assertCardFits } from './limits';
import { personLabel, type AdaptiveCardJson, type Person } from './types';

export interface UnknownUserCardInput {
  /** Who to contact (the officer team's shared mailbox); without one, a general line. */
  contact?: Person;
}

export interface UnknownUserCardData {
  contact: string;
}

export function unknownUserCardData(input: UnknownUserCardInput = {}): UnknownUserCardData {
  return { contact: input.contact ? personLabel(input.contact) : "the council's children's improvement team" };
}

export function buildUnknownUserCard(input: UnknownUserCardInput = {}): AdaptiveCardJson {
  return assertCardFits(expandCard(template, unknownUserCardData(input)));
}
