import type { Scenario } from '../schema/scenario';
import { advance, initialState, type PlayState, type StepError } from './advance';
import { effectiveLog, type LogEntry } from './decision-log';

export type ReplayResult =
  | { ok: true; state: PlayState }
  | { ok: false; error: StepError; atEntry: number; state: PlayState };

/**
 * Log + scenario → the same state, every time: resume, review and re-scoring use this.
 * On a log that does not fit the scenario it stops at the first bad entry and says which.
 */
export function replay(s: Scenario, log: readonly LogEntry[]): ReplayResult {
  let state = initialState(s);
  const steps = effectiveLog(log);
  for (let i = 0; i < steps.length; i++) {
    const r = advance(s, state, steps[i]!);
    if (!r.ok) return { ok: false, error: r.error, atEntry: i, state };
    state = r.state;
  }
  return { ok: true, state };
}
