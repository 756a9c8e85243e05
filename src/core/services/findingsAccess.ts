// Who may write whose findings form. A councillor writes their own; an officer may enter a form a
// councillor sent by e-mail. Everyone else is refused before anything is read or written. Which
// councillors are on the visit is checked afterwards by the services themselves (assertOnVisit).
import { AccessDeniedError } from '../errors';
import { normalizeEmail } from '../email';

/** The signed-in person, as the host established it (never taken from a request body). */
export interface Caller {
  email: string;
  /** In the officers group that runs the rota. */
  isOfficer: boolean;
}

/**
 * The councillor whose form the caller is writing: themselves when `forCouncillor` is empty or
 * their own address, anyone only for an officer.
 */
export function formOwnerFor(caller: Caller, forCouncillor?: string): string {
  const self = normalizeEmail(caller.email);
  if (!self) throw new AccessDeniedError('Sign in to write a findings form.');
  const wanted = normalizeEmail(forCouncillor ?? '') || self;
  if (wanted === self || caller.isOfficer) return wanted;
  throw new AccessDeniedError(
    `${caller.email} may write only their own findings form. An officer can enter a form on a councillor's behalf.`
  );
}
