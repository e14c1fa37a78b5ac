/**
 * One simulated trainee playing one module through the real engine (`advance`), for demo cohorts
 * and benchmarks (issue 10). The trainee's skill is a probability per welfare dimension of picking
 * the best option; what is left goes to acceptable, poor and harmful options in fixed shares. On a
 * board each item (casualty, survivor) is answered the best way with the dimension's skill, else at
 * random. Deterministic for its random source: no clock, no Math.random.
 */
import { advance, availableChoices, initialState } from '../../engine/attempt/advance';
import type { LogEntry, StepEntry } from '../../engine/attempt/decision-log';
import { bestResponse, randomResponse } from '../../engine/attempt/responses';
import { DIMENSIONS, type Dimension } from '../../engine/schema/dimensions';
import type { Quality, Scenario } from '../../engine/schema/scenario';

export type Skill = Record<Dimension, number>;

/** How the skill that is not "best" splits over the other qualities. */
const MISS_SHARE: Record<Exclude<Quality, 'best'>, number> = {
  acceptable: 0.55,
  poor: 0.3,
  harmful: 0.15,
};

export type SimulatedPlay = {
  log: LogEntry[];
  ended: boolean;
  /** Milliseconds from the attempt's start to its last step. */
  duration: number;
};

export type SimulateOptions = {
  skill: Skill;
  rand: () => number;
  dimensionOf: (guidelineId: string) => Dimension | undefined;
  /** Epoch milliseconds of the first step. */
  startAt: number;
  /** Practice attempts may step back and may be left unfinished. */
  practice: boolean;
  /** Stop after this share of steps (an unfinished attempt); 1 plays to the end. */
  stopAfter?: number;
};

const meanSkill = (skill: Skill) =>
  DIMENSIONS.reduce((a, d) => a + skill[d], 0) / DIMENSIONS.length;

export function simulateAttempt(s: Scenario, o: SimulateOptions): SimulatedPlay {
  const { rand, skill } = o;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const skillOf = (guidelines: readonly string[]) => {
    const ds = guidelines.map(o.dimensionOf).filter((d): d is Dimension => d !== undefined);
    return ds.length ? ds.reduce((a, d) => a + skill[d], 0) / ds.length : meanSkill(skill);
  };
  const log: LogEntry[] = [];
  let at = o.startAt;
  let state = initialState(s);
  let steps = 0;
  const limit = o.stopAfter === undefined || o.stopAfter >= 1 ? Infinity : o.stopAfter;
  while (!state.ended && steps < 400) {
    if (limit !== Infinity && rand() < 1 - limit) break;
    at += 15_000 + Math.floor(rand() * 75_000);
    const entry = respond(s, state, at);
    if (!entry) break;
    const r = advance(s, state, entry);
    if (!r.ok) break;
    // Practice: now and then a trainee goes back and tries the same step again.
    if (o.practice && entry.kind === 'choose' && rand() < 0.04) {
      log.push(entry, { kind: 'back', at: at + 5_000 });
      at += 10_000;
      log.push({ ...entry, at });
    } else log.push(entry);
    state = r.state;
    steps++;
  }
  return { log, ended: state.ended, duration: at - o.startAt };

  function respond(sc: Scenario, st: typeof state, now: number): StepEntry | undefined {
    const node = sc.nodes[st.node];
    if (!node) return undefined;
    if (node.kind === 'decision') {
      const choices = availableChoices(sc, st);
      if (!choices.length) return undefined;
      const best = choices.filter((c) => c.quality === 'best');
      const p = skillOf(best[0]?.guidelines ?? choices[0]!.guidelines);
      let quality: Quality = 'best';
      if (rand() >= p) {
        const misses = (['acceptable', 'poor', 'harmful'] as const).filter((q) =>
          choices.some((c) => c.quality === q),
        );
        const total = misses.reduce((a, q) => a + MISS_SHARE[q], 0);
        let x = rand() * total;
        for (const q of misses)
          if ((x -= MISS_SHARE[q]) <= 0 || q === misses.at(-1)) {
            quality = q;
            break;
          }
      }
      const pool = choices.filter((c) => c.quality === quality);
      return {
        kind: 'choose',
        node: st.node,
        choice: pick(pool.length ? pool : choices).id,
        at: now,
      };
    }
    const bestEntry = bestResponse(sc, st, now);
    const randomEntry = randomResponse(sc, st, rand, now);
    if (!bestEntry || !randomEntry) return bestEntry ?? randomEntry;
    const g = 'guidelines' in node ? node.guidelines : undefined;
    const cited: string[] = Array.isArray(g) ? g : g ? Object.values(g).flat() : [];
    const p = cited.length ? skillOf(cited) : meanSkill(skill);
    if (bestEntry.kind === 'triage' && randomEntry.kind === 'triage') {
      const tags = { ...bestEntry.tags };
      for (const c of Object.keys(tags)) if (rand() >= p) tags[c] = randomEntry.tags[c]!;
      return { ...bestEntry, tags };
    }
    if (bestEntry.kind === 'dispersion' && randomEntry.kind === 'dispersion') {
      const placements = { ...bestEntry.placements };
      for (const c of Object.keys(placements))
        if (rand() >= p) placements[c] = randomEntry.placements[c]!;
      return { ...bestEntry, placements };
    }
    return rand() < p ? bestEntry : randomEntry;
  }
}
