// Finding, replacing and redacting a person in a field's text. Case-insensitive; e-mails compared as
// core/reminders/keys.ts normalises them; a name matches as whole words, so "Ann" is not in "Annex".
import type { PersonRef } from './fields';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Any e-mail address in free text. */
const EMAIL_IN_TEXT = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

function emailPattern(email: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9._%+'-])${escape(email)}(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`, 'gi');
}

function namePattern(name: string): RegExp {
  const words = name.trim().split(/\s+/).map(escape).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'giu');
}

/** A field value as text: strings as they are, numbers and booleans not (they never name anyone). */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join('\n');
  return undefined;
}

export function mentions(value: unknown, person: PersonRef): boolean {
  const text = asText(value);
  if (!text) return false;
  if (emailPattern(person.email).test(text)) return true;
  return person.names.some((n) => namePattern(n).test(text));
}

export interface Replacement {
  email: string;
  name: string;
}

/** The text with the person's e-mail and names replaced (e-mail first, so a name inside it is not split). */
export function replacePerson(text: string, person: PersonRef, by: Replacement): string {
  let out = text.replace(emailPattern(person.email), by.email);
  for (const n of [...person.names].sort((a, b) => b.length - a.length)) out = out.replace(namePattern(n), by.name);
  return out;
}

export const OTHER_PERSON = '[another person]';

/**
 * For a subject access export: every e-mail but the subject's, and every name in `otherNames` that is
 * not one of the subject's, becomes "[another person]". Names not in the lists cannot be known.
 */
export function redactOthers(text: string, subject: PersonRef, otherNames: readonly string[]): string {
  let out = text.replace(EMAIL_IN_TEXT, (found) => (found.toLowerCase() === subject.email ? found : OTHER_PERSON));
  const own = new Set(subject.names.map((n) => n.toLowerCase()));
  const others = otherNames.filter((n) => n.trim().length >= 3 && !own.has(n.trim().toLowerCase()));
  for (const n of [...others].sort((a, b) => b.length - a.length)) out = out.replace(namePattern(n), OTHER_PERSON);
  return out;
}
