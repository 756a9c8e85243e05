// The rota's scheduling actions, loaded on first use. The planner, the booking rules and the
// repositories are only needed once an officer plans or opens a visit, so the web part hands the
// view this stand-in and the real RotaScheduling (see schedulingSetup.ts) comes in its own chunk.
import type { RotaScheduling } from './rotaScheduling';
import { loadOnce } from '../shared/loadOnce';

export function lazyScheduling(load: () => Promise<RotaScheduling>): RotaScheduling {
  const get = loadOnce(load);
  return {
    plan: async (data) => (await get()).plan(data),
    savePlan: async (visits) => (await get()).savePlan(visits),
    load: async (id) => (await get()).load(id),
    preview: async (visit, start) => (await get()).preview(visit, start),
    book: async (visit, start) => (await get()).book(visit, start),
    previewAssign: async (visit, emails) => (await get()).previewAssign(visit, emails),
    assign: async (visit, emails) => (await get()).assign(visit, emails),
    rearrange: async (visit, reason, newStart) => (await get()).rearrange(visit, reason, newStart),
    cancel: async (visit, reason) => (await get()).cancel(visit, reason),
    invite: async (visit, data) => (await get()).invite(visit, data),
    defaultContact: async () => (await get()).defaultContact(),
    setContact: async (visit, email) => (await get()).setContact(visit, email)
  };
}
