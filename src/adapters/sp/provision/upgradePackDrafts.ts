// Upgrade 9 (from 7 or 8): a service response saved per meeting before packs were drafts becomes
// that meeting's draft, with the site's report settings, no written bullets yet, and every form
// sent for the meeting as an appendix. Items that already hold a draft are left alone, so a rerun
// (or a site that skipped 8) changes nothing twice.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { newPackDraft } from '../../../core/pack/draft';
import { packSettingsOf } from '../../../core/pack/settings';
import { validateSettings } from '../../../core/settings';
import { londonDate } from '../../../core/time/london';
import { LIST } from '../../../lists/schema';
import { SpPackDraftStore } from '../packDrafts';
import { spRepositories } from '../repositories';
import { SpSettingsStore } from '../settingsStore';

async function siteReportSettings(sp: SPFI): Promise<ReturnType<typeof packSettingsOf>> {
  const item = await new SpSettingsStore(sp).read().catch(() => undefined);
  try {
    const result = item ? validateSettings(JSON.parse(item.settings)) : undefined;
    return packSettingsOf(result?.ok ? result.settings : {});
  } catch {
    return packSettingsOf({});
  }
}

export async function draftsFromResponses(sp: SPFI): Promise<void> {
  const items = sp.web.lists.getByTitle(LIST.packResponses).items;
  const waiting = (
    (await items.select('Id', 'PackDraft').top(5000)()) as { Id: number; PackDraft?: string | null }[]
  ).filter((i) => !i.PackDraft);
  if (!waiting.length) return;
  const store = new SpPackDraftStore(sp);
  const repos = spRepositories(sp);
  const settings = await siteReportSettings(sp);
  const visits = await repos.visits.query();
  for (const { Id } of waiting) {
    const item = await store.byId(Id);
    const ids = visits
      .filter(
        (v) => v.committee === item.committee && v.committeeDate && londonDate(v.committeeDate) === item.committeeDay
      )
      .map((v) => v.id);
    const sent = (await repos.findings.forVisits(ids)).filter((f) => f.status === 'Submitted' && f.id !== undefined);
    const meeting = {
      committee: item.committee,
      committeeDay: item.committeeDay,
      appendices: sent.map((f) => ({ findingsId: f.id }))
    };
    const draft = newPackDraft(meeting, settings, item.serviceResponse);
    await store.save(item, draft, 'upgrade 9');
  }
}
