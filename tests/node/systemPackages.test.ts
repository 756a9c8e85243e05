// `npm test`'s pretest: which programs are missing, whether root, whether apt-get exists →
// install, stop with the command to run, or nothing. System calls are fakes.
import * as fs from 'fs';
import * as path from 'path';
import { decide, ensureSystemPackages } from '../../scripts/systemPackages';

const ALL = ['chromium', 'soffice', 'pdftotext'];

test('everything there: nothing to do, whoever runs it', () => {
  for (const root of [true, false])
    for (const apt of [true, false]) expect(decide({ missing: [], root, apt })).toEqual({ action: 'nothing' });
});

test('Debian as root: installs exactly the missing packages, as .ci/run did', () => {
  expect(decide({ missing: ALL, root: true, apt: true })).toEqual({
    action: 'install',
    packages: ['chromium', 'libreoffice-writer-nogui', 'poppler-utils'],
    command: 'apt-get update && apt-get install -y chromium libreoffice-writer-nogui poppler-utils'
  });
  expect(decide({ missing: ['pdftotext'], root: true, apt: true })).toMatchObject({ packages: ['poppler-utils'] });
});

test('not root, or no apt-get: stops with the exact command', () => {
  expect(decide({ missing: ['chromium'], root: false, apt: true })).toEqual({
    action: 'stop',
    message:
      'The tests need /usr/bin/chromium, which this machine lacks; run: sudo apt-get update && sudo apt-get install -y chromium, then npm test again.'
  });
  const other = decide({ missing: ['soffice', 'pdftotext'], root: true, apt: false });
  expect(other).toMatchObject({ action: 'stop' });
  expect(other.action === 'stop' && other.message).toContain('this machine has no apt-get');
  expect(other.action === 'stop' && other.message).toContain(
    'sudo apt-get install -y libreoffice-writer-nogui poppler-utils'
  );
});

function fakeSystem(present: string[], opts: { root: boolean; apt: boolean; installs?: string[] }) {
  const installed: string[][] = [];
  const have = new Set(present);
  return {
    installed,
    system: {
      isExecutable: (file: string) => have.has(path.basename(file)),
      onPath: (command: string) => (command === 'apt-get' ? opts.apt : have.has(command)),
      isRoot: () => opts.root,
      aptInstall: (packages: string[]) => {
        installed.push(packages);
        for (const p of opts.installs ?? []) have.add(p);
      }
    }
  };
}

test('the runner installs, checks again, and exits 1 when anything is still missing', () => {
  const log: string[] = [];
  const ok = fakeSystem(['soffice'], { root: true, apt: true, installs: ['chromium', 'pdftotext'] });
  expect(ensureSystemPackages(ok.system, (l: string) => log.push(l))).toBe(0);
  expect(ok.installed).toEqual([['chromium', 'poppler-utils']]);
  const broken = fakeSystem([], { root: true, apt: true, installs: ['chromium'] });
  expect(ensureSystemPackages(broken.system, (l: string) => log.push(l))).toBe(1);
  expect(log.at(-1)).toBe('Still missing after the install: soffice, pdftotext');
  const user = fakeSystem([], { root: false, apt: true });
  expect(ensureSystemPackages(user.system, () => undefined)).toBe(1);
  expect(user.installed).toEqual([]);
  const none = fakeSystem(ALL, { root: false, apt: false });
  expect(ensureSystemPackages(none.system, (l: string) => log.push(l))).toBe(0);
});

test('npm test runs it first, and .ci/run keeps no second copy of the rule', () => {
  const root = path.join(__dirname, '../..');
  const scripts = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts;
  expect(scripts.pretest).toBe('node scripts/systemPackages.js');
  const ci = fs.readFileSync(path.join(root, '.ci/run'), 'utf8');
  expect(ci).toContain('node scripts/systemPackages.js');
  expect(ci).not.toMatch(/apt-get/);
});
