// `npm test`'s pretest (and .ci/run): the system programs the tests drive, and the one rule for
// getting them. Debian's Chromium at /usr/bin/chromium (browser tests, through playwright-core),
// LibreOffice's soffice and poppler's pdftotext (the pack's PDF test). On Debian as root they are
// installed with apt-get; anywhere else the script stops at once with the command to run.
// Nothing is skipped: a test that needs a missing program would fail, so this stops first.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

/** Each program: how to tell it is there, and the Debian package that provides it. */
const TOOLS = [
  { name: 'chromium', file: '/usr/bin/chromium', pkg: 'chromium' },
  { name: 'soffice', command: 'soffice', pkg: 'libreoffice-writer-nogui' },
  { name: 'pdftotext', command: 'pdftotext', pkg: 'poppler-utils' }
];

function aptCommand(pkgs, sudo) {
  const s = sudo ? 'sudo ' : '';
  return `${s}apt-get update && ${s}apt-get install -y ${pkgs.join(' ')}`;
}

/**
 * What to do, from the facts alone.
 * @param {{ missing: string[], root: boolean, apt: boolean }} facts names of missing TOOLS
 * @returns {{ action: 'nothing' } | { action: 'install', packages: string[], command: string } | { action: 'stop', message: string }}
 */
function decide(facts) {
  const missing = TOOLS.filter((t) => facts.missing.includes(t.name));
  if (missing.length === 0) return { action: 'nothing' };
  const packages = missing.map((t) => t.pkg);
  const what = missing.map((t) => t.file || t.name).join(', ');
  if (facts.apt && facts.root) return { action: 'install', packages, command: aptCommand(packages, false) };
  const how = facts.apt
    ? `run: ${aptCommand(packages, true)}`
    : `this machine has no apt-get: install Chromium at /usr/bin/chromium, LibreOffice (soffice) and poppler (pdftotext) with its package manager (on Debian or Ubuntu: ${aptCommand(packages, true)})`;
  return { action: 'stop', message: `The tests need ${what}, which this machine lacks; ${how}, then npm test again.` };
}

/** The facts, through injected system calls (tests pass fakes). */
function gather(system) {
  return {
    missing: TOOLS.filter((t) => !(t.file ? system.isExecutable(t.file) : system.onPath(t.command))).map((t) => t.name),
    root: system.isRoot(),
    apt: system.onPath('apt-get')
  };
}

/** Decides, installs when it may, and checks again. Returns the exit code. */
function ensureSystemPackages(system, log) {
  const decision = decide(gather(system));
  if (decision.action === 'nothing') return 0;
  if (decision.action === 'stop') {
    log(decision.message);
    return 1;
  }
  log(`Installing ${decision.packages.join(', ')} for the tests: ${decision.command}`);
  try {
    system.aptInstall(decision.packages);
  } catch (e) {
    log(`${decision.command} failed: ${e.message}`);
    return 1;
  }
  const still = gather(system).missing;
  if (still.length) {
    log(`Still missing after the install: ${still.join(', ')}`);
    return 1;
  }
  return 0;
}

const realSystem = {
  isExecutable: (file) => {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  onPath: (command) =>
    (process.env.PATH || '')
      .split(path.delimiter)
      .some((dir) => dir && realSystem.isExecutable(path.join(dir, command))),
  isRoot: () => typeof process.getuid === 'function' && process.getuid() === 0,
  aptInstall: (packages) => {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env });
  }
};

module.exports = { TOOLS, decide, gather, ensureSystemPackages };

if (require.main === module) {
  process.exitCode = ensureSystemPackages(realSystem, (line) => console.error(line));
}
