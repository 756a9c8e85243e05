/**
 * @jest-environment node
 */
// The authorisation matrix over the Bot Framework protocol: every card verb and both typed
// commands, by every kind of person, against the seeded lists. Who may act is decided from the
// lists, never from card data: a refused cell must say so, change nothing in the lists and send
// nothing to anyone; an allowed cell must have its effect (fresh fixtures where it is one-shot).
import { allowedFailures, dataFor, freshTarget, refusalFailures } from './authorisationChecks';
import { LEGEND, ROLES, perform, snapshot, startWorld, world } from './authorisationWorld';

jest.setTimeout(300000);

// y = allowed, . = refused                 A  B  SM H  H2 D  D* O  U  F
const EXPECTED: Record<string, string> = {
  'briefing.acknowledge': /*            */ 'y  .  .  .  .  .  .  .  .  .',
  'briefing.ask': /*                    */ 'y  .  .  .  .  .  .  .  .  .',
  'findings.start': /*                  */ 'y  .  .  .  .  .  .  .  .  .',
  'findings.saveSection': /*            */ 'y  .  .  .  .  .  .  .  .  .',
  'findings.back': /*                   */ 'y  .  .  .  .  .  .  .  .  .',
  'findings.submit': /*                 */ 'y  .  .  .  .  .  .  .  .  .',
  'hos.respond': /*                     */ '.  .  .  y  .  y  .  .  .  .',
  'hos.delegate': /*                    */ '.  .  .  y  .  y  .  .  .  .',
  'hos.askCouncillor': /*               */ '.  .  .  y  .  y  .  .  .  .',
  'hos.refresh': /*                     */ '.  .  .  y  .  y  .  .  .  .',
  'request.reply': /*                   */ 'y  .  .  .  .  .  .  .  .  .',
  help: /*                              */ 'y  y  y  y  y  y  y  y  .  y',
  'text "briefing"': /*                 */ 'y  y  .  .  .  .  .  .  .  y',
  'text "findings"': /*                 */ 'y  y  .  .  .  .  .  .  .  y'
};
type Outcome = 'allowed' | 'refused';
const CELLS = Object.entries(EXPECTED).flatMap(([action, row]) =>
  row
    .split(/\s+/)
    .map((mark, i) => ({ action, role: ROLES[i], expected: (mark === 'y' ? 'allowed' : 'refused') as Outcome }))
);
const results = new Map<string, string>();

beforeAll(async () => {
  await startWorld();
});

afterAll(async () => {
  const pad = (s: string, n: number): string => s.padEnd(n);
  const lines = [pad('action \\ role', 22) + ROLES.map((r) => pad(r, 9)).join('')];
  for (const action of Object.keys(EXPECTED))
    lines.push(pad(action, 22) + ROLES.map((r) => pad(results.get(`${action}|${r}`) ?? 'not run', 9)).join(''));
  lines.push(
    '',
    ...ROLES.map((r) => `${pad(r, 4)} ${LEGEND[r]}`),
    '("!" = the cell did not behave as expected; see its test)'
  );
  console.log(`Authorisation matrix (observed over the Bot Framework protocol)\n${lines.join('\n')}`);
  await world.bot?.close();
});

describe('authorisation matrix: every action by every role', () => {
  it.each(CELLS)('$action by $role: $expected', async ({ action, role, expected }) => {
    const { F, V, R, RD } = world;
    const label = `${action} by ${role}`;
    const fresh = expected === 'allowed' ? await freshTarget(action, role) : {};
    const t = {
      visitId: F.id,
      requestId: role === 'D' ? RD.id : R.id,
      ...(action.startsWith('briefing') ? { visitId: V.id } : {}),
      ...fresh
    };
    const data = dataFor(action, role, t, label);
    const before = await snapshot();
    const o = await perform(action, role, data);
    const failures =
      expected === 'allowed'
        ? await allowedFailures(action, role, t, data, o)
        : refusalFailures(action, role, o, before, await snapshot());
    results.set(
      `${action}|${role}`,
      failures.length ? `!${expected === 'allowed' ? 'y' : 'n'}` : expected === 'allowed' ? 'allowed' : 'refused'
    );
    expect(failures).toEqual([]);
  });
});
