// Small pieces the findings services share: who is on a visit, which template a form follows,
// and the readable Title the lists contract asks for.
import { AccessDeniedError } from '../errors';
import { getTemplate as productTemplate, type FormTemplate } from '../forms';
import type { FormAnswers, Visit } from '../model';
import { isOnVisit } from '../visitStatus';
import { formatLondon } from '../time/london';

/** Where templates come from: the product registry by default, a council's own in tests or hosts. */
export interface TemplateSource {
  getTemplate(id: string): FormTemplate;
}

export const PRODUCT_TEMPLATES: TemplateSource = { getTemplate: productTemplate };

/** Only a councillor named on the visit may write its findings. */
export function assertOnVisit(visit: Visit, email: string): void {
  if (!isOnVisit(visit, email)) {
    throw new AccessDeniedError(
      `${email || 'This person'} is not a councillor on the visit '${visit.title}', so cannot write its findings.`
    );
  }
}

/** `Court Team - 24/07/2025 - Ben Wye` (lists.md); the planned month stands in while no day is booked. */
export function findingsTitle(visit: Visit, teamName: string, councillorName: string): string {
  const when = visit.visitStart ? formatLondon(visit.visitStart, 'dd/MM/yyyy') : visit.visitMonth;
  return `${teamName} - ${when} - ${councillorName}`;
}

/** Same answers, whatever the key order (Answers is stored as JSON). */
export function sameAnswers(a: FormAnswers, b: FormAnswers): boolean {
  const keys = (x: FormAnswers): string[] =>
    Object.keys(x)
      .filter((k) => x[k] !== undefined)
      .sort();
  const ka = keys(a);
  const kb = keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}
