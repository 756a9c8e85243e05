// When each part of a visit's agenda starts and ends: the one rule the briefing card and the
// calendar invite share. Parts follow one another in elapsed time from the visit's start, so their
// minutes are added to the start instant; shown in London time, the wall clock is right in BST and
// GMT (a part spanning the clock change shows it).
import type { AgendaPart } from './config';
import { DomainError } from './errors';
import type { IsoDateTime } from './model';

export interface AgendaSlot {
  part: AgendaPart;
  start: IsoDateTime;
  end: IsoDateTime;
}

/** Each part with its start and end instant, in the agenda's order. `start`: an instant or its epoch milliseconds. */
export function agendaTimes(start: IsoDateTime | number, agenda: readonly AgendaPart[]): AgendaSlot[] {
  let at = typeof start === 'number' ? start : Date.parse(start);
  if (Number.isNaN(at)) throw new DomainError('InvalidStart', `'${start}' is not a date and time.`);
  return agenda.map((part) => {
    const from = new Date(at).toISOString();
    at += part.minutes * 60000;
    return { part, start: from, end: new Date(at).toISOString() };
  });
}

/** The whole agenda's length in minutes. */
export function agendaMinutes(agenda: readonly AgendaPart[]): number {
  return agenda.reduce((sum, p) => sum + p.minutes, 0);
}
