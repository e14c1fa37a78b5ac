/**
 * The debrief's step model (issue 14): the scored items grouped by the step they were met in, so
 * the details are one disclosure per decision or board, and a ranking of what to fix first.
 */
import type { StepRecord } from '../../engine/attempt/advance';
import type { Quality } from '../../engine/schema/scenario';
import { worstQuality, type ScoredItem } from '../../engine/scoring/scored-item';

export type DebriefStep = {
  /** Index in the attempt's steps (the effective log): replay starts a new attempt here. */
  index: number;
  step: StepRecord;
  /** The nodes entered before this step was taken (conditions on visited nodes read them). */
  pathBefore: readonly string[];
  items: ScoredItem[];
  worst: Quality;
  notBest: number;
  critical: number;
  /** Points missed on this step (weights applied). */
  lost: number;
};

export function debriefSteps(
  steps: readonly StepRecord[],
  path: readonly string[] = [],
): DebriefStep[] {
  return steps.flatMap((step, index) => {
    if (!step.items.length) return [];
    const items = step.items;
    return [
      {
        index,
        step,
        pathBefore: path.slice(0, index + 1),
        items,
        worst: items.reduce<Quality>((q, i) => worstQuality(q, i.quality), 'best'),
        notBest: items.filter((i) => i.quality !== 'best').length,
        critical: items.filter((i) => i.critical).length,
        lost: items.reduce((a, i) => a + (1 - i.points) * i.weight, 0),
      },
    ];
  });
}

const SEVERITY: Record<Quality, number> = { best: 0, acceptable: 1, poor: 2, harmful: 3 };

/**
 * What to fix first: steps with a critical error, then the worst quality, then the most points
 * missed; ties keep the order they were met in.
 */
export function fixFirst(steps: readonly DebriefStep[], count = 3): DebriefStep[] {
  return steps
    .filter((s) => s.notBest > 0)
    .sort(
      (a, b) =>
        Number(b.critical > 0) - Number(a.critical > 0) ||
        SEVERITY[b.worst] - SEVERITY[a.worst] ||
        b.lost - a.lost ||
        a.index - b.index,
    )
    .slice(0, count);
}

/** Every guideline cited by the items, once, in the order first met. */
export const citedGuidelines = (items: readonly ScoredItem[]): string[] => [
  ...new Set(items.flatMap((i) => i.guidelines)),
];
