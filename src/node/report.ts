// `npm run report -- --period <YYYY-MM> --out <file.docx>`: the period report (2025: yearly; 2018:
// six-monthly, from the process settings) for the period holding that month, as .docx, built from
// the lists by the dashboard's own services (the same figures, themes and document the page's
// "Download report (.docx)" gives). Against the local list server by default, or SP_SITE_URL.
// Exit 0 with the file written; 2 on bad arguments (usage printed); 1 when the lists cannot be read.
import * as fs from 'fs';
import * as path from 'path';
import { SpIntegrityCheck } from '../adapters/sp/integrity';
import { spRepositories } from '../adapters/sp/repositories';
import type { IsoDateTime, YearMonth } from '../core/model';
import { composePeriodReport } from '../core/report/periodWording';
import { dashboardService } from '../webparts/dashboard/dashboardService';
import { spThemesService } from '../webparts/dashboard/themesSetup';
import { spProcessSource } from '../webparts/shared/processSetup';
import { siteProcess } from '../webparts/shared/siteProcess';
import { connect, LOCAL_ADMIN, type Connection } from './connection';
import { UsageError } from './demoProcess';

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

const ALLOWED = ['--period', '--out', '--as-of'];

/** The arguments, or a UsageError saying what is allowed. */
export function reportArgs(argv: string[]): ReportArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const [name, value] = [argv[i], argv[i + 1]];
    if (!ALLOWED.includes(name)) throw new UsageError(`unknown argument '${name}' (allowed: ${ALLOWED.join(', ')})`);
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
    values.set(name, value);
  }
  const period = values.get('--period');
  const out = values.get('--out');
  const asOf = values.get('--as-of');
  if (!period) throw new UsageError('--period is required');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period))
    throw new UsageError(`--period must be a month such as 2025-07 (got '${period}')`);
  if (!out) throw new UsageError('--out is required');
  if (!out.toLowerCase().endsWith('.docx')) throw new UsageError(`--out must name a .docx file (got '${out}')`);
  if (asOf !== undefined && Number.isNaN(Date.parse(asOf)))
    throw new UsageError(`--as-of must be a date and time such as 2025-10-01T09:00:00Z (got '${asOf}')`);
  return { period, out: path.resolve(out), ...(asOf ? { asOf: new Date(asOf).toISOString() } : {}) };
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
  fs.writeFileSync(args.out, file.content);
  const words = composePeriodReport(report);
  return [
    `Wrote ${args.out}`,
    `${words.title}: ${words.periodLine}. ${words.asOfLine}.`,
    words.summary.visits,
    words.summary.forms,
    words.summary.responses
  ];
}

function reason(e: unknown, connection: Connection | undefined): string {
  const err = e as Error & { cause?: { code?: string } };
  const network = err?.cause?.code === 'ECONNREFUSED' || /fetch failed|ECONNREFUSED/.test(err?.message ?? '');
  if (network && connection?.local)
    return `the local list server at ${connection.siteUrl} is not reachable. Start it (npm start, or npm run sp:local) or set SP_SITE_URL.`;
  return err instanceof Error ? err.message : String(e);
}

async function main(): Promise<number> {
  let connection: Connection | undefined;
  try {
    const args = reportArgs(process.argv.slice(2));
    connection = connect();
    const lines = await writePeriodReport(connection, args, () => new Date().toISOString());
    console.log(lines.join('\n'));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n${REPORT_USAGE}`);
      return 2;
    }
    console.error(`The report could not be made: ${reason(e, connection)}`);
    return 1;
  }
}

if (require.main === module) {
  main().then((code) => process.stdout.write('', () => process.exit(code)));
}
