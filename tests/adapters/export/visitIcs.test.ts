import {
  agendaLines,
  CONFIDENTIALITY_REMINDER,
  visitToIcs,
  VisitIcsInput
} from '../../../src/adapters/export/visitIcs';
import { AGENDA_2025, FRONTLINE_2025, SIGNS_OF_SAFETY_2018, visitMinutes } from '../../../src/core/config';
import { DomainError } from '../../../src/core/errors';
import type { Visit } from '../../../src/core/model';
import { londonInstant } from '../../../src/core/time/london';

interface Prop {
  name: string;
  params: string;
  value: string;
}

/** Unfolds continuation lines (CRLF + space or tab) and splits each content line. */
function parseIcs(text: string): Prop[] {
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
      if (!m) throw new Error(`bad content line: ${line}`);
      return { name: m[1], params: m[2], value: m[3] };
    });
}
const get = (props: Prop[], name: string): string => props.find((p) => p.name === name)?.value ?? '';
const unescape = (v: string): string => v.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');

const visit = (over: Partial<Visit> = {}): Visit => ({
  id: 103,
  title: 'Children and Families Court Team, July 2025',
  teamId: 3,
  area: 'Macclesfield',
  visitMonth: '2025-07',
  visitStart: londonInstant('2025-07-24', '10:00'),
  durationMinutes: visitMinutes(FRONTLINE_2025),
  councillorEmails: ['ben.wye@example.gov.uk'],
  committee: 'Cared For Children and Care Leavers Committee',
  status: 'Booked',
  pointOfContactEmail: 'poc.court@example.gov.uk',
  formTemplate: 'frontline-2025',
  ...over
});

const input = (over: Partial<VisitIcsInput> = {}): VisitIcsInput => ({
  visit: visit(),
  teamName: 'Children and Families Court Team',
  location: 'Delamere House, Delamere Street, Crewe CW1 2JZ',
  councillorNames: ['Ben Wye'],
  agenda: AGENDA_2025,
  organiserEmail: 'frontline.officer@example.gov.uk',
  now: new Date('2025-07-01T08:00:00Z'),
  ...over
});

describe('visitToIcs', () => {
  it('starts in UTC at 10:00 London during BST (09:00Z) and lasts the 150-minute visit', () => {
    const props = parseIcs(visitToIcs(input()));
    expect(get(props, 'DTSTART')).toBe('20250724T090000Z');
    expect(get(props, 'DTEND')).toBe('20250724T113000Z');
    expect(visitMinutes(FRONTLINE_2025)).toBe(150);
    expect(props.filter((p) => p.name === 'BEGIN').map((p) => p.value)).toEqual(['VCALENDAR', 'VEVENT']);
  });

  it('after the clocks go back, 10:00 London is 10:00Z', () => {
    const props = parseIcs(visitToIcs(input({ visit: visit({ visitStart: londonInstant('2025-10-27', '10:00') }) })));
    expect(get(props, 'DTSTART')).toBe('20251027T100000Z');
    expect(get(props, 'DTEND')).toBe('20251027T123000Z');
  });

  it('lists the four-part agenda in London time either side of the BST change', () => {
    const expected = [
      '10:00 Meeting with the service manager (30 min)',
      '10:30 Meeting with a frontline practitioner (team room) (30 min)',
      '11:00 Meeting with a team manager (team room) (30 min)',
      '11:30 Focus group of practitioners (about 6) (60 min)'
    ];
    for (const day of ['2025-07-24', '2025-10-27']) {
      const props = parseIcs(visitToIcs(input({ visit: visit({ visitStart: londonInstant(day, '10:00') }) })));
      const description = unescape(get(props, 'DESCRIPTION'));
      expect(description).toContain(['Agenda', ...expected].join('\n'));
    }
  });

  it('times each agenda part from its own instant, so a part after the change shows the new clock', () => {
    // 01:30 BST on 26 October 2025; the clocks go back at 02:00 BST (01:00Z), so the next part starts
    // at 01:00 GMT. Unrealistic for a visit, but it proves no offset is carried over from the start.
    expect(agendaLines(SIGNS_OF_SAFETY_2018.agenda, Date.parse('2025-10-26T00:30:00Z'))).toEqual([
      '01:30 Discussion with service and team managers (30 min)',
      '01:00 Discussion with team members (as available) (30 min)'
    ]);
  });

  it('describes the visit with its day, councillors, point of contact and the confidentiality reminder', () => {
    const description = unescape(get(parseIcs(visitToIcs(input())), 'DESCRIPTION'));
    expect(description).toContain('Frontline visit to Children and Families Court Team (Macclesfield)');
    expect(description).toContain('Thursday 24 July 2025, 10:00 to 12:30 (UK time)');
    expect(description).toContain('Councillor: Ben Wye');
    expect(description).toContain('Point of contact on the day: poc.court@example.gov.uk');
    expect(description.endsWith(CONFIDENTIALITY_REMINDER)).toBe(true);
  });

  it('names the event and place, escaping commas and semicolons', () => {
    const props = parseIcs(visitToIcs(input({ teamName: 'Court Team; Crewe, South' })));
    expect(get(props, 'SUMMARY')).toBe('Frontline visit: Court Team\\; Crewe\\, South');
    expect(unescape(get(props, 'LOCATION'))).toBe('Delamere House, Delamere Street, Crewe CW1 2JZ');
  });

  it('invites the councillors by e-mail, with the officer as organiser', () => {
    const props = parseIcs(
      visitToIcs(
        input({
          visit: visit({ councillorEmails: ['a.one@example.gov.uk', 'b.two@example.gov.uk'] }),
          councillorNames: ['Alex One', 'Bo Two']
        })
      )
    );
    const attendees = props.filter((p) => p.name === 'ATTENDEE');
    expect(attendees.map((a) => a.value)).toEqual(['mailto:a.one@example.gov.uk', 'mailto:b.two@example.gov.uk']);
    expect(attendees.map((a) => /CN="?([^";]+)/.exec(a.params)?.[1])).toEqual(['Alex One', 'Bo Two']);
    expect(get(props, 'ORGANIZER').toLowerCase()).toBe('mailto:frontline.officer@example.gov.uk');
  });

  it('keeps one UID per visit so a later download updates the entry (higher SEQUENCE)', () => {
    const first = parseIcs(visitToIcs(input()));
    const later = parseIcs(
      visitToIcs(
        input({
          now: new Date('2025-07-10T08:00:00Z'),
          visit: visit({ visitStart: londonInstant('2025-07-25', '10:00') })
        })
      )
    );
    expect(get(first, 'UID')).toBe('frontline-visit-103@frontline-visits');
    expect(get(later, 'UID')).toBe(get(first, 'UID'));
    expect(Number(get(later, 'SEQUENCE'))).toBeGreaterThan(Number(get(first, 'SEQUENCE')));
    expect(get(parseIcs(visitToIcs(input({ sequence: 4 }))), 'SEQUENCE')).toBe('4');
    expect(get(parseIcs(visitToIcs(input({ visit: visit({ id: 7 }) }))), 'UID')).toBe(
      'frontline-visit-7@frontline-visits'
    );
  });

  it('marks a cancelled visit CANCELLED and a booked one CONFIRMED', () => {
    expect(get(parseIcs(visitToIcs(input())), 'STATUS')).toBe('CONFIRMED');
    expect(get(parseIcs(visitToIcs(input({ visit: visit({ status: 'Cancelled' }) }))), 'STATUS')).toBe('CANCELLED');
  });

  it('refuses a visit with no start, saying what to do', () => {
    const call = (): string => visitToIcs(input({ visit: visit({ visitStart: undefined }) }));
    expect(call).toThrow(DomainError);
    expect(call).toThrow('Visit 103 to Children and Families Court Team has no start time yet: book its day and time');
    expect(() => visitToIcs(input({ visit: visit({ visitStart: 'not a date' }) }))).toThrow(/no valid start time/);
    expect(() => visitToIcs(input({ visit: visit({ durationMinutes: 0 }) }))).toThrow(/no valid length/);
  });

  it('writes UTC instants (…Z), never floating local times, so the machine zone cannot shift them', () => {
    // Instants go to ics as epoch numbers with utc output; jest cannot change the process TZ to
    // prove it directly, so check the shape: every date-time is UTC and no TZID is involved.
    const text = visitToIcs(input());
    expect(text).not.toMatch(/TZID/);
    expect(text.match(/^(DTSTART|DTEND|DTSTAMP):.*$/gm)?.every((line) => /:\d{8}T\d{6}Z$/.test(line))).toBe(true);
  });
});
