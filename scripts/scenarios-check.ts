/**
 * npm run scenarios:check [-- <id>…] [--watch] [--json] [--update-lock] [--help]
 * Loads scenarios, reports every problem (file, JSON path, what is wrong) and exits non-zero on
 * any error. One bad module never stops the others: each is checked on its own, and a checker
 * failure on one is reported as an error of that module.
 */
import { watch } from 'node:fs';
import { sep } from 'node:path';
import { analyzeModule } from '../src/engine/load/analyze-module';
import { formatIssue, type ScenarioIssue } from '../src/engine/load/scenario-issue';
import { loadCatalogue, loadScenario, scenarioFolders, SCENARIOS_DIR } from './lib/load-scenarios';
import { statistics, summary } from './lib/module-stats';
import { checkVersions, readLock, releasedLock, writeLock } from './lib/version-lock';
import type { Scenario } from '../src/engine/schema/scenario';

const HELP = `Checks scenario modules: schema, references, reachability, score bounds per ending,
citations, text in both languages, the answer-tell rule and the version lock.

Usage: npm run scenarios:check -- [<id>…] [options]

  <id>…          check only these modules (folder names under scenarios/); default: all
  --watch        check again whenever a file of a checked module changes (Ctrl+C to stop)
  --json         print statistics and issues per module as JSON instead of the summary
  --update-lock  record the current version and structure hash of the checked modules in
                 scenarios/versions.lock.json (see "Versions" in scenarios/README.md)
  --help         print this help

Exit code: 0 when there are no errors (warnings allowed), 1 otherwise.`;

/**
 * The answer-tell length rules (issue 13): a module whose best option is the longest in more than
 * 30% of decisions, or among the two longest in more than 60%, in either language, fails the check.
 * The clause-count tell stays a warning (analyze-module.ts): it is a heuristic, not a measure.
 */
const LENGTH_RULE: ScenarioIssue['severity'] = 'error';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const ids = args.filter((a) => !a.startsWith('--'));
const KNOWN = ['--watch', '--json', '--update-lock', '--help'];
const unknownFlags = [...flags].filter((f) => !KNOWN.includes(f));
if (flags.has('--help') || unknownFlags.length) {
  if (unknownFlags.length) console.error(`Unknown option ${unknownFlags.join(', ')}.\n`);
  console.log(HELP);
  process.exit(unknownFlags.length ? 2 : 0);
}

type ModuleReport = {
  id: string;
  file: string;
  errors: number;
  issues: ScenarioIssue[];
  /** Lock issues are kept apart: `--update-lock` may resolve them, nothing else may be pending. */
  lockIssues: ScenarioIssue[];
  scenario?: Scenario;
  stats?: ReturnType<typeof statistics>;
};

const released = releasedLock();

function checkOne(id: string): ModuleReport {
  const file = `scenarios/${id}/scenario.json`;
  try {
    const { catalogue, index } = loadCatalogue();
    const dimensionOf = new Map(catalogue.guidelines.map((g) => [g.id, g.dimension]));
    const status = new Map(catalogue.guidelines.map((g) => [g.id, g.status]));
    const loaded = loadScenario(id, index);
    const s = loaded.scenario;
    const lockIssues = s ? checkVersions(s, readLock(), loaded.locales, released) : [];
    const issues = [...loaded.issues];
    let stats: ModuleReport['stats'];
    if (s && !issues.some((i) => i.severity === 'error')) {
      const { analysis, issues: found } = analyzeModule(s, loaded.file, loaded.locales, {
        dimensionOf: (g) => dimensionOf.get(g),
        lengthRule: LENGTH_RULE,
      });
      issues.push(...found);
      stats = statistics(s, catalogue, status, analysis, loaded.locales);
    }
    const all = [...issues, ...lockIssues];
    return {
      id,
      file: loaded.file,
      errors: all.filter((i) => i.severity === 'error').length,
      issues: all,
      lockIssues,
      ...(s ? { scenario: s } : {}),
      ...(stats ? { stats } : {}),
    };
  } catch (e) {
    // A checker bug must not hide the other modules' results: report it as this module's error.
    const issue: ScenarioIssue = {
      severity: 'error',
      file,
      path: '(root)',
      message: `could not be checked: the checker failed with "${(e as Error).message}". Please report this with the file`,
    };
    return { id, file, errors: 1, issues: [issue], lockIssues: [] };
  }
}

function run(only: readonly string[]): number {
  const all = scenarioFolders();
  const missing = only.filter((id) => !all.includes(id));
  for (const id of missing)
    console.log(
      `error: there is no module "${id}" in scenarios/ (modules: ${all.join(', ') || 'none'})`,
    );
  const chosen = only.length ? only.filter((id) => all.includes(id)) : all;
  const started = performance.now();
  const reports = chosen.map((id) => {
    const r = checkOne(id);
    if (!flags.has('--json')) {
      for (const i of r.issues) console.log(formatIssue(i));
      console.log(`${r.errors ? '✗' : '✓'} ${id}${r.stats ? `: ${summary(r.stats)}` : ''}`);
    }
    return r;
  });
  let errors = missing.length + reports.reduce((a, r) => a + r.errors, 0);
  const warnings = reports.reduce((a, r) => a + r.issues.length - r.errors, 0);

  if (flags.has('--update-lock')) {
    // A draft's lock issue is a warning, not an error: count only the errors the lock clears.
    const lockErrors = (r: ModuleReport) =>
      r.lockIssues.filter((i) => i.severity === 'error').length;
    const blocking = reports.filter((r) => r.errors > lockErrors(r));
    if (blocking.length)
      console.log(
        `versions.lock.json not updated: fix the errors in ${blocking.map((r) => r.id).join(', ')} first`,
      );
    else {
      writeLock(reports.flatMap((r) => (r.scenario ? [r.scenario] : [])));
      console.log('scenarios/versions.lock.json updated');
      errors -= reports.reduce((a, r) => a + lockErrors(r), 0);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (flags.has('--json'))
    console.log(
      JSON.stringify(
        {
          scenarios: reports.map(({ id, file, errors: e, issues, stats }) => ({
            id,
            file,
            errors: e,
            issues,
            ...(stats ? { stats } : {}),
          })),
          errors,
          warnings,
        },
        null,
        2,
      ),
    );
  else
    console.log(
      `\n${chosen.length} scenario${chosen.length === 1 ? '' : 's'} checked in ${seconds} s: ${errors} errors, ${warnings} warnings`,
    );
  return errors;
}

const errors = run(ids);
if (!flags.has('--watch')) process.exit(errors ? 1 : 0);

// Watch: re-check the module whose file changed (all checked modules when the catalogue changes).
let timer: ReturnType<typeof setTimeout> | undefined;
const pending = new Set<string>();
let everything = false;
console.log('\nWatching scenarios/ for changes (Ctrl+C to stop)…');
watch(SCENARIOS_DIR, { recursive: true }, (_event, name) => {
  if (!name) return;
  const first = String(name).split(sep)[0]!;
  if (first === 'guidelines' || first === 'versions.lock.json') everything = true;
  else if (!ids.length || ids.includes(first)) pending.add(first);
  else return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    const modules = scenarioFolders();
    const batch = everything ? ids : [...pending].filter((id) => modules.includes(id));
    pending.clear();
    everything = false;
    console.log(`\n— ${new Date().toLocaleTimeString()}: ${batch.join(', ') || 'all modules'} —`);
    run(batch);
    console.log('\nWatching…');
  }, 150);
});
