// What a correction must hold before it is stored: both stores refuse the same things.
import { DomainError } from '../errors';
import type { ThemeCorrection } from '../themes/types';

/** SharePoint's Text column limit (StatementKey, ThemeId, CorrectedBy). */
const TEXT_MAX = 255;

export class InvalidCorrectionError extends DomainError {
  public constructor(message: string) {
    super('InvalidCorrection', message);
    this.name = 'InvalidCorrectionError';
  }
}

export function checkCorrection(c: ThemeCorrection): void {
  const problems: string[] = [];
  for (const [name, value] of [
    ['statement key', c.statementKey],
    ['theme id', c.themeId],
    ['corrected by', c.by]
  ] as const) {
    if (!value?.trim()) problems.push(`the ${name} is empty`);
    else if (value.length > TEXT_MAX) problems.push(`the ${name} is over ${TEXT_MAX} characters`);
  }
  if (c.action !== 'add' && c.action !== 'remove') problems.push(`the action must be 'add' or 'remove'`);
  if (Number.isNaN(Date.parse(c.at))) problems.push(`'${c.at}' is not a date and time`);
  if (problems.length)
    throw new InvalidCorrectionError(`This theme correction cannot be saved: ${problems.join('; ')}.`);
}
