// Errors the application services raise, beyond the core's own (errors.ts). Each carries a stable
// code and a message a person can act on; the structured fields let a UI point at the problem.
import { DomainError } from '../errors';
import type { FieldMessage } from '../forms';

/**
 * The answers cannot be saved or sent (or an action's fields are not allowed): `errors` name each
 * field as the form or card shows it. Nothing was written.
 */
export class ValidationError extends DomainError {
  public constructor(
    public readonly errors: FieldMessage[],
    public readonly warnings: FieldMessage[] = [],
    mode: 'draft' | 'submit' | 'action' = 'submit'
  ) {
    const lead = mode === 'action' ? '' : `The form cannot be ${mode === 'draft' ? 'saved' : 'sent'} yet. `;
    super('ValidationFailed', `${lead}${errors.map((e) => e.message).join(' ')}`);
    this.name = 'ValidationError';
  }
}

export type ClashKind = 'councillor-same-day' | 'team-overlap';

export interface BookingClash {
  kind: ClashKind;
  /** The other visit. */
  visitId: number;
  title: string;
  message: string;
  councillorEmail?: string;
}

/** A booking would put a councillor in two visits on one day, or a team in two at once. Nothing was written. */
export class BookingClashError extends DomainError {
  public constructor(public readonly clashes: BookingClash[]) {
    super('BookingClash', clashes.map((c) => c.message).join(' '));
    this.name = 'BookingClashError';
  }
}
