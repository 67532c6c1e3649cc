/**
 * npx tsx scripts/bench-import.ts [rows=10000]: times CSV parse + validation + nearby sites on a
 * seeded in-memory registry (median of 5 runs). Timings live here, never in tests.
 */
import { performance } from 'node:perf_hooks';
import { importRegistryRows } from '../src/businesses/importRegistryRows';
import { nearestBusinesses } from '../src/businesses/nearest';
import { generateDemoCsv, loadDemoInputs, mulberry32 } from './businesses-demo';
import { parseRegistryCsv } from './businesses-import';

const ROWS = Number(process.argv[2] ?? 10_000);
const RUNS = 5;

const inputs = loadDemoInputs();
const rng = mulberry32(42);
// The demo never invents phone numbers; the benchmark needs some so phone normalisation is timed too.
const csv = generateDemoCsv(inputs, { count: ROWS, seed: 42 }).replace(
  /,(\d+\.\d{5}),(\d+\.\d{5}),,/g,
  (_, lat: string, lng: string) =>
    `,${lat},${lng},09${Math.floor(rng() * 10)} ${String(Math.floor(rng() * 1e6)).padStart(6, '0')}${Math.floor(rng() * 10)},`,
);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const parseMs: number[] = [];
const validateMs: number[] = [];
const queryMs: number[] = [];
let imported = 0;

for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  const table = parseRegistryCsv(csv);
  const t1 = performance.now();
  if (!table.ok) throw new Error(table.reason);
  // Validation, normalisation and nearSiteIds (15 km, 5 nearest) for every row.
  const result = importRegistryRows(table.rows, inputs.sites);
  const t2 = performance.now();
  // What a site page does: the 10 nearest businesses within 15 km, for every site.
  for (const site of inputs.sites)
    nearestBusinesses(site.location, result.businesses, { limit: 10, maxKm: 15 });
  const t3 = performance.now();
  parseMs.push(t1 - t0);
  validateMs.push(t2 - t1);
  queryMs.push(t3 - t2);
  imported = result.businesses.length;
}

const p = median(parseMs);
const v = median(validateMs);
const q = median(queryMs);
const rate = (ms: number) => Math.round((ROWS / ms) * 1000).toLocaleString('en');
console.log(
  `bench-import: ${ROWS} rows (${(csv.length / 1e6).toFixed(1)} MB CSV), ${imported} imported, median of ${RUNS} runs`,
);
console.log(`  parse CSV           ${p.toFixed(1)} ms  (${rate(p)} rows/s)`);
console.log(`  validate + nearby   ${v.toFixed(1)} ms  (${rate(v)} rows/s)`);
console.log(`  parse+validate+nearby ${(p + v).toFixed(1)} ms  → ${rate(p + v)} rows/s`);
console.log(
  `  nearestBusinesses for ${inputs.sites.length} sites over ${imported} businesses: ${q.toFixed(1)} ms`,
);
