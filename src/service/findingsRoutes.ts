// POST /api/findings/:visitId/draft and /submit: the web part's way to the one core submission path.
// Handlers only parse, identify the caller and call core; core decides, the service's own
// (app-only) identity writes and shares, which a councillor's browser session may not do.
import { Router, type Request, type Response } from 'express';
import type { FormAnswers } from '../core/model';
import type { Repositories } from '../core/ports/repositories';
import type { FormReads } from '../core/ports/formReads';
import { readMemo } from '../core/ports/turnReads';
import type { FindingsSharing } from '../core/ports/sharing';
import type { AuditLog } from '../core/ports/audit';
import type { OfficerDirectory } from '../core/ports/directory';
import { formOwnerFor } from '../core/services/findingsAccess';
import { etagProblem } from '../core/services/etag';
import { saveDraft, submitFindings } from '../core/services/submitFindings';
import {
  toFormState,
  type DraftResponse,
  type FindingsRequestBody,
  type SubmitResponse
} from '../adapters/service/contract';
import type { ReadProcess } from './processInForce';
import type { Authenticate } from './identity';
import { BadRequestError, toHttpError } from './httpErrors';
import { normalizeEmail } from '../core/email';

export interface FindingsApiDeps {
  repos: Repositories;
  sharing: FindingsSharing;
  officers: OfficerDirectory;
  authenticate: Authenticate;
  now: () => string;
  /** The save's first two reads in one round trip; without it core reads them one by one. */
  formReads?: FormReads;
  /** Where unexpected errors are reported (they reach the caller only as a generic message). */
  log?: (message: string, error: unknown) => void;
  /** Who the service acted for (the lists' version history names the service). */
  audit?: AuditLog;
  /** The process in force, read for each submission (when a head of service's response falls due). */
  process: ReadProcess;
}

const MAX_ANSWERS = 100;

function parseVisitId(raw: string): number {
  const id = Number(raw);
  if (!/^\d{1,9}$/.test(raw) || id < 1) throw new BadRequestError(`'${raw}' is not a visit id.`);
  return id;
}

/** The body's shape only; the template's own rules are core's (validateFindings). */
function parseBody(body: unknown): FindingsRequestBody {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new BadRequestError('Send the form as a JSON object with an "answers" object.');
  const b = body as Record<string, unknown>;
  const answers = b.answers;
  if (!answers || typeof answers !== 'object' || Array.isArray(answers))
    throw new BadRequestError('"answers" must be an object of question ids to text or numbers.');
  const entries = Object.entries(answers as Record<string, unknown>);
  if (entries.length > MAX_ANSWERS) throw new BadRequestError(`A form has at most ${MAX_ANSWERS} answers.`);
  const clean: FormAnswers = {};
  for (const [key, value] of entries) {
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string' && typeof value !== 'number')
      throw new BadRequestError(`The answer '${key}' must be text or a number.`);
    clean[key] = value;
  }
  for (const key of ['councillorEmail', 'etag'] as const) {
    if (b[key] !== undefined && typeof b[key] !== 'string') throw new BadRequestError(`"${key}" must be text.`);
  }
  // The ETag becomes SharePoint's IF-Match header: core's one rule for what it may be.
  const etagRefused = etagProblem(b.etag);
  if (etagRefused) throw new BadRequestError(etagRefused);
  return {
    answers: clean,
    councillorEmail: b.councillorEmail as string | undefined,
    etag: (b.etag as string | undefined) || undefined
  };
}

export function findingsRouter(deps: FindingsApiDeps): Router {
  const router = Router();

  /** Identifies the caller and the councillor whose form it is, then runs `work`. */
  const handle =
    (work: (visitId: number, owner: string, body: FindingsRequestBody, actor: string) => Promise<unknown>) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        const identity = await deps.authenticate(req.headers);
        if (!identity) {
          res
            .status(401)
            .json({ error: { code: 'Unauthenticated', message: 'Sign in to Microsoft 365 to send findings.' } });
          return;
        }
        const visitId = parseVisitId(req.params.visitId);
        const body = parseBody(req.body);
        const wantsOther = !!body.councillorEmail && normalizeEmail(body.councillorEmail) !== identity.email;
        const isOfficer = wantsOther ? await deps.officers.isOfficer(identity.email) : false;
        const owner = formOwnerFor({ email: identity.email, isOfficer }, body.councillorEmail);
        res.status(200).json(await work(visitId, owner, body, identity.email));
      } catch (e) {
        const { status, body } = toHttpError(e);
        if (status === 500) deps.log?.(`findings API ${req.method} ${req.originalUrl}`, e);
        res.status(status).json(body);
      }
    };

  /** Core's repositories for one call, with the visit and the form already on their way in one batch. */
  const reposFor = (visitId: number, owner: string): Repositories => {
    const memo = readMemo(deps.repos, deps.formReads);
    memo.prefetchForm(visitId, owner);
    return memo.repos;
  };

  router.post(
    '/:visitId/draft',
    handle(async (visitId, owner, body, actor): Promise<DraftResponse> => {
      const result = await saveDraft(
        { ...reposFor(visitId, owner), sharing: deps.sharing, audit: deps.audit },
        {
          visitId,
          councillorEmail: owner,
          actorEmail: actor,
          answers: body.answers,
          channel: 'SharePoint',
          etag: body.etag
        }
      );
      return { findings: toFormState(result.findings), warnings: result.warnings };
    })
  );

  router.post(
    '/:visitId/submit',
    handle(async (visitId, owner, body, actor): Promise<SubmitResponse> => {
      const { config } = await deps.process();
      const r = await submitFindings(
        { ...reposFor(visitId, owner), sharing: deps.sharing, now: deps.now, audit: deps.audit, config },
        { visitId, councillorEmail: owner, actorEmail: actor, answers: body.answers, channel: 'SharePoint' }
      );
      return {
        outcome: r.outcome,
        findings: toFormState(r.findings),
        visitStatus: r.visit.status,
        sharedWith: r.sharedWith.map((g) => g.email),
        request: r.request ? { id: r.request.id, responderEmail: r.request.responderEmail } : undefined,
        warnings: r.warnings,
        ignoredChanges: r.ignoredChanges,
        problems: r.problems
      };
    })
  );

  // Anything else under /api/findings is a clear 404, not express's HTML page.
  router.use((_req, res) =>
    res.status(404).json({
      error: {
        code: 'NotFound',
        message: 'No such findings API call. Use POST /api/findings/<visit id>/draft or /submit.'
      }
    })
  );
  return router;
}
