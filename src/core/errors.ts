// Domain errors carry a stable code so adapters (web parts, bot, list server) can show or map them.

export class DomainError extends Error {
  public constructor(
    public readonly code: string,
    message: string
  ) {
    super(message);
    this.name = 'DomainError';
    // Keeps instanceof working when compiled to ES5.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export class IllegalTransitionError extends DomainError {
  public constructor(message: string) {
    super('IllegalTransition', message);
    this.name = 'IllegalTransitionError';
  }
}

export class ConfigError extends DomainError {
  public constructor(message: string) {
    super('InvalidConfig', message);
    this.name = 'ConfigError';
  }
}

/** Someone else changed the item since it was read (a stale ETag). Nothing was written. */
export class ConflictError extends DomainError {
  public constructor(message: string) {
    super('Conflict', message);
    this.name = 'ConflictError';
  }
}

export class NotFoundError extends DomainError {
  public constructor(message: string) {
    super('NotFound', message);
    this.name = 'NotFoundError';
  }
}

/**
 * The site lacks something the product set up (a list, the officers' group): nobody's input is at
 * fault and trying again will not help until an administrator runs the set-up again (HTTP 503).
 */
export class SetupError extends DomainError {
  public constructor(message: string) {
    super('SiteNotSetUp', message);
    this.name = 'SetupError';
  }
}

/** The signed-in person may not see or change this item. */
export class AccessDeniedError extends DomainError {
  public constructor(message: string) {
    super('AccessDenied', message);
    this.name = 'AccessDeniedError';
  }
}

/** Settings refused on save: every bad field with what it allows. Nothing was written. */
export class SettingsError extends DomainError {
  public constructor(public readonly errors: { field: string; message: string }[]) {
    super(
      'InvalidSettings',
      `The process settings were not saved: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}.`
    );
    this.name = 'SettingsError';
  }
}
