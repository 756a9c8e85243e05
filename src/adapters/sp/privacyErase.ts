// Erasure on the site: reads everything (privacyScan.ts), plans with core/privacy/erasurePlan.ts and
// writes with the service's identity: each update with the ETag it was read with (a change in between
// stops the run; run it again), then the deletions, then the earlier versions that named the person.
// Audited once per person (the key is the pseudonym), with no personal data in the entry.
import { createHmac } from 'node:crypto';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { planErasure, type ErasurePlan } from '../../core/privacy/erasurePlan';
import { erasureAuditDetail } from '../../core/privacy/erasureReport';
import { pseudonymFor } from '../../core/privacy/pseudonym';
import { normalizeEmail } from '../../core/email';
import { LIST } from '../../lists/schema';
import { DuplicateValueError, mapSpError } from './errors';
import { subjectAccessOnSite } from './privacyExport';
import { personOnSite, PRIVACY_LISTS, readHoldings } from './privacyScan';
import { str, toSpDate } from './values';

/** Used only against the local list server when FRONTLINE_PRIVACY_KEY is not set. */
export const LOCAL_PRIVACY_KEY = 'frontline-local-privacy-key';

/** The HMAC key pseudonyms are made with: FRONTLINE_PRIVACY_KEY (required on a tenant, kept apart from the site). */
export function privacyKey(env: NodeJS.ProcessEnv, local: boolean): string {
  const key = env.FRONTLINE_PRIVACY_KEY;
  if (key && key.length >= 16) return key;
  if (key) throw new Error('FRONTLINE_PRIVACY_KEY must be at least 16 characters.');
  if (local) return LOCAL_PRIVACY_KEY;
  throw new Error(
    'FRONTLINE_PRIVACY_KEY must be set (16 or more random characters, kept apart from the site): erasure derives its pseudonyms from it.'
  );
}

export const digestOf = (key: string, email: string): string =>
  createHmac('sha256', key).update(normalizeEmail(email)).digest('hex');

export interface EraseOptions {
  key: string;
  dryRun: boolean;
  /** Who asked for it (an officer's e-mail, or the command line). */
  actor: string;
  now: string;
}

export async function eraseOnSite(sp: SPFI, email: string, options: EraseOptions): Promise<ErasurePlan> {
  const holdings = await readHoldings(sp);
  const { person, councillor } = await personOnSite(sp, email, holdings);
  const digest = digestOf(options.key, person.email);
  const asCouncillor = pseudonymFor(digest, 'councillor');
  // A second run finds the councillor item under its pseudonym: the same pseudonym again.
  const wasCouncillor =
    !!councillor ||
    holdings.items.some(
      (i) => i.list === LIST.councillors && normalizeEmail(str(i.fields.Email)) === asCouncillor.email
    );
  const plan = planErasure(
    PRIVACY_LISTS,
    holdings,
    person,
    wasCouncillor ? asCouncillor : pseudonymFor(digest, 'member of staff')
  );
  if (options.dryRun || !plan.steps.length) return plan;
  const list = (title: string) => sp.web.lists.getByTitle(title);
  try {
    for (const s of plan.steps)
      if (s.kind === 'update') await list(s.list).items.getById(s.id).update(s.changes, s.etag);
    for (const s of plan.steps) if (s.kind === 'delete') await list(s.list).items.getById(s.id).delete();
    for (const s of plan.steps) {
      if (s.kind !== 'delete-versions') continue;
      for (const v of s.versionIds) await list(s.list).items.getById(s.id).versions.getById(v).delete();
    }
  } catch (e) {
    return mapSpError(e, 'the erasure (run it again: it carries on where it stopped)');
  }
  await auditErasure(sp, plan, options);
  return plan;
}

async function auditErasure(sp: SPFI, plan: ErasurePlan, options: EraseOptions): Promise<void> {
  const councillor = plan.kept.find((k) => k.list === LIST.councillors);
  try {
    await sp.web.lists.getByTitle(LIST.audit).items.add({
      Title: `${plan.pseudonym.name}: person-erased`,
      AuditKey: `person-erased:${plan.pseudonym.email}`,
      Actor: normalizeEmail(options.actor) || options.actor,
      Action: 'person-erased',
      TargetList: councillor ? 'councillors' : 'people',
      TargetId: councillor?.id ?? 0,
      VisitId: 0,
      At: toSpDate(options.now),
      Detail: erasureAuditDetail(plan)
    });
  } catch (err) {
    try {
      mapSpError(err, 'the audit entry');
    } catch (mapped) {
      // An earlier run that stopped after its writes recorded it already.
      if (mapped instanceof DuplicateValueError) return;
      throw mapped;
    }
  }
}

/** The Frontline service's privacy calls (src/service/privacyRoutes.ts) over the site. */
export function spPrivacyApi(sp: SPFI, key: string, now: () => string) {
  return {
    subjectAccess: (email: string) => subjectAccessOnSite(sp, email, now()),
    erase: (email: string, dryRun: boolean, actor: string) => eraseOnSite(sp, email, { key, dryRun, actor, now: now() })
  };
}
