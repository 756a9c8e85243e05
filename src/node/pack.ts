// `npm run pack -- --meeting <YYYY-MM-DD> --out <file.docx> [--committee <name>]`: a meeting's SAVED
// committee pack as .docx, built from the lists by the dashboard's own services (the same pack,
// themes and report code the page downloads with). Against the local list server by default, or
// the tenant named by SP_SITE_URL (see connection.ts). Exit 0 with the file written; 2 on bad
// arguments (usage printed); 1 when the meeting has no saved pack or the lists cannot be read.
import { SpIntegrityCheck } from '../adapters/sp/integrity';
import { count } from '../core/text/plural';
import type { LocalDate } from '../core/model';
import { spProcessSource } from '../webparts/shared/processSetup';
import { siteProcess } from '../webparts/shared/siteProcess';
import { spRepositories } from '../adapters/sp/repositories';
import { dashboardService } from '../webparts/dashboard/dashboardService';
import { spThemesService } from '../webparts/dashboard/themesSetup';
import { LOCAL_ADMIN, type Connection } from './connection';
import { CliRefusal, cliOptions, docxOutArg, requiredArg, runMain, UsageError, writeOutput, type Script } from './cli';

export const PACK_USAGE =
  'Usage: npm run pack -- --meeting <YYYY-MM-DD> --out <file.docx> [--committee <name>]\n' +
  '  --meeting    the committee meeting day, e.g. 2025-09-02\n' +
  '  --out        where to write the .docx (its folder must exist)\n' +
  '  --committee  which committee, when more than one meets that day';

export interface PackArgs {
  meeting: LocalDate;
  out: string;
  committee?: string;
}

/** The arguments, or a UsageError saying what is allowed. */
export function packArgs(argv: string[]): PackArgs {
  const values = cliOptions(argv, { '--meeting': 'value', '--out': 'value', '--committee': 'value' });
  const meeting = requiredArg(values, '--meeting');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meeting) || Number.isNaN(Date.parse(`${meeting}T12:00:00Z`)))
    throw new UsageError(`--meeting must be a day such as 2025-09-02 (got '${meeting}')`);
  return { meeting, out: docxOutArg(values), committee: values.get('--committee') };
}

/** A meeting with nothing to write: said with what the officer can do instead. */
export class NoPackError extends CliRefusal {}

/** Builds the saved pack's .docx and writes it; returns the lines to print. */
export async function writeSavedPack(connection: Connection, args: PackArgs, now: () => string): Promise<string[]> {
  const { sp } = connection;
  const service = dashboardService(
    spRepositories(sp),
    siteProcess(async () => spProcessSource(sp)),
    now,
    undefined,
    new SpIntegrityCheck(sp)
  );
  const data = await service.load();
  const meetings = service.meetings(data);
  const saved = (
    await Promise.all(meetings.map(async (m) => ({ ...m, stored: await service.packDraft(m.committee, m.day) })))
  ).filter((m) => m.stored?.draft);
  const savedList = saved.length ? saved.map((m) => `${m.day} (${m.committee})`).join(', ') : 'none';
  const onDay = saved.filter((m) => m.day === args.meeting);
  const chosen = args.committee ? onDay.filter((m) => m.committee === args.committee) : onDay;
  if (chosen.length === 0) {
    const which = args.committee ? `${args.committee} on ${args.meeting}` : `the meeting on ${args.meeting}`;
    throw new NoPackError(`No saved pack for ${which}. Meetings with a saved pack: ${savedList}.`);
  }
  if (chosen.length > 1) {
    throw new UsageError(
      `more than one committee has a saved pack on ${args.meeting}: name one with --committee (${chosen.map((m) => `'${m.committee}'`).join(', ')})`
    );
  }
  const { committee, day, stored } = chosen[0];
  const draft = stored!.draft!;
  // The themes as the page reads them (history and officers' corrections included).
  const themes = await spThemesService(sp, LOCAL_ADMIN, now).load();
  const pack = await service.pack(data, committee, day, '', { tagged: themes.tagged, taxonomy: themes.taxonomy });
  const file = await service.docx(pack, draft, data.process.councilName);
  const wrote = writeOutput(args.out, file.content);
  const bullets = Object.values(draft.summary).reduce((n, part) => n + part.length, 0);
  return [
    wrote,
    `${committee}, ${day}: ${count(bullets, 'summary bullet')}, ${count(draft.appendixFindingsIds.length, 'form')} appended, ` +
      `${count(pack.hosResponses.length, 'head-of-service request')}, ${count(pack.themes?.themes.length ?? 0, 'theme')}, ` +
      `${count(pack.outstanding.length, 'form')} outstanding or late` +
      (pack.integrityWarnings.length
        ? `; ${count(pack.integrityWarnings.length, 'change')} made outside the service to check`
        : '') +
      '.'
  ];
}

export const PACK_SCRIPT: Script<PackArgs> = {
  usage: PACK_USAGE,
  failed: 'The pack could not be made',
  parse: packArgs,
  run: (args, connection) => writeSavedPack(connection, args, () => new Date().toISOString())
};

if (require.main === module) runMain(PACK_SCRIPT);
