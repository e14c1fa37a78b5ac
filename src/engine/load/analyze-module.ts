/**
 * The checks that play a module rather than read it (DESIGN §3): path bounds per ending, states
 * that trap a trainee, seeded random walks, and the answer-tell rule. Runs only on a scenario
 * that passed the schema and cross-reference checks.
 */
import { advance, initialState } from '../attempt/advance.ts';
import type { StepEntry } from '../attempt/decision-log.ts';
import { mulberry32 } from '../attempt/order-choices.ts';
import { randomResponse } from '../attempt/responses.ts';
import type { Dimension } from '../schema/dimensions.ts';
import type { Scenario } from '../schema/scenario.ts';
import { createBulkScorer } from '../scoring/bulk-scorer.ts';
import { DEFAULT_PASS_MARK } from '../scoring/score-attempt.ts';
import { analyzePaths, MAX_ROUNDS, type PathAnalysis } from './analyze-paths.ts';
import { answerTells, guessability, type TellFinding } from './check-guessability.ts';
import type { ScenarioIssue } from './scenario-issue.ts';

export type AnalyzeOptions = {
  /** Dimension of each guideline id, for the bulk scorer of the random walks. */
  dimensionOf: (guidelineId: string) => Dimension | undefined;
  /** Severity of the two length rules (the clause rule always warns). */
  lengthRule: ScenarioIssue['severity'];
  walks?: number;
  maxStates?: number;
};

export function analyzeModule(
  s: Scenario,
  file: string,
  locales: Record<'es' | 'en', unknown>,
  opts: AnalyzeOptions,
): { analysis: PathAnalysis; issues: ScenarioIssue[] } {
  const issues: ScenarioIssue[] = [];
  const err = (path: string, message: string) =>
    issues.push({ severity: 'error', file, path, message });
  const analysis = analyzePaths(s, opts.maxStates);
  const passMark = s.passMark ?? DEFAULT_PASS_MARK;
  if (analysis.unboundedAt)
    err(
      `nodes.${analysis.unboundedAt}`,
      `is on a loop that path analysis cannot bound: a path comes back here more than ${MAX_ROUNDS} times with different variables each time (loops through ${analysis.loops.join(', ')}). Give each variable that changes on the loop a "min" and "max", or let a "when" close the loop after a number of rounds`,
    );
  else if (!analysis.complete)
    issues.push({
      severity: 'warning',
      file,
      path: 'nodes',
      message: `path analysis stopped after ${analysis.states} states; bounds are partial`,
    });
  // Path bounds cover one mistake per board; random walks (any number of mistakes) back them up.
  const sampled = sampleWalks(s, passMark, opts);
  if (sampled.poorPass)
    err(
      'nodes',
      `a sampled path reaches a poor ending with a pass (${(sampled.poorPass * 100).toFixed(1)}% and no critical error)`,
    );
  for (const st of analysis.stuck.slice(0, 5))
    err(
      `nodes.${st.node}`,
      `can trap a trainee: with ${JSON.stringify(st.vars)} no ending can be reached from here`,
    );
  // An incomplete analysis has not seen every ending; saying one is unreachable would be a guess.
  if (analysis.complete) {
    for (const e of analysis.endings) {
      const path = `nodes.${e.node}`;
      if (!e.reachable) err(path, 'is an ending no path reaches');
      else if (
        e.rating === 'poor' &&
        e.highestClean !== undefined &&
        e.highestClean >= passMark - 1e-9
      )
        err(
          path,
          `is rated poor but can be reached with a pass: ${(e.highestClean * 100).toFixed(1)}% and no critical error (pass mark ${passMark * 100}%)`,
        );
    }
    if (
      !analysis.endings.some(
        (e) => e.rating === 'good' && e.highest !== undefined && e.highest > 1 - 1e-9,
      )
    )
      err('nodes', 'no path reaches a good ending with a full score');
  }
  for (const lang of ['es', 'en'] as const)
    for (const f of answerTells(guessability(s, locales[lang])))
      issues.push({
        severity: f.rule === 'mostClauses' ? 'warning' : opts.lengthRule,
        file: `scenarios/${s.id}/locales/${lang}.json`,
        path: 'nodes',
        message: describeTell(f),
      });
  return { analysis, issues };
}

/** Seeded random walks (random tags, placements and question sets too), scored in bulk. */
function sampleWalks(s: Scenario, passMark: number, opts: AnalyzeOptions): { poorPass?: number } {
  const rand = mulberry32(2026);
  const score = createBulkScorer(s, opts.dimensionOf);
  const walks = opts.walks ?? 2000;
  for (let w = 0; w < walks; w++) {
    const log: StepEntry[] = [];
    let st = initialState(s);
    while (!st.ended && log.length < 400) {
      const e = randomResponse(s, st, rand);
      const r = e && advance(s, st, e);
      if (!r || !r.ok) break;
      log.push(e);
      st = r.state;
    }
    const r = score(log, passMark);
    if (r.ok && r.ending === 'poor' && r.passed) return { poorPass: r.score };
  }
  return {};
}

export function describeTell(f: TellFinding): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const what = {
    longest: 'is the longest option',
    topTwo: 'is among the two longest options',
    mostClauses: 'has the most clauses (commas, "and", "then")',
  }[f.rule];
  const at = f.nodes.length ? `: at ${f.nodes.join(', ')}` : '';
  return `the best option ${what} in ${+f.count.toFixed(1)} of ${f.decisions} decisions (${pct(f.share)}, limit ${pct(f.limit)}), so the answer can be guessed by its form${at}. Make the other options as complete and reasonable-sounding, or give the best one a single precise action`;
}
