import type { Scenario } from '../schema/scenario';
import { lookupText, textKeys } from '../text/text-keys';

/**
 * How often the best option stands out by its form rather than its content (issue 13: "the
 * answer tell"). Each decision with two or more options gives the best option a credit between 0
 * and 1 for being the longest, among the two longest, and the one with the most clauses; a tie
 * shares the credit (best tied with one other for longest scores 0.5), so ties cannot game it.
 */
export type Guessability = {
  decisions: number;
  /** Sum of credits: the best option is the longest (chance with four options: 1 in 4). */
  bestIsLongest: number;
  /** The best option is among the two longest (chance with four options: 1 in 2). */
  bestInTopTwo: number;
  /** The best option has the most clauses (chance with four options: 1 in 4). */
  bestHasMostClauses: number;
  /** Decisions where the best option is outright the longest / among the two longest. */
  longestAt: string[];
  topTwoAt: string[];
  mostClausesAt: string[];
};

/** Limits of the answer-tell rule (issue 13), as fractions of a module's decisions. */
export const TELL_LIMITS = { longest: 0.3, topTwo: 0.6, mostClauses: 0.4 } as const;

// A clause boundary: punctuation that joins actions, or a coordinating word between them.
const CLAUSE_MARKS = /[,;:]|\b(?:y|e|u|o|pero|luego|después|and|or|but|then)\b/giu;

/** Clauses in an option: one, plus each boundary between actions. */
export const clauseCount = (text: string): number => 1 + (text.match(CLAUSE_MARKS)?.length ?? 0);

/** Credit for holding one of the first `slots` places when `above` options beat it and `tied` equal it. */
const placeCredit = (slots: number, above: number, tied: number) =>
  Math.max(0, Math.min(1, (slots - above) / (1 + tied)));

export function guessability(s: Scenario, locale: unknown): Guessability {
  const g: Guessability = {
    decisions: 0,
    bestIsLongest: 0,
    bestInTopTwo: 0,
    bestHasMostClauses: 0,
    longestAt: [],
    topTwoAt: [],
    mostClausesAt: [],
  };
  for (const [nodeId, node] of Object.entries(s.nodes)) {
    if (node.kind !== 'decision' || node.choices.length < 2) continue;
    const best = node.choices.find((c) => c.quality === 'best');
    if (!best) continue;
    g.decisions += 1;
    const textOf = (id: string) => lookupText(locale, textKeys.choiceText(nodeId, id)) ?? '';
    const others = node.choices.filter((c) => c.id !== best.id).map((c) => textOf(c.id));
    const bestText = textOf(best.id);
    const rank = (measure: (t: string) => number) => {
      const b = measure(bestText);
      const values = others.map(measure);
      return {
        above: values.filter((v) => v > b).length,
        tied: values.filter((v) => v === b).length,
      };
    };
    const len = rank((t) => t.length);
    const clauses = rank(clauseCount);
    const longest = placeCredit(1, len.above, len.tied);
    const topTwo = placeCredit(2, len.above, len.tied);
    const most = placeCredit(1, clauses.above, clauses.tied);
    g.bestIsLongest += longest;
    g.bestInTopTwo += topTwo;
    g.bestHasMostClauses += most;
    if (longest === 1) g.longestAt.push(nodeId);
    if (topTwo === 1) g.topTwoAt.push(nodeId);
    if (most === 1) g.mostClausesAt.push(nodeId);
  }
  return g;
}

export type TellFinding = {
  rule: 'longest' | 'topTwo' | 'mostClauses';
  share: number;
  limit: number;
  count: number;
  decisions: number;
  nodes: string[];
};

/** The rules a module breaks; length rules fail the check, the clause rule warns (issue 13). */
export function answerTells(g: Guessability): TellFinding[] {
  if (g.decisions < 4) return [];
  const findings: TellFinding[] = [];
  const test = (rule: TellFinding['rule'], count: number, nodes: string[]) => {
    const share = count / g.decisions;
    if (share > TELL_LIMITS[rule] + 1e-9)
      findings.push({
        rule,
        share,
        limit: TELL_LIMITS[rule],
        count,
        decisions: g.decisions,
        nodes,
      });
  };
  test('longest', g.bestIsLongest, g.longestAt);
  test('topTwo', g.bestInTopTwo, g.topTwoAt);
  test('mostClauses', g.bestHasMostClauses, g.mostClausesAt);
  return findings;
}
