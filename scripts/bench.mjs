#!/usr/bin/env node
// `npm run bench`: runs every benchmark in scripts/bench/ (or those named: npm run bench -- core).
// Benchmarks are scripts, not tests: they print figures as ratios against a baseline measured
// in the same run, because these machines are shared and noisy. Results also go to bench-results/.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const names = process.argv.slice(2);
const files = readdirSync('scripts/bench')
  .filter((f) => /\.(mjs|ts)$/.test(f))
  .filter((f) => !names.length || names.some((n) => f.startsWith(n)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const result = spawnSync(
    'node',
    ['--conditions=@bichig/source', '--import', 'tsx', '--expose-gc', `scripts/bench/${file}`],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
