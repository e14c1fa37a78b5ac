import type { Condition, Effect, Scenario, ScenarioNode } from '../schema/scenario.ts';
import { successors } from '../compile/to-machine.ts';
import { bestPlacement } from '../rules/dispersion.ts';
import { bestInterviewPlan } from '../rules/interview-record.ts';
import { toolFor } from '../rules/triage-start.ts';
import { lookupText, requiredTextKeys } from '../text/text-keys.ts';
import type { ScenarioIssue } from './scenario-issue.ts';
import { hasOwn, own } from '../own.ts';
import { didYouMean } from './did-you-mean.ts';

export type CatalogueIndex = {
  guidelines: ReadonlyMap<string, { status: 'V' | 'P' | 'U' }>;
  decisionPoints: ReadonlyMap<string, { needsExpertDecision: boolean }>;
};

export type ScenarioFiles = {
  /** Path of scenario.json, as the issues should name it. */
  file: string;
  scenario: Scenario;
  locales: Record<'es' | 'en', { file: string; data: unknown }>;
};

/** Metrics each interaction exposes to its outcomes' conditions and `byMetric` effects. */
export const METRICS: Record<'triage' | 'dispersion' | 'interview', readonly string[]> = {
  triage: [
    'correct',
    'mistagged',
    'underTriaged',
    'underTriagedRed',
    'overTriaged',
    'criticalItems',
  ],
  dispersion: [
    'placedBest',
    'misplaced',
    'capabilityMisses',
    'capacityOverflows',
    'separationBreaches',
    'caregiverBreaches',
    'familySplits',
    'securityMisses',
    'criticalItems',
  ],
  interview: [
    'questions',
    'open',
    'closed',
    'leading',
    'blaming',
    'reAsked',
    'factsReAsked',
    'retold',
    'factsCovered',
    'factsMissing',
    'criticalItems',
  ],
};

/** Every cross-reference and graph check of DESIGN §3 beyond the schema itself. */
export function checkScenario(f: ScenarioFiles, cat: CatalogueIndex): ScenarioIssue[] {
  const s = f.scenario;
  const issues: ScenarioIssue[] = [];
  const err = (path: string, message: string) =>
    issues.push({ severity: 'error', file: f.file, path, message });
  const warn = (path: string, message: string) =>
    issues.push({ severity: 'warning', file: f.file, path, message });
  const nodeIds = new Set(Object.keys(s.nodes));

  if (!f.file.includes(`${s.id}/`))
    warn('id', `id "${s.id}" does not match the folder the file is in`);
  if (!nodeIds.has(s.start))
    err('start', `names node "${s.start}", which does not exist.${didYouMean(s.start, nodeIds)}`);

  const checkGuidelines = (path: string, ids: readonly string[] | undefined, mustCite: boolean) => {
    (ids ?? []).forEach((g, i) => {
      if (!cat.guidelines.has(g))
        err(
          `${path}[${i}]`,
          `cites guideline "${g}", which is not in the catalogue.${didYouMean(g, cat.guidelines.keys())}`,
        );
    });
    if (mustCite && ids?.length && ids.every((g) => cat.guidelines.get(g)?.status === 'U'))
      err(
        path,
        `cites only unverified [U] guidelines (${ids.join(', ')}); trainee-visible feedback needs at least one verified [V] or partly verified [P] guideline`,
      );
  };
  const checkVars = (
    path: string,
    c: Condition | undefined,
    metricsAllowed: readonly string[] | null,
  ) => {
    if (!c) return;
    if ('all' in c)
      return c.all.forEach((x, i) => checkVars(`${path}.all[${i}]`, x, metricsAllowed));
    if ('any' in c)
      return c.any.forEach((x, i) => checkVars(`${path}.any[${i}]`, x, metricsAllowed));
    if ('not' in c) return checkVars(`${path}.not`, c.not, metricsAllowed);
    if ('visited' in c) {
      if (!nodeIds.has(c.visited))
        err(
          `${path}.visited`,
          `names node "${c.visited}", which does not exist.${didYouMean(c.visited, nodeIds)}`,
        );
      return;
    }
    if ('var' in c) {
      if (!hasOwn(s.variables, c.var))
        err(`${path}.var`, `uses variable "${c.var}", which is not declared in "variables"`);
      return;
    }
    if (!metricsAllowed)
      err(
        `${path}.metric`,
        `uses metric "${c.metric}", but only interaction outcomes can test metrics`,
      );
    else if (!metricsAllowed.includes(c.metric))
      err(
        `${path}.metric`,
        `uses metric "${c.metric}", which this interaction does not report (it reports ${metricsAllowed.join(', ')})`,
      );
  };
  const checkEffects = (
    path: string,
    effects: readonly Effect[] | undefined,
    metricsAllowed: readonly string[] | null,
  ) => {
    (effects ?? []).forEach((e, i) => {
      const name = 'set' in e ? e.set : e.add;
      if (!hasOwn(s.variables, name))
        err(`${path}[${i}]`, `changes variable "${name}", which is not declared in "variables"`);
      if ('byMetric' in e && !(metricsAllowed ?? []).includes(e.byMetric))
        err(`${path}[${i}].byMetric`, `uses metric "${e.byMetric}", which is not reported here`);
    });
  };
  const checkTarget = (path: string, next: string) => {
    if (!nodeIds.has(next))
      err(path, `leads to node "${next}", which does not exist.${didYouMean(next, nodeIds)}`);
  };
  const checkRefs = (
    path: string,
    ids: readonly string[],
    table: Record<string, unknown> | undefined,
    what: string,
  ) =>
    ids.forEach((id, i) => {
      if (!hasOwn(table, id))
        err(
          `${path}[${i}]`,
          `names ${what} "${id}", which is not defined in "${what === 'casualty' ? 'casualties' : `${what}s`}"`,
        );
    });

  for (const [id, node] of Object.entries(s.nodes)) {
    const p = `nodes.${id}`;
    checkNode(id, node, p);
    (('decisionPoints' in node && node.decisionPoints) || []).forEach((dp, i) => {
      const known = cat.decisionPoints.get(dp);
      if (!known)
        err(
          `${p}.decisionPoints[${i}]`,
          `names decision point "${dp}", which is not in the catalogue`,
        );
      else if (known.needsExpertDecision && !s.review.notes?.some((n) => n.decisionPoint === dp))
        err(
          `${p}.decisionPoints[${i}]`,
          `uses ${dp}, which needs an expert decision: record its open question in review.notes`,
        );
    });
  }

  function checkNode(id: string, node: ScenarioNode, p: string) {
    switch (node.kind) {
      case 'ending':
        checkEffects(`${p}.effects`, node.effects, null);
        return;
      case 'narrative':
        if (node.next) checkTarget(`${p}.next`, node.next);
        checkEffects(`${p}.effects`, node.effects, null);
        node.outcomes?.forEach((o, i) => {
          checkTarget(`${p}.outcomes[${i}].next`, o.next);
          checkVars(`${p}.outcomes[${i}].when`, o.when, null);
          checkEffects(`${p}.outcomes[${i}].effects`, o.effects, null);
        });
        if (node.outcomes && node.outcomes[node.outcomes.length - 1]?.when)
          err(
            `${p}.outcomes`,
            'needs a last outcome without "when", so every state leads somewhere',
          );
        return;
      case 'decision': {
        const ids = new Set<string>();
        node.choices.forEach((c, i) => {
          // Named by id, like its locale keys: authors read ids, not indexes (issue 15).
          const cp = `${p}.choices.${c.id}`;
          // A repeated id cannot name its choice: the index does.
          if (ids.has(c.id)) err(`${p}.choices[${i}].id`, `repeats choice id "${c.id}"`);
          ids.add(c.id);
          checkTarget(`${cp}.next`, c.next);
          checkGuidelines(`${cp}.guidelines`, c.guidelines, true);
          checkVars(`${cp}.when`, c.when, null);
          checkEffects(`${cp}.effects`, c.effects, null);
        });
        if (!node.choices.some((c) => c.quality === 'best'))
          err(`${p}.choices`, 'has no choice of quality "best"');
        node.choices.forEach((c) => {
          if (c.critical === true && c.quality !== 'harmful')
            err(
              `${p}.choices.${c.id}.critical`,
              'is true on a choice that is not harmful: only harmful choices can be critical',
            );
        });
        if (node.choices.every((c) => c.when))
          err(`${p}.choices`, 'has a "when" on every choice: one must always be available');
        if (
          node.choices.some((c) => c.when) &&
          !node.choices.some((c) => c.quality === 'best' && !c.when)
        )
          warn(`${p}.choices`, 'the only "best" choice can be hidden by "when"');
        return;
      }
      case 'triage':
      case 'dispersion':
      case 'interview': {
        const allowed = METRICS[node.kind];
        node.outcomes.forEach((o, i) => {
          checkTarget(`${p}.outcomes[${i}].next`, o.next);
          checkVars(`${p}.outcomes[${i}].when`, o.when, allowed);
          checkEffects(`${p}.outcomes[${i}].effects`, o.effects, allowed);
        });
        if (node.outcomes[node.outcomes.length - 1]?.when)
          err(
            `${p}.outcomes`,
            'needs a last outcome without "when", so every response leads somewhere',
          );
        if (node.kind === 'triage') {
          checkRefs(`${p}.casualties`, node.casualties, s.casualties, 'casualty');
          checkGuidelines(`${p}.guidelines`, node.guidelines, false);
          node.casualties.forEach((c) => checkCasualty(c));
        } else if (node.kind === 'dispersion') {
          checkRefs(`${p}.survivors`, node.survivors, s.survivors, 'survivor');
          checkRefs(`${p}.hospitals`, node.hospitals, s.hospitals, 'hospital');
          for (const [rule, ids] of Object.entries(node.guidelines))
            checkGuidelines(`${p}.guidelines.${rule}`, ids, true);
          if (
            node.survivors.every((x) => hasOwn(s.survivors, x)) &&
            node.hospitals.every((h) => hasOwn(s.hospitals, h)) &&
            !bestPlacement(node, s.survivors ?? {}, s.hospitals ?? {})
          )
            err(
              `${p}`,
              'has no placement that breaks no rule: check capacities, capabilities and separations',
            );
        } else {
          checkRefs(`${p}.facts`, node.facts, s.facts, 'fact');
          checkRefs(`${p}.questions`, node.questions, s.questions, 'question');
          for (const [rule, ids] of Object.entries(node.guidelines))
            checkGuidelines(`${p}.guidelines.${rule}`, ids, true);
          node.questions.forEach((q, i) =>
            own(s.questions, q)?.asks.forEach((fact, j) => {
              if (!node.facts.includes(fact))
                err(
                  `questions.${q}.asks[${j}]`,
                  `asks for fact "${fact}", which interview "${id}" does not list (node index ${i})`,
                );
            }),
          );
          const plan = bestInterviewPlan(node, s.facts ?? {}, s.questions ?? {});
          const covered = new Set(plan.flatMap((q) => own(s.questions, q)?.asks ?? []));
          const needed = node.facts.filter(
            (x) => !own(s.facts, x)?.onRecord && own(s.facts, x)?.needed !== false,
          );
          const missing = needed.filter((x) => !covered.has(x));
          if (missing.length)
            err(
              p,
              `has no open question, free of facts on record, that asks for ${missing.map((m) => `"${m}"`).join(', ')}`,
            );
          if (node.maxQuestions && plan.length > node.maxQuestions)
            err(
              `${p}.maxQuestions`,
              `is ${node.maxQuestions}, but the best plan needs ${plan.length} questions`,
            );
          if (plan.length < (node.minQuestions ?? 1))
            err(`${p}.minQuestions`, 'is more than the best plan has questions');
        }
      }
    }
  }

  function checkCasualty(id: string) {
    const c = own(s.casualties, id);
    if (!c) return;
    const p = `casualties.${id}`;
    const child = toolFor(c) === 'JumpSTART';
    if (c.walks) return;
    if (!c.breathing) {
      if (c.breathesAfterAirway === undefined)
        err(
          p,
          'is not breathing: say whether breathing starts once the airway is positioned ("breathesAfterAirway")',
        );
      if (
        child &&
        !c.breathesAfterAirway &&
        c.pulse !== false &&
        c.breathesAfterRescueBreaths === undefined
      )
        err(
          p,
          'is a child with a pulse who is not breathing: say whether breathing starts after five rescue breaths ("breathesAfterRescueBreaths")',
        );
      if (child && !c.breathesAfterAirway && c.pulse === undefined)
        err(p, 'is a child who is not breathing: say whether there is a pulse ("pulse")');
      return;
    }
    if (c.respiratoryRate === undefined) err(p, 'is breathing: give "respiratoryRate"');
    if (c.pulse === undefined && (child || c.capillaryRefillSeconds === undefined))
      err(
        p,
        child
          ? 'needs "pulse" (JumpSTART checks a palpable pulse)'
          : 'needs "pulse" or "capillaryRefillSeconds"',
      );
    if (child && c.avpu === undefined) err(p, 'is assessed with JumpSTART: give "avpu"');
    if (!child && c.followsCommands === undefined)
      err(p, 'is assessed with START: give "followsCommands"');
  }

  // Reachability, dead ends and cycles with no way out.
  const reachable = new Set<string>();
  const stack = nodeIds.has(s.start) ? [s.start] : [];
  while (stack.length) {
    const id = stack.pop()!;
    if (reachable.has(id)) continue;
    reachable.add(id);
    for (const n of successors(own(s.nodes, id)!)) if (nodeIds.has(n)) stack.push(n);
  }
  for (const id of nodeIds)
    if (!reachable.has(id)) err(`nodes.${id}`, 'cannot be reached from "start"');
  // Backwards from the endings over reversed edges: linear, where a fixpoint over all nodes was
  // quadratic on a long chain.
  const before = new Map<string, string[]>();
  for (const [id, n] of Object.entries(s.nodes))
    for (const x of successors(n)) {
      const list = before.get(x);
      if (list) list.push(id);
      else before.set(x, [id]);
    }
  const canEnd = new Set(
    Object.entries(s.nodes)
      .filter(([, n]) => n.kind === 'ending')
      .map(([id]) => id),
  );
  const back = [...canEnd];
  while (back.length)
    for (const prev of before.get(back.pop()!) ?? [])
      if (!canEnd.has(prev)) {
        canEnd.add(prev);
        back.push(prev);
      }
  for (const id of reachable)
    if (!canEnd.has(id))
      err(
        `nodes.${id}`,
        'is a dead end or a cycle with no way out: no ending can be reached from it',
      );
  if (![...canEnd].some((id) => own(s.nodes, id)?.kind === 'ending' && reachable.has(id)))
    err('nodes', 'has no reachable ending');

  // References inside interaction data.
  for (const [id, sv] of Object.entries(s.survivors ?? {})) {
    sv.separateFrom?.forEach((o, i) => {
      if (!hasOwn(s.survivors, o))
        err(`survivors.${id}.separateFrom[${i}]`, `names survivor "${o}", which does not exist`);
    });
    if (sv.caregiver && !hasOwn(s.survivors, sv.caregiver))
      err(`survivors.${id}.caregiver`, `names survivor "${sv.caregiver}", which does not exist`);
  }
  for (const [id, q] of Object.entries(s.questions ?? {}))
    q.asks.forEach((fact, i) => {
      if (!hasOwn(s.facts, fact))
        err(`questions.${id}.asks[${i}]`, `names fact "${fact}", which does not exist`);
    });

  // Text: every derived key present and non-empty in both languages.
  const keys = requiredTextKeys(s);
  for (const lang of ['es', 'en'] as const) {
    const loc = f.locales[lang];
    for (const key of keys) {
      const text = lookupText(loc.data, key);
      if (text === undefined)
        issues.push({
          severity: 'error',
          file: loc.file,
          path: key,
          message: `is missing: the ${lang === 'es' ? 'Spanish' : 'English'} text for this key is required`,
        });
      else if (!text.trim())
        issues.push({ severity: 'error', file: loc.file, path: key, message: 'is empty' });
    }
  }
  return issues;
}
