// POST /api/privacy/subject-access and /erase: the dashboard's Privacy section, officers only. Both run
// with the service's identity (an officer's own session may not read every draft, and may write
// nothing), through the same code as `npm run subject-access` and `npm run erase`.
import { Router, type Request, type Response } from 'express';
import type { OfficerDirectory } from '../core/ports/directory';
import type { ErasurePlan } from '../core/privacy/erasurePlan';
import { erasureLines } from '../core/privacy/erasureReport';
import { emailProblem } from '../core/privacy/fields';
import { summaryLines, type SubjectAccessExport } from '../core/privacy/subjectAccess';
import { normalizeEmail } from '../core/email';
import type { Authenticate } from './identity';
import { toHttpError } from './httpErrors';

export const PRIVACY_API = '/api/privacy';

export interface PrivacyApiDeps {
  authenticate: Authenticate;
  officers: OfficerDirectory;
  subjectAccess(email: string): Promise<SubjectAccessExport>;
  erase(email: string, dryRun: boolean, actor: string): Promise<ErasurePlan>;
  log?: (message: string, error: unknown) => void;
}

const refuse = (res: Response, status: number, code: string, message: string): void => {
  res.status(status).json({ error: { code, message } });
};

export function privacyRouter(deps: PrivacyApiDeps): Router {
  const router = Router();
  /** The officer calling and the e-mail asked about, or undefined once refused. */
  const checked = async (req: Request, res: Response): Promise<{ actor: string; email: string } | undefined> => {
    const identity = await deps.authenticate(req.headers);
    if (!identity) return void refuse(res, 401, 'Unauthenticated', 'Sign in: the privacy requests need an officer.');
    if (!(await deps.officers.isOfficer(identity.email)))
      return void refuse(
        res,
        403,
        'Forbidden',
        'Only officers (the Frontline Visits Officers group) may make subject access and erasure requests.'
      );
    const body = (req.body ?? {}) as Record<string, unknown>;
    const email = typeof body.email === 'string' ? body.email : '';
    const problem = emailProblem(email);
    if (problem) return void refuse(res, 400, 'BadRequest', `email ${problem}`);
    return { actor: identity.email, email: normalizeEmail(email) };
  };
  const handle = (work: (req: Request, res: Response) => Promise<void>) => (req: Request, res: Response) => {
    work(req, res).catch((e) => {
      deps.log?.('privacy', e);
      const { status, body } = toHttpError(e);
      res.status(status).json(body);
    });
  };
  router.post(
    '/subject-access',
    handle(async (req, res) => {
      const who = await checked(req, res);
      if (!who) return;
      const exp = await deps.subjectAccess(who.email);
      res.json({ summary: summaryLines(exp), export: exp });
    })
  );
  router.post(
    '/erase',
    handle(async (req, res) => {
      const who = await checked(req, res);
      if (!who) return;
      const body = req.body as Record<string, unknown>;
      const dryRun = body.dryRun !== false;
      // A real erasure is confirmed by typing the address again.
      if (!dryRun && normalizeEmail(typeof body.confirm === 'string' ? body.confirm : '') !== who.email)
        return refuse(
          res,
          400,
          'BadRequest',
          'confirm must repeat the e-mail address to erase (dryRun false erases; true, the default, only says what would happen).'
        );
      const plan = await deps.erase(who.email, dryRun, who.actor);
      res.json({ lines: erasureLines(plan, dryRun), kept: plan.kept, pseudonym: plan.pseudonym.name });
    })
  );
  return router;
}
