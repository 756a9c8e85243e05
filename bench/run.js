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
  { name: 'roundTrips', run: () => require('./roundTrips.ts').measureRoundTrips() },
  { name: 'botLatency', run: () => require('./botLatency.ts').measureBotLatency() },
  { name: 'botLatencyTenant', run: () => require('./botLatency.ts').measureBotLatency({ listLatencyMs: 100 }) },
  { name: 'sweepScale', run: () => require('./sweepScale.ts').measureSweepScale() },
  { name: 'serviceMemory', run: () => require('./serviceMemory.ts').measureServiceMemory() }
];
// BENCH_ONLY=planner,sweepScale runs just those sections; results.json keeps the others from the
// last run, and `measuredAt` says when each section was measured.
const only = (process.env.BENCH_ONLY || '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

async function main() {
  const file = path.join(__dirname, 'results.json');
  const previous = only.length && fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const results = {
    ...previous,
    machine: { node: process.version, cpus: require('os').cpus().length },
    at: new Date().toISOString(),
    measuredAt: { ...(previous.measuredAt || {}) }
  };
  for (const section of sections.filter((s) => only.length === 0 || only.includes(s.name))) {
    process.stdout.write(`\n== ${section.name}\n`);
    results.measuredAt[section.name] = new Date().toISOString();
    try {
      results[section.name] = await section.run();
      console.table(results[section.name]);
    } catch (e) {
      results[section.name] = { error: String(e && e.message ? e.message.split('\n')[0] : e) };
      console.log(`  could not measure: ${results[section.name].error}`);
    }
  }
  fs.writeFileSync(file, JSON.stringify(results, null, 2));
  console.log(`\nWrote ${path.join('bench', 'results.json')}`);
  summarise(results);
}

/** Every target in this run, met or missed, in one list (the README says why each miss happens). */
function summarise(results) {
  const lines = [];
  for (const section of sections.map((s) => s.name)) {
    const rows = Array.isArray(results[section]) ? results[section] : [];
    for (const row of rows) {
      const label = [
        row.bundle,
        row.view,
        row.size,
        row.measure,
        !row.bot && row.turn,
        row.bot && `${row.bot} ${row.turn} x${row.conversations}`
      ]
        .filter(Boolean)
        .join(' ');
      for (const [flag, what] of [
        ['met', 'target'],
        ['p95Met', 'p95'],
        ['tpsMet', 'throughput']
      ]) {
        if (typeof row[flag] === 'boolean')
          lines.push(`${row[flag] ? 'met   ' : 'MISSED'} ${section}: ${label} (${what})`);
      }
    }
  }
  const missed = lines.filter((l) => l.startsWith('MISSED')).length;
  console.log(`\nTargets: ${lines.length - missed} met, ${missed} missed`);
  for (const l of lines) console.log(`  ${l}`);
}

main();
