import type { Quality } from '../schema/scenario.ts';

/** One scored thing the trainee met: a choice, a casualty tagged, a survivor placed, a question. */
export type ScoredItem = {
  /** Stable id: `<nodeId>` for a choice, `<nodeId>/<itemId>` for an interaction item, `ending`. */
  id: string;
  node: string;
  kind: 'choice' | 'casualty' | 'placement' | 'question' | 'coverage' | 'ending';
  /** What the trainee did (choice id, tag, hospital id, question id). */
  response: string;
  /** What the rules wanted, when it differs from the response. */
  expected?: string;
  quality: Quality;
  points: number;
  weight: number;
  critical: boolean;
  guidelines: string[];
  /** Machine-readable reason: the rule that fired (e.g. `under-triage-red`, `re-ask`). */
  reason?: string;
};

export const QUALITY_POINTS: Record<Quality, number> = {
  best: 1,
  acceptable: 0.5,
  poor: 0,
  harmful: 0,
};

const RANK: Record<Quality, number> = { best: 0, acceptable: 1, poor: 2, harmful: 3 };
/** The worse of two qualities: interaction items take the worst rule they break. */
export const worstQuality = (a: Quality, b: Quality): Quality => (RANK[a] >= RANK[b] ? a : b);
