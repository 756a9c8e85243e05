// What an officer can do when a visit's point of contact cannot be reached in Teams: questions from
// the briefing and overdue escalations go to the contact, so an unreachable one means nobody hears
// them. Someone the lists know is asked to add the app; an address they do not know (often a shared
// mailbox, which can never use the app) should be replaced by a person on the rota.
import type { DeliveryProblemKind, UndeliveredMessage } from './deliveryProblems';
import { normalizeEmail } from '../email';

/** The messages that go to a visit's point of contact (else the default one). */
const CONTACT_KINDS = ['question', 'overdue-escalation', 'response-overdue'];

export function isContactKind(kind: string): boolean {
  return CONTACT_KINDS.indexOf(kind) >= 0;
}

export interface DeliveryContext {
  /** People the lists know (councillors, team contacts), by lower-case e-mail: their names. */
  people?: ReadonlyMap<string, string>;
  /** Visits by id: their titles and own point of contact, to say which visits and where to change it. */
  visits?: ReadonlyMap<number, { title: string; pointOfContactEmail?: string }>;
}

const APP = 'the Frontline Visits app in Teams';
const normal = normalizeEmail;
const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function visitsOf(email: string, messages: readonly UndeliveredMessage[], context: DeliveryContext) {
  const ids = Array.from(
    new Set(messages.filter((m) => isContactKind(m.kind) && m.visitId !== undefined).map((m) => m.visitId as number))
  );
  const known = ids.map((id) => context.visits?.get(id)).filter((v): v is NonNullable<typeof v> => !!v);
  return {
    titles: known.map((v) => `'${v.title}'`),
    // Named by no visit it was sent for: the settings' default point of contact.
    asDefault: known.length > 0 && known.every((v) => normal(v.pointOfContactEmail) !== email)
  };
}

export function contactAdvice(
  email: string,
  problem: DeliveryProblemKind,
  messages: readonly UndeliveredMessage[],
  context: DeliveryContext
): string {
  const name = context.people?.get(email);
  const { titles, asDefault } = visitsOf(email, messages, context);
  const role = asDefault ? 'the default point of contact' : 'the point of contact';
  const of = titles.length ? ` of ${titles.join(', ')}` : '';
  const who = name ? `${sentence(name)} (${email})` : email;
  const change = asDefault
    ? "set a person as the visit's contact on the rota, or as the default point of contact in the process settings"
    : "set a person as the visit's contact on the rota";
  const waiting = 'Questions and overdue notices waiting for them are sent at the next sweep.';
  if (problem === 'not-installed') {
    if (name)
      return `${who} is ${role}${of} but has not added ${APP}. Ask ${name} to add ${APP}, or ${change}. ${waiting}`;
    return `${who} is ${role}${of} but is not a person the bot can message: no one with this address has added ${APP}. If it is a shared mailbox, ${change}: a mailbox cannot use Teams. If it is a person, ask them to add ${APP}. ${waiting}`;
  }
  const what =
    problem === 'uninstalled'
      ? `removed ${APP}`
      : `cannot be reached in Teams (the app was removed or the chat is gone)`;
  return `${who} is ${role}${of} but ${what}. Ask ${name ?? 'them'} to open or reinstall ${APP}, or ${change}. ${waiting}`;
}
