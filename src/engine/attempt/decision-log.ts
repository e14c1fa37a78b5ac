import type { TriageTag } from '../schema/scenario.ts';

/**
 * The decision log is the source of truth for an attempt (DESIGN §5): resume, review and
 * re-scoring all replay it. `at` is milliseconds since the epoch, supplied by the caller's clock.
 */
export type LogEntry =
  | { kind: 'choose'; node: string; choice: string; at: number }
  | { kind: 'continue'; node: string; at: number }
  | { kind: 'triage'; node: string; tags: Record<string, TriageTag>; at: number }
  | { kind: 'dispersion'; node: string; placements: Record<string, string>; at: number }
  | { kind: 'interview'; node: string; questions: string[]; at: number }
  /** Practice mode only: undo the step before it. */
  | { kind: 'back'; at: number };

export type StepEntry = Exclude<LogEntry, { kind: 'back' }>;

/** The path that counts: each `back` removes the step before it. */
export function effectiveLog(log: readonly LogEntry[]): StepEntry[] {
  const steps: StepEntry[] = [];
  for (const entry of log) {
    if (entry.kind === 'back') steps.pop();
    else steps.push(entry);
  }
  return steps;
}
