// Shared by submissionResume.test.ts: a submitting process that dies at a chosen request (before it
// leaves, or after the list server did it), a process run to its end, and a visit to submit for.
import type { SPFI } from '@pnp/sp';
import { spawn } from 'child_process';
import * as path from 'path';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { spFindingsSharing } from '../../src/adapters/sp/findingsSharing';
import { submitFindings } from '../../src/core/services';
import type { Stored } from '../../src/core/ports/repositories';
import type { Visit } from '../../src/core/model';
import * as w from './sweepHarness';
import { OFFICER, SARAH, team } from './sweepHarness';
import { findingsDueDate } from '../../src/core/deadlines';
import { FRONTLINE_2025 } from '../../src/core/config';

export const TEAM = 'Fostering Team';
export const ANSWERS = {
  qualityStrengths: 'Supervision is regular and reflective.',
  escalationIssues: 'Is mileage to placements paid on time?'
};
export const NOW = '2025-11-21T10:00:00.000Z';

export class Killed extends Error {}

/** Runs a process to its end: how it ended, and what it wrote to stderr. */
export function run(cmd: string, args: string[]): Promise<{ signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: path.resolve(__dirname, '..', '..'), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, stderr }));
  });
}

/** The service's @pnp/sp, dying at request `at` (1-based): before it is sent, or after the server did it. */
export function dyingSp(at: number, when: 'before' | 'after', seen: string[] = []): SPFI {
  return nodeSp(w.local.server.url, { kind: 'local', user: LOCAL_ADMIN }, { retries: 1 }).using((instance) => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown) => {
      const verb = (init.headers as Record<string, string> | undefined)?.['X-HTTP-Method'];
      seen.push(`${verb ?? init.method ?? 'GET'} ${decodeURIComponent(url)}`);
      if (when === 'before' && seen.length === at) throw new Killed(`killed before request ${at}`);
      return [url, init, result];
    });
    instance.on.post(async (url: URL, result: unknown) => {
      if (when === 'after' && seen.length === at) throw new Killed(`killed after request ${at}`);
      return [url, result];
    });
    return instance;
  });
}

export const submit = (sp: SPFI, visit: Stored<Visit>) =>
  submitFindings(
    { ...spRepositories(sp), sharing: spFindingsSharing(sp), now: w.now, config: FRONTLINE_2025 },
    { visitId: visit.id, councillorEmail: SARAH.email, answers: ANSWERS, channel: 'SharePoint' }
  );

export async function aVisit(n: number): Promise<Stored<Visit>> {
  const t = team(TEAM);
  return w.repos.visits.add({
    title: `${TEAM} - resume ${n}`,
    teamId: t.id,
    area: t.area,
    visitMonth: '2025-11',
    visitStart: '2025-11-19T10:00:00.000Z',
    findingsDueDate: findingsDueDate('2025-11-19T10:00:00.000Z', FRONTLINE_2025),
    pointOfContactEmail: OFFICER.email,
    durationMinutes: 150,
    councillorEmails: [SARAH.email],
    committee: 'Children and Families Committee',
    status: 'Visited',
    formTemplate: 'frontline-2025'
  });
}
