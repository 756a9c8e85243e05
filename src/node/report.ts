// `npm run report -- --period <YYYY-MM> --out <file.docx>`: the period report (2025: yearly; 2018:
// six-monthly, from the process settings) for the period holding that month, as .docx, built from
// the lists by the dashboard's own services (the same figures, themes and document the page's
// "Download report (.docx)" gives). Against the local list server by default, or SP_SITE_URL.
// Exit 0 with the file written; 2 on bad arguments (usage printed); 1 when the lists cannot be read.
import { SpIntegrityCheck } from '../adapters/sp/integrity';
import { spRepositories } from '../adapters/sp/repositories';
import type { IsoDateTime, YearMonth } from '../core/model';
import { composePeriodReport } from '../core/report/periodWording';
import { dashboardService } from '../webparts/dashboard/dashboardService';
import { spThemesService } from '../webparts/dashboard/themesSetup';
import { spProcessSource } from '../webparts/shared/processSetup';
import { siteProcess } from '../webparts/shared/siteProcess';
import { LOCAL_ADMIN, type Connection } from './connection';
import { cliOptions, docxOutArg, instantArg, requiredArg, runMain, UsageError, writeOutput, type Script } from './cli';

export const REPORT_USAGE =
  'Usage: npm run report -- --period <YYYY-MM> --out <file.docx> [--as-of <ISO time>]\n' +
  '  --period  a month of the period, e.g. 2025-07 (the period is the one in the process settings holding it)\n' +
  '  --out     where to write the .docx (its folder must exist)\n' +
  '  --as-of   when the figures are taken (default: now)';

export interface ReportArgs {
  period: YearMonth;
  out: string;
  asOf?: IsoDateTime;
}

/** The arguments, or a UsageError saying what is allowed. */
export function reportArgs(argv: string[]): ReportArgs {
  const values = cliOptions(argv, { '--period': 'value', '--out': 'value', '--as-of': 'value' });
  const period = requiredArg(values, '--period');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period))
    throw new UsageError(`--period must be a month such as 2025-07 (got '${period}')`);
  const out = docxOutArg(values);
  const asOf = instantArg(values, '--as-of', '2025-10-01T09:00:00Z');
  return { period, out, ...(asOf ? { asOf } : {}) };
}

/** Builds the period's report and writes it; returns the lines to print. */
export async function writePeriodReport(
  connection: Connection,
  args: ReportArgs,
  now: () => string
): Promise<string[]> {
  const { sp } = connection;
  const clock = (): string => args.asOf ?? now();
  const service = dashboardService(
    spRepositories(sp),
    siteProcess(async () => spProcessSource(sp)),
    clock,
    undefined,
    new SpIntegrityCheck(sp)
  );
  const data = await service.load();
  // The themes as the page reads them (officers' corrections included).
  const themes = await spThemesService(sp, LOCAL_ADMIN, clock).load();
  const report = await service.periodReport(data, args.period, { tagged: themes.tagged, taxonomy: themes.taxonomy });
  const file = await service.periodDocx(data, report);
  const wrote = writeOutput(args.out, file.content);
  const words = composePeriodReport(report);
  return [
    wrote,
    `${words.title}: ${words.periodLine}. ${words.asOfLine}.`,
    words.summary.visits,
    words.summary.forms,
    words.summary.responses
  ];
}

export const REPORT_SCRIPT: Script<ReportArgs> = {
  usage: REPORT_USAGE,
  failed: 'The report could not be made',
  parse: reportArgs,
  run: (args, connection) => writePeriodReport(connection, args, () => new Date().toISOString())
};

if (require.main === module) runMain(REPORT_SCRIPT);
