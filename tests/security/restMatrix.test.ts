/**
 * @jest-environment node
 */
// The authorisation matrix straight over SharePoint REST, as a hostile user would try it: every
// role × every list of the schema × read item / read list / create / update / delete / change
// permissions, with plain fetch against the real list server, on data the product itself wrote
// and shared. Expectations are the TARGET model (matrixTable.ts, shared/spec/permissions.md).
// Refusals are proven by the admin re-reading the item (fields, ETag, permissions): a 2xx that did
// nothing and a refusal that still wrote both fail. Then the same roles through the findings API.
import { LISTS } from '../../src/lists/schema';
import { spRepositories } from '../../src/adapters/sp/repositories';
import {
  EMAIL,
  LEGEND,
  LEVELS,
  OPS,
  ROLES,
  SITE_LEVELS,
  SITE_PATHS,
  TABLE,
  hostileFields,
  levelOf,
  type Op,
  type Outcome,
  type Role,
  type Row
} from './matrixTable';
import { FULL_CONTROL, attempt, changes, cloneItem, idsTitled, rest, snapshot } from './restOps';
import { startMatrixSite, subjectKey, type MatrixSite } from './restSite';

let site: MatrixSite;
const principal = new Map<Role, number>();
const observed: { expected: Outcome; got: Outcome | number; ok: boolean }[] = [];

beforeAll(async () => {
  site = await startMatrixSite();
  for (const role of ROLES) {
    if (role === 'anon') continue;
    const r = await rest(site.url, EMAIL.admin, 'POST', 'web/ensureuser', { body: { logonName: EMAIL[role] } });
    principal.set(role, (r.body as { Id: number }).Id);
  }
  principal.set('anon', principal.get('stranger') as number);
}, 180000);

afterAll(async () => {
  const allowed = observed.filter((c) => c.expected === 'allowed').length;
  const seen = observed.filter((c) => c.got === 'allowed').length;
  console.log(
    `REST authorisation matrix: ${observed.length} cells (${ROLES.length} roles; ${TABLE.length} list rows × ${OPS.length} operations, create once per list; ${SITE_PATHS.length} site endpoints); target ${allowed} allowed, ${observed.length - allowed} refused; observed ${seen} allowed, ${observed.length - seen} refused; ${observed.filter((c) => !c.ok).length} cells off target`
  );
  await site?.close();
});

describe('the table covers the schema', () => {
  it.each(LISTS.map((l) => l.title))('%s has an expectation row', (title) => {
    expect(TABLE.filter((r) => r.list === title).length).toBeGreaterThan(0);
  });
  it('names only lists of the schema, with a known level for every role', () => {
    for (const row of TABLE) expect([row.list, LISTS.some((l) => l.title === row.list)]).toEqual([row.list, true]);
    for (const levels of [...TABLE.map((r) => r.levels), SITE_LEVELS]) {
      expect([levels, levels.trim().split(/\s+/).length]).toEqual([levels, ROLES.length]);
      for (const role of ROLES) expect(Object.keys(LEVELS)).toContain(levelOf(levels, role));
    }
    expect(Object.keys(LEGEND)).toEqual([...ROLES]);
  });
});

interface Cell {
  row: Row;
  op: Op;
  role: Role;
  expected: Outcome;
}

// One cell per row × operation × role; creating is a list-level right, so once per list.
const CELLS: Cell[] = TABLE.flatMap((row) =>
  OPS.filter((op) => op !== 'create' || TABLE.find((r) => r.list === row.list) === row).flatMap((op) =>
    ROLES.map((role) => ({ row, op, role, expected: LEVELS[levelOf(row, role)][op] }))
  )
);
const DESTRUCTIVE: Op[] = ['update', 'delete', 'perms'];

/** Victim copies by subject, reused while refusals leave them untouched. */
const victims = new Map<string, number>();
let serial = 0;

async function victim(row: Row, subject: number): Promise<number> {
  const key = subjectKey(row);
  let id = victims.get(key);
  if (id === undefined) {
    id = await cloneItem(site.url, row.list, subject);
    victims.set(key, id);
  }
  return id;
}

async function runCell({ row, op, role, expected }: Cell): Promise<string[]> {
  const subject = site.subjects.get(subjectKey(row));
  if (subject === undefined) return [`no ${row.subject} was made in ${row.list}: add it to restSite.ts`];
  const destructive = DESTRUCTIVE.includes(op);
  const id = destructive ? await victim(row, subject) : subject;
  const before = destructive ? await snapshot(site.url, row.list, id) : undefined;
  const marker = `matrix-${++serial}-${role}-${op}`;
  const got = await attempt(site.url, {
    op,
    list: row.list,
    id,
    user: EMAIL[role],
    principalId: principal.get(role) as number,
    marker,
    fields: hostileFields(row.list, EMAIL[role])
  });
  const fail: string[] = [];
  const check = (good: boolean, what: string): void => void (good || fail.push(what));
  check(got.outcome === expected, `got ${got.outcome}, expected ${expected} (${got.detail})`);
  if (op === 'create') {
    const made = await idsTitled(site.url, row.list, marker);
    check(
      made.length === (expected === 'allowed' ? 1 : 0),
      expected === 'allowed' ? `a 2xx but ${made.length} items made` : `it created item ${made.join(', ')}`
    );
  }
  if (destructive) {
    const after = await snapshot(site.url, row.list, id);
    if (after !== before) victims.delete(subjectKey(row));
    if (expected !== 'allowed') check(after === before, `the item changed: ${changes(before, after)}`);
    else if (op === 'update') check(!!after?.includes(marker), 'a 2xx but the change was not written');
    else if (op === 'delete') check(after === undefined, 'a 2xx but the item is still there');
    else
      check(
        !!after?.includes(`"${principal.get(role)}:${FULL_CONTROL}"`),
        'a 2xx but no Full Control assignment was added'
      );
  }
  observed.push({ expected, got: got.outcome, ok: fail.length === 0 });
  return fail;
}

const label = (c: Cell): string =>
  `${c.row.list}${c.row.subject === 'item' || c.op === 'create' ? '' : ` (${c.row.subject})`}: ${c.op} by ${c.role} -> ${c.expected}`;

describe('every role × list × operation over REST', () => {
  it.each(CELLS.map((c) => [label(c), c] as const))('%s', async (_name, cell) => {
    expect(await runCell(cell)).toEqual([]);
  });
});

describe('the site, its users and groups', () => {
  const cases = SITE_PATHS.flatMap((p) =>
    ROLES.map((role) => ({ p, role, expected: LEVELS[levelOf(SITE_LEVELS, role)].read }))
  );
  it.each(cases.map((c) => [`GET ${c.p} by ${c.role} -> ${c.expected}`, c] as const))(
    '%s',
    async (_name, { p, role, expected }) => {
      const r = await rest(site.url, EMAIL[role], 'GET', p);
      const got: Outcome | number = r.status === 200 ? 'allowed' : r.status;
      observed.push({ expected, got, ok: got === expected });
      const detail = `${r.status} ${JSON.stringify(r.body).slice(0, 200)}`;
      expect([got, detail]).toEqual([expected, detail]);
    }
  );
});

// Writes through the product: the findings API decides who may write whose form; the service's own
// identity writes. Only the councillor, and an officer on a councillor's behalf, may. (The site
// admin is the service's identity, not a caller of the API, so it has no column here.)
describe('the same roles through the findings API', () => {
  const API_ROLES = ROLES.filter((r) => r !== 'admin');
  const refusedRoles = API_ROLES.filter((r) => r !== 'cllr' && r !== 'officer');
  const cases: { role: Role; call: 'draft' | 'submit'; visit: 'own' | 'onBehalf'; expected: number }[] = [
    ...refusedRoles.map((role) => ({
      role,
      call: 'draft' as const,
      visit: 'own' as const,
      expected: role === 'anon' ? 401 : 403
    })),
    { role: 'cllr', call: 'draft', visit: 'own', expected: 200 },
    { role: 'officer', call: 'draft', visit: 'onBehalf', expected: 200 },
    ...refusedRoles.map((role) => ({
      role,
      call: 'submit' as const,
      visit: 'own' as const,
      expected: role === 'anon' ? 401 : 403
    })),
    { role: 'officer', call: 'submit', visit: 'onBehalf', expected: 200 },
    { role: 'cllr', call: 'submit', visit: 'own', expected: 200 }
  ];

  const state = async (visitId: number): Promise<string> => {
    const repos = spRepositories(site.admin);
    const [forms, requests, visit] = await Promise.all([
      repos.findings.forVisit(visitId),
      repos.requests.forVisit(visitId),
      repos.visits.get(visitId)
    ]);
    return JSON.stringify([
      forms.map((f) => [f.id, f.etag, f.status]),
      requests.map((r) => [r.id, r.etag]),
      visit.etag
    ]);
  };

  it.each(
    cases.map(
      (c) =>
        [
          `${c.call} for the councillor's visit by ${c.role}${c.visit === 'onBehalf' ? ' on their behalf' : ''} -> ${c.expected}`,
          c
        ] as const
    )
  )('%s', async (_name, c) => {
    const visitId = site.apiVisits[c.visit];
    const before = await state(visitId);
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (EMAIL[c.role]) headers['X-Frontline-User'] = EMAIL[c.role];
    const answers = { qualityStrengths: `Written by ${c.role}` };
    const res = await fetch(`${site.service.url}/api/findings/${visitId}/${c.call}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ answers, councillorEmail: EMAIL.cllr })
    });
    const body = (await res.json()) as {
      error?: { message?: string };
      findings?: { councillorEmail: string; status: string; answers: Record<string, unknown> };
    };
    expect([res.status, body.error?.message]).toEqual([
      c.expected,
      c.expected === 200 ? undefined : expect.stringMatching(/\w+ \w+/)
    ]);
    if (c.expected !== 200) {
      expect(await state(visitId)).toBe(before);
      return;
    }
    expect(body.findings).toMatchObject({
      councillorEmail: EMAIL.cllr,
      status: c.call === 'draft' ? 'Draft' : 'Submitted'
    });
    const form = await spRepositories(site.admin).findings.find(visitId, EMAIL.cllr);
    expect(form?.answers.qualityStrengths).toBe(answers.qualityStrengths);
  });
});
