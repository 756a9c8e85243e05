// Schema 7: before it, the bot kept each councillor's briefing acknowledgement in the Bot Send Log
// (key `briefing-acknowledged:<visit>:<email>`). They move onto the visits' BriefingAcknowledgements,
// where core keeps them now; an acknowledgement already on the visit wins. The send log entries stay.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { LIST } from '../../../lists/schema';
import { fromAcknowledgements, fromSpDate, toAcknowledgements } from '../values';
import { normalizeEmail } from '../../../core/email';

interface LogItem {
  Kind?: string | null;
  SendState?: string | null;
  VisitId?: number | null;
  RecipientEmail?: string | null;
  SentAt?: string | null;
}

export async function moveAcknowledgements(sp: SPFI): Promise<void> {
  const byVisit = new Map<number, Record<string, string>>();
  // Kind is not indexed: page through the log (past 5,000 items a filter on it would be refused).
  const log = sp.web.lists.getByTitle(LIST.sendLog).items;
  for await (const page of log.select('Kind', 'SendState', 'VisitId', 'RecipientEmail', 'SentAt').top(5000)) {
    for (const i of page as LogItem[]) {
      const at = fromSpDate(i.SentAt);
      const email = normalizeEmail(i.RecipientEmail);
      if (i.Kind !== 'briefing-acknowledged' || i.SendState !== 'Sent' || !i.VisitId || !email || !at) continue;
      const acks = byVisit.get(i.VisitId) ?? {};
      if (!acks[email] || acks[email] > at) acks[email] = at;
      byVisit.set(i.VisitId, acks);
    }
  }
  const visits = sp.web.lists.getByTitle(LIST.visits).items;
  for (const [visitId, acks] of byVisit) {
    let item: { BriefingAcknowledgements?: string | null };
    try {
      item = (await visits.getById(visitId).select('BriefingAcknowledgements')()) as typeof item;
    } catch {
      continue; // the visit was deleted
    }
    const kept = fromAcknowledgements(item.BriefingAcknowledgements) ?? {};
    const merged = { ...acks, ...kept };
    if (Object.keys(merged).length === Object.keys(kept).length) continue;
    await visits.getById(visitId).update({ BriefingAcknowledgements: toAcknowledgements(merged) });
  }
}
