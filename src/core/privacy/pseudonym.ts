// The stable pseudonym an erased person is replaced by in the records the council keeps. The digest is
// an HMAC of the normalised e-mail under the site's privacy key (made by the adapter with node:crypto):
// the same person always gets the same pseudonym, so a run that stopped half way and is run again
// finishes with the same one, and only someone holding the key can link it back to the person.
import type { Replacement } from './match';

export type FormerRole = 'councillor' | 'member of staff';

/** The pseudonym from the HMAC's hex digest (its first 8 characters are plenty for a council's people). */
export function pseudonymFor(hexDigest: string, role: FormerRole): Replacement {
  const tag = hexDigest
    .replace(/[^0-9a-f]/gi, '')
    .slice(0, 8)
    .toLowerCase();
  if (tag.length < 8) throw new Error('The pseudonym digest must be at least 8 hex characters.');
  return { name: `Former ${role} ${tag.toUpperCase()}`, email: `former-${tag}@pseudonym.invalid` };
}
