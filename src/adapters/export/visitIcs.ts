// A booked visit as an iCalendar (.ics) invite for the councillor's own calendar.
import { createEvent, type Attendee, type EventAttributes, type EventStatus } from 'ics';
import { agendaTimes } from '../../core/agendaTimes';
import type { AgendaPart } from '../../core/config';
import { DomainError } from '../../core/errors';
import type { Visit } from '../../core/model';
import { formatLondon, londonTime } from '../../core/time/london';
import { cleanText } from './text';

export const ICS_MIME_TYPE = 'text/calendar;charset=utf-8';

export const CONFIDENTIALITY_REMINDER =
  'Confidentiality: what you see and hear on the visit is confidential. Do not record or share the names, ' +
  'ages or other details of children or families, and keep your findings for the findings form until they are reported.';

export interface VisitIcsInput {
  visit: Visit;
  teamName: string;
  location: string;
  /** Display names in the order of `visit.councillorEmails`; they name the attendees. */
  councillorNames: string[];
  agenda: AgendaPart[];
  pointOfContactEmail?: string;
  organiserEmail?: string;
  organiserName?: string;
  /**
   * iCalendar SEQUENCE: a later copy of the same UID with a higher sequence replaces the entry.
   * Defaults to whole minutes since 2025 at `now`, so each download supersedes the previous one.
   */
  sequence?: number;
  now?: Date;
}

/** The visit's UID: the same for every download, so calendars update the entry, not add another. */
export function visitUid(visitId: number): string {
  return `frontline-visit-${visitId}@frontline-visits`;
}

const SEQUENCE_EPOCH = Date.UTC(2025, 0, 1);

/** The .ics text (CRLF lines, folded at 75 octets) for one visit. Throws if it has no start yet. */
export function visitToIcs(input: VisitIcsInput): string {
  const { visit } = input;
  const start = visit.visitStart ? Date.parse(visit.visitStart) : NaN;
  if (!visit.visitStart || Number.isNaN(start)) {
    throw new DomainError(
      'VisitNotBooked',
      `Visit ${visit.id} to ${input.teamName} has no ${visit.visitStart ? 'valid ' : ''}start time yet: ` +
        'book its day and time before downloading the calendar invite.'
    );
  }
  if (!Number.isInteger(visit.durationMinutes) || visit.durationMinutes <= 0) {
    throw new DomainError('InvalidVisit', `Visit ${visit.id} has no valid length (${visit.durationMinutes} minutes).`);
  }
  const now = input.now ?? new Date();
  const event: EventAttributes = {
    uid: visitUid(visit.id),
    productId: 'frontline-visits',
    sequence: input.sequence ?? Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH) / 60000)),
    // Numbers are UTC instants to ics, so DTSTART/DTEND come out in UTC (…Z) whatever the machine's zone.
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: start + visit.durationMinutes * 60000,
    endInputType: 'utc',
    endOutputType: 'utc',
    title: `Frontline visit: ${oneLine(input.teamName)}`,
    location: oneLine(input.location) || undefined,
    description: description(input, start),
    status: statusOf(visit),
    busyStatus: 'BUSY',
    attendees: attendees(visit, input.councillorNames),
    organizer: input.organiserEmail
      ? { email: input.organiserEmail, name: oneLine(input.organiserName) || 'Frontline Visits' }
      : undefined
  };
  const { error, value } = createEvent(event);
  if (error || !value)
    throw new DomainError(
      'InvalidInvite',
      `Could not make the calendar invite for visit ${visit.id}: ${error?.message ?? 'no output'}`
    );
  return value;
}

/** The agenda with London wall-clock times, e.g. "10:00 Meeting with the service manager (30 min)". */
export function agendaLines(agenda: AgendaPart[], startMs: number): string[] {
  return agendaTimes(startMs, agenda).map(
    ({ part, start }) => `${londonTime(start)} ${oneLine(part.title)} (${part.minutes} min)`
  );
}

function description(input: VisitIcsInput, startMs: number): string {
  const { visit } = input;
  const end = new Date(startMs + visit.durationMinutes * 60000);
  const names = input.councillorNames.map(oneLine).filter(Boolean);
  const lines = [
    `Frontline visit to ${oneLine(input.teamName)}${visit.area ? ` (${oneLine(visit.area)})` : ''}`,
    `${formatLondon(new Date(startMs), 'EEEE d MMMM yyyy, HH:mm')} to ${londonTime(end)} (UK time)`,
    ...(names.length > 0 ? [`Councillor${names.length > 1 ? 's' : ''}: ${names.join(', ')}`] : []),
    '',
    'Agenda',
    ...agendaLines(input.agenda, startMs)
  ];
  const contact = input.pointOfContactEmail ?? visit.pointOfContactEmail;
  if (contact) lines.push('', `Point of contact on the day: ${contact}`);
  lines.push('', CONFIDENTIALITY_REMINDER);
  return lines.join('\n');
}

// Only councillors with an e-mail can be attendees: an ATTENDEE line needs a mailto: address.
function attendees(visit: Visit, names: string[]): Attendee[] | undefined {
  const list = visit.councillorEmails.map((email, i) => ({
    email,
    name: oneLine(names[i]) || email,
    role: 'REQ-PARTICIPANT' as const,
    rsvp: false
  }));
  return list.length > 0 ? list : undefined;
}

function statusOf(visit: Visit): EventStatus {
  if (visit.status === 'Cancelled') return 'CANCELLED';
  if (visit.status === 'Planned') return 'TENTATIVE';
  return 'CONFIRMED';
}

function oneLine(text: string | undefined): string {
  return cleanText(text).replace(/\s*\n\s*/g, ' ');
}
