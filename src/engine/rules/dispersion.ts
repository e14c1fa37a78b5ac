import type { DispersionNode, Hospital, Quality, Survivor } from '../schema/scenario.ts';
import { QUALITY_POINTS, worstQuality, type ScoredItem } from '../scoring/scored-item.ts';
import { citeRules } from './cite-rules.ts';
import { own } from '../own.ts';

export type DispersionRule = Exclude<keyof DispersionNode['guidelines'], 'default'>;
type Breach = { rule: DispersionRule; quality: Quality; critical: boolean };

export type DispersionMetrics = {
  placedBest: number;
  misplaced: number;
  capabilityMisses: number;
  capacityOverflows: number;
  separationBreaches: number;
  caregiverBreaches: number;
  familySplits: number;
  securityMisses: number;
  criticalItems: number;
};

/**
 * The dispersion rules (DESIGN §4, catalogue family L): each survivor's placement is one item,
 * judged by the worst rule it breaks.
 *  - separation: sharing a hospital with someone on `separateFrom` is critical (a witness placed
 *    with the people who can identify them);
 *  - caregiver-risk: a child placed with an adult flagged `caregiver-risk` is critical;
 *  - family-split: a child separated from a safe caregiver is poor;
 *  - capability: a hospital lacking a needed capability is poor, critical for a red survivor;
 *  - capacity: survivors beyond a hospital's capacity, in the board's listed order, are poor;
 *  - security: a survivor who can identify perpetrators at a low-security hospital is poor;
 *  - load: a green survivor in a trauma centre is acceptable (it takes a bed a red one needs).
 */
export function scoreDispersion(
  nodeId: string,
  node: DispersionNode,
  survivors: Record<string, Survivor>,
  hospitals: Record<string, Hospital>,
  placements: Record<string, string>,
): { items: ScoredItem[]; metrics: DispersionMetrics } {
  const metrics: DispersionMetrics = {
    placedBest: 0,
    misplaced: 0,
    capabilityMisses: 0,
    capacityOverflows: 0,
    separationBreaches: 0,
    caregiverBreaches: 0,
    familySplits: 0,
    securityMisses: 0,
    criticalItems: 0,
  };
  const load = new Map<string, number>();
  const items = node.survivors.map((id): ScoredItem => {
    const s = survivors[id];
    const hospitalId = own(placements, id) ?? '';
    const h = own(hospitals, hospitalId);
    if (!s) throw new Error(`unknown survivor ${id}`);
    const breaches: Breach[] = [];
    if (!h) {
      breaches.push({
        rule: 'capability',
        quality: s.triage === 'red' ? 'harmful' : 'poor',
        critical: s.triage === 'red',
      });
    } else {
      const used = (load.get(hospitalId) ?? 0) + 1;
      load.set(hospitalId, used);
      for (const other of s.separateFrom ?? [])
        if (placements[other] === hospitalId)
          breaches.push({ rule: 'separation', quality: 'harmful', critical: true });
      // Also the other direction: someone who must be kept away from this survivor.
      for (const otherId of keptAwayBy(node, survivors).get(id) ?? [])
        if (placements[otherId] === hospitalId)
          breaches.push({ rule: 'separation', quality: 'harmful', critical: true });
      if (s.caregiver) {
        const caregiver = survivors[s.caregiver];
        const together = placements[s.caregiver] === hospitalId;
        if (caregiver?.flags?.includes('caregiver-risk')) {
          if (together)
            breaches.push({ rule: 'caregiver-risk', quality: 'harmful', critical: true });
        } else if (!together)
          breaches.push({ rule: 'family-split', quality: 'poor', critical: false });
      }
      if (!s.needs.every((n) => h.capabilities.includes(n)))
        breaches.push({
          rule: 'capability',
          quality: s.triage === 'red' ? 'harmful' : 'poor',
          critical: s.triage === 'red',
        });
      if (used > h.capacity) breaches.push({ rule: 'capacity', quality: 'poor', critical: false });
      if (s.flags?.includes('can-identify-perpetrators') && h.security === 'low')
        breaches.push({ rule: 'security', quality: 'poor', critical: false });
      if (s.triage === 'green' && h.capabilities.includes('trauma'))
        breaches.push({ rule: 'load', quality: 'acceptable', critical: false });
    }
    const quality = breaches.reduce<Quality>((q, b) => worstQuality(q, b.quality), 'best');
    const critical = breaches.some((b) => b.critical);
    const rules: DispersionRule[] = [];
    for (const b of breaches) if (!rules.includes(b.rule)) rules.push(b.rule);
    count(metrics, rules, quality, critical);
    const cited = citeRules(node.guidelines, rules);
    return {
      id: `${nodeId}/${id}`,
      node: nodeId,
      kind: 'placement',
      response: hospitalId,
      quality,
      points: QUALITY_POINTS[quality],
      weight: 1,
      critical,
      guidelines: cited,
      ...(rules.length ? { reason: rules.join(' ') } : {}),
    };
  });
  return { items, metrics };
}

function count(m: DispersionMetrics, rules: DispersionRule[], quality: Quality, critical: boolean) {
  if (quality === 'best') m.placedBest += 1;
  else m.misplaced += 1;
  if (critical) m.criticalItems += 1;
  for (const r of rules) {
    if (r === 'capability') m.capabilityMisses += 1;
    if (r === 'capacity') m.capacityOverflows += 1;
    if (r === 'separation') m.separationBreaches += 1;
    if (r === 'caregiver-risk') m.caregiverBreaches += 1;
    if (r === 'family-split') m.familySplits += 1;
    if (r === 'security') m.securityMisses += 1;
  }
}

const reverseSeparation = new WeakMap<DispersionNode, Map<string, string[]>>();
/** Who lists each survivor on their `separateFrom`, computed once per board. */
function keptAwayBy(
  node: DispersionNode,
  survivors: Record<string, Survivor>,
): Map<string, string[]> {
  let map = reverseSeparation.get(node);
  if (!map) {
    map = new Map();
    for (const other of node.survivors)
      for (const target of survivors[other]?.separateFrom ?? [])
        map.set(target, [...(map.get(target) ?? []), other]);
    reverseSeparation.set(node, map);
  }
  return map;
}

/** A placement that breaks no rule, found greedily; the validator uses it to prove a board solvable. */
export function bestPlacement(
  node: DispersionNode,
  survivors: Record<string, Survivor>,
  hospitals: Record<string, Hospital>,
): Record<string, string> | undefined {
  // Caregivers before their children, so a child's placement is judged with the caregiver's known.
  const order = [...node.survivors].sort(
    (a, b) => Number(Boolean(survivors[a]?.caregiver)) - Number(Boolean(survivors[b]?.caregiver)),
  );
  const placements: Record<string, string> = {};
  const search = (i: number): boolean => {
    if (i === order.length) return true;
    const id = order[i]!;
    for (const hId of node.hospitals) {
      placements[id] = hId;
      const { items } = scoreDispersion(
        'probe',
        { ...node, survivors: order.slice(0, i + 1) },
        survivors,
        hospitals,
        placements,
      );
      if (items.every((it) => it.quality === 'best') && search(i + 1)) return true;
    }
    delete placements[id];
    return false;
  };
  return search(0) ? { ...placements } : undefined;
}
