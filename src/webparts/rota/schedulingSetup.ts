// Loaded on first use (chunk 'rota-scheduling'): the scheduling actions over the page's SharePoint
// session, with the 2025 arrangements. Kept apart so the rota's first download holds none of it.
import type { SPFI } from '@pnp/sp';
import { spRepositories } from '../../adapters/sp/repositories';
import { FRONTLINE_2025 } from '../../core/config';
import { rotaScheduling, type RotaScheduling } from './rotaScheduling';

export function spRotaScheduling(sp: SPFI, rotaYearStartMonth: number): RotaScheduling {
  return rotaScheduling(spRepositories(sp), FRONTLINE_2025, () => new Date().toISOString(), rotaYearStartMonth);
}
