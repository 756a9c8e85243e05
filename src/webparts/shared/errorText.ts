// How a failed action reads to an officer. Domain errors carry their own plain messages.
import { ConflictError, DomainError } from '../../core/errors';

export interface ActionError {
  message: string;
  /** A stale ETag: someone else saved first; the officer should reload, nothing was overwritten. */
  conflict: boolean;
}

export function actionError(e: unknown): ActionError {
  if (e instanceof ConflictError) return { message: e.message, conflict: true };
  if (e instanceof DomainError) return { message: e.message, conflict: false };
  return {
    message: `Something went wrong: ${e instanceof Error ? e.message : String(e)}. Nothing was saved; please try again.`,
    conflict: false
  };
}
