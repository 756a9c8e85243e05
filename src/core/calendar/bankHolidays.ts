// Bank holidays in England and Wales (as published on GOV.UK), which visits avoid. Data, not a rule:
// councils in Scotland or Northern Ireland, or a later year, pass their own list to the planner.
import type { LocalDate } from '../model';

export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly LocalDate[] = [
  // 2025
  '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
  // 2026
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
  // 2027
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'
];
