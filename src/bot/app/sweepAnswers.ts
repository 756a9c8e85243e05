// The messages that follow a head of service's answer or delegation when no chat sent them: an
// action taken on the form page (through the Frontline service), or a send that failed or was cut
// short. The keys are the bot's own (hosNotices.ts), so a message the card or the service already
// sent is "already sent" here, and each goes out once. An answer's own later steps (completeResponse)
// run before its message, so an answer whose turn stopped after the reply is finished here too.
import { normalizeEmail } from '../../core/email';
import { completeResponse } from '../../core/services/headOfService';
import { hosDeps } from './hosHandlers';
import { delegateRequestKey, hosResponseKey, sendHosResponse, sendToDelegate } from './hosNotices';
import type { PlannedMessage, SweepContext } from './sweepPlan';

export function answerMessages(ctx: SweepContext): PlannedMessage[] {
  const out: PlannedMessage[] = [];
  const visitById = new Map(ctx.data.visits.map((v) => [v.id, v]));
  const findingsById = new Map(ctx.data.findings.map((f) => [f.id, f]));
  for (const request of ctx.data.recentAnswers) {
    const visit = visitById.get(request.visitId);
    const findings = findingsById.get(request.findingsId);
    if (!visit || !findings) {
      ctx.problems.push(
        `Request ${request.id}: its visit or findings form could not be read, so the answer was not sent to the councillor.`
      );
      continue;
    }
    const councillorEmail = normalizeEmail(findings.councillorEmail);
    out.push({
      key: hosResponseKey(request.id),
      kind: 'hos-response',
      recipientEmail: councillorEmail,
      visitId: visit.id,
      // The steps after the answer first (idempotent: sharing it with the councillor, the audit, the
      // visit's move), in case the answer's turn stopped after its reply (onRespond): then the message.
      send: async (deps) =>
        sendHosResponse(
          deps,
          await completeResponse(hosDeps(deps), { outcome: 'already', request, visit, councillorEmail })
        )
    });
  }
  for (const request of ctx.data.recentDelegations) {
    const visit = visitById.get(request.visitId);
    if (!visit) {
      ctx.problems.push(`Request ${request.id}: its visit could not be read, so the delegate was not sent it.`);
      continue;
    }
    out.push({
      key: delegateRequestKey(request.id, request.responderEmail),
      kind: 'response-requested',
      recipientEmail: normalizeEmail(request.responderEmail),
      visitId: visit.id,
      send: (deps) => sendToDelegate(deps, { request, visit })
    });
  }
  return out;
}
