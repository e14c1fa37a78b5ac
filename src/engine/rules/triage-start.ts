import type { Casualty, TriageTag } from '../schema/scenario.ts';

export type TriageTool = 'START' | 'JumpSTART';
/** The tag the published algorithm gives, and the catalogue rule that decided it. */
export type TriageClassification = { tag: TriageTag; tool: TriageTool; rule: string };

/** JS-AGE: the tool follows appearance; absent an author's say, 8 years or under looks like a child. */
export const toolFor = (c: Casualty): TriageTool =>
  (c.appearsChild ?? c.age <= 8) ? 'JumpSTART' : 'START';

/**
 * START for adults (START-WALK, -APNEA, -RR30, -PERF, -MENTAL, -DELAYED).
 * @example classifyStart({ age: 34, walks: false, breathing: true, respiratoryRate: 34, pulse: true, followsCommands: true }).tag === 'red'
 */
export function classifyStart(c: Casualty): TriageClassification {
  const tool = 'START';
  if (c.walks) return { tag: 'green', tool, rule: 'START-WALK' };
  if (!c.breathing) {
    return c.breathesAfterAirway
      ? { tag: 'red', tool, rule: 'START-APNEA' }
      : { tag: 'black', tool, rule: 'START-APNEA' };
  }
  if ((c.respiratoryRate ?? 0) > 30) return { tag: 'red', tool, rule: 'START-RR30' };
  if (c.pulse === false || (c.capillaryRefillSeconds ?? 0) > 2)
    return { tag: 'red', tool, rule: 'START-PERF' };
  if (c.followsCommands === false) return { tag: 'red', tool, rule: 'START-MENTAL' };
  return { tag: 'yellow', tool, rule: 'START-DELAYED' };
}

/**
 * JumpSTART for children (JS-APNEA5, JS-PULSE, JS-RR, JS-PERF, JS-AVPU, JS-NONAMB).
 * A child who cannot walk — infants included — goes through every step (JS-NONAMB) and,
 * with no red or black criterion, is Delayed; an infant too young to walk with no significant
 * external injury is Minor.
 */
export function classifyJumpStart(c: Casualty): TriageClassification {
  const tool = 'JumpSTART';
  if (c.walks) return { tag: 'green', tool, rule: 'START-WALK' };
  if (!c.breathing) {
    if (c.breathesAfterAirway) return { tag: 'red', tool, rule: 'JS-APNEA5' };
    if (c.pulse === false) return { tag: 'black', tool, rule: 'JS-PULSE' };
    return c.breathesAfterRescueBreaths
      ? { tag: 'red', tool, rule: 'JS-APNEA5' }
      : { tag: 'black', tool, rule: 'JS-APNEA5' };
  }
  const rr = c.respiratoryRate ?? 30;
  if (rr < 15 || rr > 45) return { tag: 'red', tool, rule: 'JS-RR' };
  if (c.pulse === false) return { tag: 'red', tool, rule: 'JS-PERF' };
  if (c.avpu === 'P-inappropriate' || c.avpu === 'U') return { tag: 'red', tool, rule: 'JS-AVPU' };
  if (c.age >= 2) return { tag: 'yellow', tool, rule: 'JS-AVPU' };
  // Too young to walk: Minor on the JumpSTART card unless a significant external injury makes
  // it Delayed (review A5). Scenarios that do not say keep the engine's earlier reading, Delayed.
  const tag = c.significantExternalInjury === false ? 'green' : 'yellow';
  return { tag, tool, rule: 'JS-NONAMB' };
}

export const classifyCasualty = (c: Casualty): TriageClassification =>
  toolFor(c) === 'JumpSTART' ? classifyJumpStart(c) : classifyStart(c);
