// Domain errors as HTTP answers the web part can turn back into the same errors (findingsApi.ts):
// a stable code, a message a person can act on, and the field messages of a validation error.
import { AccessDeniedError, ConflictError, DomainError, NotFoundError, SetupError } from '../core/errors';
import { ValidationError } from '../core/services/errors';
import type { FieldMessage } from '../core/forms';

export interface ErrorBody {
  error: { code: string; message: string; errors?: FieldMessage[]; warnings?: FieldMessage[] };
}

export class BadRequestError extends DomainError {
  public constructor(message: string) {
    super('BadRequest', message);
    this.name = 'BadRequestError';
  }
}

export function toHttpError(e: unknown): { status: number; body: ErrorBody } {
  if (e instanceof ValidationError) {
    return {
      status: 422,
      body: { error: { code: e.code, message: e.message, errors: e.errors, warnings: e.warnings } }
    };
  }
  if (e instanceof BadRequestError) return { status: 400, body: { error: { code: e.code, message: e.message } } };
  if (e instanceof AccessDeniedError) return { status: 403, body: { error: { code: e.code, message: e.message } } };
  if (e instanceof NotFoundError) return { status: 404, body: { error: { code: e.code, message: e.message } } };
  if (e instanceof SetupError) return { status: 503, body: { error: { code: e.code, message: e.message } } };
  if (e instanceof ConflictError) return { status: 409, body: { error: { code: e.code, message: e.message } } };
  // Other domain rules (a visit not yet held, a form already sent): the request cannot be done now.
  if (e instanceof DomainError) return { status: 409, body: { error: { code: e.code, message: e.message } } };
  return {
    status: 500,
    body: {
      error: {
        code: 'ServiceError',
        message:
          'Something went wrong on the Frontline service. Nothing you typed was lost: try again, and tell the officer if it keeps happening.'
      }
    }
  };
}
