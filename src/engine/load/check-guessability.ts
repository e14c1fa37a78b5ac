import type { Scenario } from '../schema/scenario';
import { lookupText, textKeys } from '../text/text-keys';

export type Guessability = { decisions: number; bestIsLongest: number };

/**
 * How often the best option is the longest one (issue 5: the answer must not be guessable by
 * length). With four options chance is about one in four; more than two in five is a tell.
 */
export function bestIsLongest(s: Scenario, locale: unknown): Guessability {
  let decisions = 0;
  let bestIsLongest = 0;
  for (const [nodeId, node] of Object.entries(s.nodes)) {
    if (node.kind !== 'decision') continue;
    decisions += 1;
    const len = (id: string) => lookupText(locale, textKeys.choiceText(nodeId, id))?.length ?? 0;
    const best = node.choices.find((c) => c.quality === 'best');
    if (best && node.choices.every((c) => c.id === best.id || len(c.id) < len(best.id)))
      bestIsLongest += 1;
  }
  return { decisions, bestIsLongest };
}

export const isGuessable = (g: Guessability) =>
  g.decisions >= 4 && g.bestIsLongest / g.decisions > 0.4;
