/**
 * npm run bench — reports (does not assert) the numbers issue 3 and issue 4 set targets for:
 *   load + validate + compile all scenarios (< 200 ms), median machine transition (< 1 ms),
 *   re-scoring 100,000 recorded attempts of ~20 decisions from the stored compact form
 *   (< 500 ms, DESIGN §8.5), and the trainee's first-load
 *   JavaScript, gzipped (≤ 115 KB), read from the last production build's manifest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createActor } from 'xstate';
import { advance, initialState, type PlayState } from '../src/engine/attempt/advance';
import type { StepEntry } from '../src/engine/attempt/decision-log';
import { mulberry32 } from '../src/engine/attempt/order-choices';
import { bestResponse, randomResponse } from '../src/engine/attempt/responses';
import { eventForEntry, scenarioToMachine } from '../src/engine/compile/to-machine';
import type { Scenario } from '../src/engine/schema/scenario';
import { createBulkScorer } from '../src/engine/scoring/bulk-scorer';
import { compactScores, createCompactScorer } from '../src/engine/scoring/compact-scorer';
import { scoreAttempt } from '../src/engine/scoring/score-attempt';
import { loadAll, ROOT } from './lib/load-scenarios';
import { benchImport } from './bench/import';
import { benchCohort } from './bench/cohort';
import { benchReview } from './bench/review';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(n < 1 ? 4 : 1)} ms`;
const line = (name: string, value: string, target: string) =>
  console.log(`${name.padEnd(52)} ${value.padStart(14)}   (target ${target})`);

// 1. Load + validate + compile every scenario, from disk, as the checker does.
const loads: number[] = [];
let scenarios: Scenario[] = [];
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  const { scenarios: loaded } = loadAll();
  scenarios = loaded.map((l) => l.scenario!).filter(Boolean);
  scenarios.forEach((s) => scenarioToMachine(s));
  loads.push(performance.now() - t0);
}
line(
  `load + validate + compile ${scenarios.length} scenarios (median of 7)`,
  ms(median(loads)),
  '< 200 ms',
);

// 2. Median machine transition along every module's best path.
const bestLog = (s: Scenario): StepEntry[] => {
  const log: StepEntry[] = [];
  let st = initialState(s);
  while (!st.ended) {
    const e = bestResponse(s, st)!;
    const r = advance(s, st, e);
    if (!r.ok) throw new Error(r.error.kind);
    log.push(e);
    st = r.state;
  }
  return log;
};
const transitions: number[] = [];
for (let round = 0; round < 40; round++)
  for (const s of scenarios) {
    const actor = createActor(scenarioToMachine(s)).start();
    for (const e of bestLog(s)) {
      const t0 = performance.now();
      actor.send(eventForEntry(e));
      transitions.push(performance.now() - t0);
    }
  }
line(
  `median machine transition (${transitions.length} transitions)`,
  ms(median(transitions)),
  '< 1 ms',
);

// 3. Re-score 100,000 recorded attempts: seeded random walks, ~20 decisions each.
const rand = mulberry32(42);
function randomLog(s: Scenario): StepEntry[] {
  const log: StepEntry[] = [];
  let st: PlayState = initialState(s);
  while (!st.ended) {
    const e = randomResponse(s, st, rand)!;
    const r = advance(s, st, e);
    if (!r.ok) throw new Error(r.error.kind);
    log.push(e);
    st = r.state;
  }
  return log;
}
const ATTEMPTS = 100_000;
const attempts = Array.from({ length: ATTEMPTS }, (_, i) => {
  const s = scenarios[i % scenarios.length]!;
  return { s, log: randomLog(s) };
});
const decisions =
  attempts.reduce((a, x) => a + x.log.filter((e) => e.kind !== 'continue').length, 0) / ATTEMPTS;
const catalogue = JSON.parse(
  readFileSync(join(ROOT, 'scenarios/guidelines/guidelines.json'), 'utf8'),
) as { guidelines: { id: string; dimension: never }[] };
const dims = new Map(catalogue.guidelines.map((g) => [g.id, g.dimension]));
const dimensionOf = (id: string) => dims.get(id);
// The DESIGN §8.5 figure: re-scoring from the stored compact form (per scenario version: node,
// choice and interned board-response indices in an Int32Array; src/engine/scoring/compact-scorer.ts).
// Encoding happens when attempts are stored, so it is timed apart. One thread, no worker pool.
const byScenario = new Map<Scenario, StepEntry[][]>();
for (const a of attempts) {
  const logs = byScenario.get(a.s) ?? [];
  logs.push(a.log);
  byScenario.set(a.s, logs);
}
let t0 = performance.now();
const stored = [...byScenario].map(([s, logs]) => {
  const scorer = createCompactScorer(s, dimensionOf);
  return { scorer, logs: scorer.encodeAll(logs), out: compactScores(logs.length) };
});
const encodeMs = performance.now() - t0;
const rescoreCompact = () => {
  const t = performance.now();
  const cpu = process.cpuUsage();
  let passed = 0;
  for (const b of stored) {
    b.scorer.scoreAll(b.logs, 0.8, b.out);
    for (let i = 0; i < b.logs.count; i++) passed += b.out.passed[i]!;
  }
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - t, cpu: (used.user + used.system) / 1000, passed };
};
const cold = rescoreCompact();
const warm = median(Array.from({ length: 5 }, () => rescoreCompact().ms));
line(
  `re-score ${ATTEMPTS.toLocaleString('en')} attempts (~${decisions.toFixed(1)} decisions each)`,
  `${ms(cold.ms)} cold`,
  '< 500 ms',
);
console.log(
  `  (compact stored form, one thread; cold CPU ${ms(cold.cpu)} (all threads: JIT, GC); warm ${ms(warm)}, median of 5; ${cold.passed} passed — random play rarely does;` +
    ` encoding the logs once, at storage: ${ms(encodeMs)})`,
);
// The same attempts from JSON log objects (the import's path, before anything is stored).
const scorers = new Map(scenarios.map((s) => [s, createBulkScorer(s, dimensionOf)]));
t0 = performance.now();
let passed = 0;
for (const a of attempts) {
  const r = scorers.get(a.s)!(a.log, 0.8);
  if (r.ok && r.passed) passed += 1;
}
line(
  '  from log objects (bulk scorer, no compact form)',
  ms(performance.now() - t0),
  'report only',
);
if (passed !== cold.passed) throw new Error('the compact and the bulk scorer disagree');
// Full path (per-step records, per-guideline tallies), as the debrief uses it, on a 10,000 sample.
t0 = performance.now();
for (const a of attempts.slice(0, 10_000)) scoreAttempt(a.s, a.log, { passMark: 0.8, dimensionOf });
line(
  '  full debrief scoring, per attempt',
  `${(((performance.now() - t0) / 10_000) * 1000).toFixed(1)} µs`,
  'report only',
);

// Result-file import (scripts/bench/import.ts).
benchImport(line);

// 4. First-load JavaScript (welcome + home; the player loads on first play), gzipped, from dist/.vite/manifest.json.
const manifestPath = join(ROOT, 'dist/.vite/manifest.json');
if (!existsSync(manifestPath))
  console.log('first-load JS: no build found (run `npm run build` first)');
else {
  type Chunk = {
    file: string;
    src?: string;
    isEntry?: boolean;
    imports?: string[];
    dynamicImports?: string[];
    css?: string[];
  };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>;
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const i of manifest[key]?.imports ?? []) walk(i);
  };
  walk('index.html');
  // The entry imports the app (React, the shell, home and welcome) dynamically so that the UI
  // strings download beside it; it is still first-load code (the HTML preloads it).
  walk('src/app/boot.tsx');
  // The UI strings of the language in use load before the first render.
  for (const ns of ['common', 'play']) {
    const key = `src/i18n/locales/es/${ns}.json`;
    if (manifest[key]) walk(key);
  }
  const gz = (f: string) => gzipSync(readFileSync(join(ROOT, 'dist', f)), { level: 9 }).length;
  const js = [...seen].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
  const total = js.reduce((a, f) => a + gz(f), 0);
  const css = (manifest['index.html']?.css ?? []).reduce((a, f) => a + gz(f), 0);
  line(
    `first-load JS, gzipped (${js.length} files, Spanish UI)`,
    `${(total / 1024).toFixed(1)} KB`,
    '≤ 115 KB',
  );
  console.log(`  + ${(css / 1024).toFixed(1)} KB CSS; files: ${js.join(', ')}`);
}

await benchCohort();
benchReview();
