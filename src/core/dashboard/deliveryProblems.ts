// Teams messages that did not reach their recipient, for the officers' dashboard: one row per person,
// with why (the app not installed, removed, a stale chat, or a send that kept failing), what the
// officer can do, and which messages are waiting. Pure: the caller passes ConversationStore.unreachable()
// and SendLog.undelivered(); a message listed here is sent by the next sweep once the cause is fixed.
// A visit's point of contact who cannot be reached gets advice of its own (contactAdvice.ts).
import type { ConversationRecord, SendRecord } from '../ports/messaging';
import type { IsoDateTime } from '../model';
import { contactAdvice, isContactKind, type DeliveryContext } from './contactAdvice';
import { normalizeEmail } from '../email';

export { isContactKind, type DeliveryContext } from './contactAdvice';

export type DeliveryProblemKind = 'not-installed' | 'unreachable' | 'uninstalled' | 'failed';

export interface UndeliveredMessage {
  key: string;
  kind: string;
  /** e.g. "Return reminder". */
  label: string;
  visitId?: number;
  state: 'Failed' | 'Unreachable';
  lastError?: string;
  attempts: number;
  since: IsoDateTime;
}

export interface DeliveryProblemRow {
  email: string;
  problem: DeliveryProblemKind;
  /** A sentence an officer can act on. */
  advice: string;
  /** The last error Teams gave (403 not in roster, 404 stale conversation, ...). */
  lastError?: string;
  /** When it was last seen failing. */
  since: IsoDateTime;
  messages: UndeliveredMessage[];
}

const KIND_LABELS: Record<string, string> = {
  briefing: 'Briefing',
  'form-open': 'Findings form open',
  'return-reminder': 'Return reminder',
  'overdue-escalation': 'Overdue findings',
  'visit-change': 'Visit booked, rearranged or cancelled',
  'findings-shared': 'Findings',
  'response-requested': 'Request for a response',
  'hos-response': 'Head of service response',
  'hos-question': 'Question from the head of service',
  question: 'Question about a visit',
  'response-overdue': 'Head of service response overdue'
};

const ADVICE: Record<DeliveryProblemKind, string> = {
  'not-installed':
    'The Frontline Visits app is not installed for them in Teams (or was installed again since the last try). Ask them to add it; waiting messages are sent at the next sweep.',
  unreachable:
    'Teams refused messages to them (app removed or chat gone). Ask them to open or reinstall the Frontline Visits app; waiting messages are sent at the next sweep.',
  uninstalled:
    'They removed the Frontline Visits app. Ask them to reinstall it; waiting messages are sent at the next sweep.',
  failed:
    'Teams did not accept these messages after several tries. The next sweep tries again; if it keeps failing, contact them another way.'
};

const normal = normalizeEmail;
const later = (a: IsoDateTime, b: IsoDateTime): IsoDateTime => (Date.parse(b) > Date.parse(a) ? b : a);

/** `context` (the lists' people and visits) lets a point of contact's row say who they are and what to do. */
export function deliveryProblems(
  conversations: readonly ConversationRecord[],
  sends: readonly SendRecord[],
  context: DeliveryContext = {}
): DeliveryProblemRow[] {
  const rows = new Map<string, DeliveryProblemRow>();
  for (const c of conversations) {
    if (c.status === 'Active') continue;
    const problem: DeliveryProblemKind = c.status === 'Uninstalled' ? 'uninstalled' : 'unreachable';
    rows.set(normal(c.userEmail), {
      email: normal(c.userEmail),
      problem,
      advice: ADVICE[problem],
      lastError: c.lastError,
      since: c.updatedAt,
      messages: []
    });
  }
  for (const s of sends) {
    if (s.state !== 'Failed' && s.state !== 'Unreachable') continue;
    const email = normal(s.recipientEmail);
    let row = rows.get(email);
    if (!row) {
      // Unreachable with no conversation record given: the person never installed the app.
      const problem: DeliveryProblemKind = s.state === 'Unreachable' ? 'not-installed' : 'failed';
      row = { email, problem, advice: ADVICE[problem], lastError: s.lastError, since: s.claimedAt, messages: [] };
      rows.set(email, row);
    }
    row.since = later(row.since, s.claimedAt);
    row.messages.push({
      key: s.key,
      kind: s.kind,
      label: KIND_LABELS[s.kind] ?? s.kind,
      visitId: s.visitId,
      state: s.state,
      lastError: s.lastError,
      attempts: s.attempts,
      since: s.claimedAt
    });
  }
  for (const row of rows.values()) {
    row.messages.sort((a, b) => Date.parse(a.since) - Date.parse(b.since) || a.key.localeCompare(b.key));
    if (row.problem !== 'failed' && row.messages.some((m) => isContactKind(m.kind)))
      row.advice = contactAdvice(row.email, row.problem, row.messages, context);
  }
  // People who cannot be reached at all first (they miss everything), then by e-mail.
  const rank = (r: DeliveryProblemRow): number => (r.problem === 'failed' ? 1 : 0);
  return Array.from(rows.values()).sort((a, b) => rank(a) - rank(b) || a.email.localeCompare(b.email));
}
