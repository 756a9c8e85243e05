// `npm run setup:tenant`: every command and option the install and removal plans use, checked
// against the installed CLI for Microsoft 365's own help.
import { execFile } from 'child_process';
import { promisify } from 'util';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLI_ENV, m365Bin } from '../../src/node/setup/main';
import { parseSetupArgs } from '../../src/node/setup/options';
import { installPlan } from '../../src/node/setup/plan';
import { removePlan } from '../../src/node/setup/removePlan';
import { ARGS, SOLUTION, all } from './setupTenantHarness';

test('every command and option in the plans exists in the installed CLI for Microsoft 365', async () => {
  const config = fs.mkdtempSync(path.join(os.tmpdir(), 'm365-config-'));
  fs.mkdirSync(path.join(config, 'configstore'));
  fs.writeFileSync(
    path.join(config, 'configstore', 'cli-m365-config.json'),
    JSON.stringify({ disableTelemetry: true })
  );
  const o = parseSetupArgs(ARGS).options;
  const commands = new Map<string, Set<string>>();
  for (const c of all([...installPlan(o, SOLUTION), ...removePlan(o, SOLUTION)]).filter((c) => c.tool === 'm365')) {
    const words = c.args.slice(
      0,
      c.args.findIndex((a) => a.startsWith('--'))
    );
    const options = commands.get(words.join(' ')) ?? new Set<string>();
    c.args.filter((a) => a.startsWith('--')).forEach((a) => options.add(a));
    commands.set(words.join(' '), options);
  }
  expect(commands.size).toBeGreaterThanOrEqual(20);
  const missing: string[] = [];
  const queue = [...commands];
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [command, options] = next;
      const { stdout: help } = await promisify(execFile)(
        process.execPath,
        [m365Bin(), ...command.split(' '), '--help'],
        {
          encoding: 'utf8',
          env: { ...process.env, ...CLI_ENV, XDG_CONFIG_HOME: config }
        }
      );
      if (!help.includes(`m365 ${command} [options]`)) missing.push(`${command}: no such command`);
      for (const option of options)
        if (!new RegExp(`(^|\\s)${option}(\\s|$)`, 'm').test(help)) missing.push(`${command} ${option}`);
    }
  };
  await Promise.all([1, 2, 3, 4].map(worker));
  expect(missing).toEqual([]);
}, 120000);
