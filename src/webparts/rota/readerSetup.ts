// Loaded as the web part starts (chunk 'rota-reader'): the rota's reads with the list definitions,
// mappers and paging they need, kept out of the first download (see composeRota.ts).
import type { SPFI } from '@pnp/sp';
import { SpRotaReader } from '../../adapters/sp/rotaReader';
import type { RotaReader } from '../../core/ports/rotaReader';

export function spRotaReader(sp: SPFI): RotaReader {
  return new SpRotaReader(sp);
}
