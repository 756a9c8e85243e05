// `npm run bench`: figures, side by side, in one run on this machine. Benchmarks print and record;
// they never fail CI. Each section is a module exporting one measure function.
'use strict';
// The TypeScript sections run through ts-node with the Node tsconfig.
process.env.TS_NODE_PROJECT = require('path').join(__dirname, '..', 'tsconfig.node.json');
require('ts-node').register({ transpileOnly: true });
const fs = require('fs');
const path = require('path');

const sections = [
  { name: 'bundles', run: () => require('./bundles').measureBundles() },
  { name: 'requests', run: () => require('./requests.ts').measureRequests() },
  { name: 'planner', run: () => require('./planner.ts').measurePlanner() },
  { name: 'botLatency', run: () => require('./botLatency.ts').measureBotLatency() },
  { name: 'sweepScale', run: () => require('./sweepScale.ts').measureSweepScale() }
];
// BENCH_ONLY=planner,sweepScale runs just those sections (results.json then holds only them).
const only = (process.env.BENCH_ONLY || '').split(',').map((s) => s.trim()).filter(Boolean);

async function main() {
  const results = { machine: { node: process.version, cpus: require('os').cpus().length }, at: new Date().toISOString() };
  for (const section of sections.filter((s) => only.length === 0 || only.includes(s.name))) {
    process.stdout.write(`\n== ${section.name}\n`);
    try {
      results[section.name] = await section.run();
      console.table(results[section.name]);
    } catch (e) {
      results[section.name] = { error: String(e && e.message ? e.message.split('\n')[0] : e) };
      console.log(`  could not measure: ${results[section.name].error}`);
    }
  }
  fs.writeFileSync(path.join(__dirname, 'results.json'), JSON.stringify(results, null, 2));
  console.log(`\nWrote ${path.join('bench', 'results.json')}`);
}

main();
