// The briefing a councillor gets on Teams before the visit (seed 000 para 11): when and where, the
// agenda with times, what to look at, the question prompts, confidentiality, and who to ask.
import { agendaMinutes, agendaTimes, type AgendaSlot } from '../../core/agendaTimes';
import type { AgendaPart } from '../../core/config';
import { lacksDataProtectionTraining } from '../../core/councillors';
import { promptsForPart, type FormTemplate, type PromptGroup } from '../../core/forms';
import type { Councillor, IsoDateTime, Team, Visit } from '../../core/model';
import template from './briefing.template.json';
import { expandCard } from './expand';
import { clock, dateAndTime, deadline, longDate } from './format';
import { assertCardFits } from './limits';
import { userParagraphs } from './text';
import { CardInputError, personLabel, personName, requireUrl, type AdaptiveCardJson, type Person } from './types';

export interface BriefingCardInput {
  visit: Visit;
  team: Team;
  councillor: Councillor;
  /** The process configuration's agenda (config.ts), in order. */
  agenda: readonly AgendaPart[];
  /** The visit's form template: its prompts and its findings sections. */
  template: FormTemplate;
  pointOfContact: Person;
  /** The visit's page in SharePoint. */
  visitUrl: string;
  /** Set once the councillor has acknowledged: the card then says so and drops the button. */
  acknowledgedAt?: IsoDateTime;
  /** When the findings form is due (core's effectiveDueDate). */
  dueAt?: IsoDateTime;
  /** The question just asked from this card, and whether it reached the point of contact. */
  question?: { text: string; askedAt: IsoDateTime; delivered: boolean };
}

interface PromptGroupData {
  title: string;
  questions: string[];
}

export interface AgendaItemData {
  start: string;
  end: string;
  minutes: number;
  title: string;
  description: string;
  hasPrompts: boolean;
  promptsId: string;
  groups: PromptGroupData[];
}

export interface BriefingCardData {
  visitId: number;
  councillorName: string;
  teamName: string;
  place: string;
  date: string;
  startTime: string;
  endTime: string;
  totalMinutes: number;
  trainingMissing: boolean;
  focus: string[];
  agenda: AgendaItemData[];
  hasGeneralPrompts: boolean;
  generalGroups: PromptGroupData[];
  contactName: string;
  contactEmail: string;
  /** "Name (e-mail)", or the e-mail alone when there is no name: never the e-mail twice. */
  contactLabel: string;
  hasDue: boolean;
  due: string;
  questionSent: boolean;
  questionNotDelivered: boolean;
  questionAt: string;
  question: string[];
  acknowledged: boolean;
  acknowledgedAt: string;
  visitUrl: string;
}

const groupData = (g: PromptGroup): PromptGroupData => ({ title: g.title, questions: [...g.questions] });

/** The agenda's times (core/agendaTimes.ts), refusing a start that is not an instant as bad card input. */
function partTimes(start: IsoDateTime, agenda: readonly AgendaPart[]): AgendaSlot[] {
  if (Number.isNaN(Date.parse(start))) throw new CardInputError(`'${start}' is not a date and time.`);
  return agendaTimes(start, agenda);
}

export function briefingCardData(input: BriefingCardInput): BriefingCardData {
  const { visit, team, template } = input;
  if (!visit.visitStart)
    throw new CardInputError(`Visit ${visit.id} has no start time, so there is nothing to brief yet.`);
  const times = partTimes(visit.visitStart, input.agenda);
  const last = times[times.length - 1];
  // Prompt groups for every part (agendaPartIds empty) are shown once, not under each part.
  const general = template.prompts.filter((g) => g.agendaPartIds.length === 0);
  return {
    visitId: visit.id,
    councillorName: personName(input.councillor),
    teamName: team.name,
    place: team.location,
    date: longDate(visit.visitStart),
    startTime: clock(visit.visitStart),
    endTime: last ? clock(last.end) : clock(visit.visitStart),
    totalMinutes: agendaMinutes(input.agenda),
    trainingMissing: lacksDataProtectionTraining(input.councillor),
    focus: template.sections.filter((s) => s.findings).map((s) => (s.help ? `${s.title}: ${s.help}` : s.title)),
    agenda: times.map(({ part, start, end }) => {
      const groups = promptsForPart(template, part.id).filter((g) => g.agendaPartIds.length > 0);
      return {
        start: clock(start),
        end: clock(end),
        minutes: part.minutes,
        title: part.title,
        description: part.description,
        hasPrompts: groups.length > 0,
        promptsId: `prompts-${part.id}`,
        groups: groups.map(groupData)
      };
    }),
    hasGeneralPrompts: general.length > 0,
    generalGroups: general.map(groupData),
    contactName: personName(input.pointOfContact),
    contactEmail: input.pointOfContact.email,
    contactLabel: personLabel(input.pointOfContact),
    hasDue: input.dueAt !== undefined,
    due: input.dueAt ? deadline(input.dueAt) : '',
    questionSent: input.question?.delivered === true,
    questionNotDelivered: input.question?.delivered === false,
    questionAt: input.question ? dateAndTime(input.question.askedAt) : '',
    question: input.question ? userParagraphs(input.question.text, 1000, 12).paragraphs : [],
    acknowledged: input.acknowledgedAt !== undefined,
    acknowledgedAt: input.acknowledgedAt ? dateAndTime(input.acknowledgedAt) : '',
    visitUrl: requireUrl(input.visitUrl, 'visitUrl')
  };
}

export function buildBriefingCard(input: BriefingCardInput): AdaptiveCardJson {
  return assertCardFits(expandCard(template, briefingCardData(input)));
}
