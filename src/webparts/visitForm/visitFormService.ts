// What the visit form needs, over the ports: the visits the signed-in person may write a form for,
// one form opened with its template, and saving or sending it through the Frontline service (whose
// identity may create and share confidential items; a councillor's browser session may not).
import type { ProcessConfig } from '../../core/config';
import { effectiveDueDate } from '../../core/deadlines';
import { getTemplate } from '../../core/forms/registry';
import type { FormTemplate } from '../../core/forms/template';
import type { ValidationMode, ValidationResult } from '../../core/forms/validation';
import type { FormAnswers, IsoDateTime, Visit } from '../../core/model';
import type { Repositories, Stored } from '../../core/ports/repositories';
import { councillorsOf, isOnVisit } from '../../core/visitStatus';
import { formatLondon } from '../../core/time/london';
import { toFormState, type DraftResponse, type FormState, type SubmitResponse } from '../../adapters/service/contract';
import type { FindingsApi } from '../../adapters/service/findingsApi';
import { pageReads, type PageReads } from './pageReads';
import { normalizeEmail } from '../../core/email';

export interface VisitChoice {
  id: number;
  /** e.g. "Court Team, Thu 24 Jul 2025" */
  label: string;
  councillorEmails: string[];
}

export interface OpenedForm {
  visit: Stored<Visit>;
  teamName: string;
  template: FormTemplate;
  councillorEmail: string;
  councillorName: string;
  /** The stored form, when one exists and the user may read it. */
  findings?: FormState;
  dueDate?: IsoDateTime;
}

export interface VisitFormService {
  userEmail: string;
  isOfficer(): Promise<boolean>;
  /** A councillor's own visits; every visit with councillors for an officer. Newest first. */
  visits(asOfficer: boolean): Promise<VisitChoice[]>;
  open(visitId: number, councillorEmail: string): Promise<OpenedForm>;
  /** Core's validation, as the service will apply it, for feedback before saving or sending (loaded on first use). */
  validate(template: FormTemplate, answers: FormAnswers, mode: ValidationMode): Promise<ValidationResult>;
  saveDraft(form: OpenedForm, answers: FormAnswers, etag?: string): Promise<DraftResponse>;
  submit(form: OpenedForm, answers: FormAnswers): Promise<SubmitResponse>;
}

export interface VisitFormDeps {
  repos: Pick<Repositories, 'visits' | 'teams' | 'councillors' | 'findings'>;
  api: FindingsApi;
  /** The site's process now (for the due date), read alongside the visit. */
  process: () => Promise<Pick<ProcessConfig, 'returnPeriodDays'>>;
  userEmail: string;
  isOfficer: () => Promise<boolean>;
  /** The teams and visits, shared with the page's other parts (default: read here). */
  reads?: PageReads;
  /** Default: the product's template registry. */
  templates?: { getTemplate(id: string): FormTemplate };
}

export function visitFormService(deps: VisitFormDeps): VisitFormService {
  const me = normalizeEmail(deps.userEmail);
  const templates = deps.templates ?? { getTemplate };
  const reads = deps.reads ?? pageReads(deps.repos);
  let officer: Promise<boolean> | undefined;
  return {
    userEmail: me,
    isOfficer: () => (officer = officer ?? deps.isOfficer().catch(() => false)),
    async visits(asOfficer) {
      const [visits, teams] = await Promise.all([reads.visitsWithForms(), reads.teams()]);
      const names = new Map(teams.map((t) => [t.id, t.name]));
      return visits
        .filter((v) => (asOfficer ? councillorsOf(v).length > 0 : isOnVisit(v, me)))
        .sort((a, b) => (b.visitStart ?? b.visitMonth).localeCompare(a.visitStart ?? a.visitMonth))
        .map((v) => ({
          id: v.id,
          label: `${names.get(v.teamId) ?? v.title}, ${v.visitStart ? formatLondon(v.visitStart, 'EEE d MMM yyyy') : v.visitMonth}`,
          councillorEmails: councillorsOf(v)
        }));
    },
    async open(visitId, councillorEmail) {
      const [visit, config] = await Promise.all([deps.repos.visits.get(visitId), deps.process()]);
      const email = normalizeEmail(councillorEmail);
      const [team, councillor, stored] = await Promise.all([
        deps.repos.teams.get(visit.teamId),
        deps.repos.councillors.byEmail(email),
        deps.repos.findings.find(visitId, email)
      ]);
      return {
        visit,
        teamName: team.name,
        // A form follows the template it was started with, as core's services do.
        template: templates.getTemplate(stored?.templateId ?? visit.formTemplate),
        councillorEmail: email,
        councillorName: councillor?.name ?? email,
        findings: stored ? toFormState(stored) : undefined,
        dueDate: effectiveDueDate(visit, config)
      };
    },
    validate: async (template, answers, mode) => {
      const { normaliseAnswers, validateFindings } = await import(
        /* webpackChunkName: 'form-validation' */ '../../core/forms/validation'
      );
      return validateFindings(template, normaliseAnswers(answers, template), mode);
    },
    saveDraft: (form, answers, etag) =>
      deps.api.saveDraft(form.visit.id, { councillorEmail: form.councillorEmail, answers, etag }),
    submit: (form, answers) => deps.api.submit(form.visit.id, { councillorEmail: form.councillorEmail, answers })
  };
}
