/**
 * Record → statements (docs/xapi-profile.md). One statement per log entry (each carries the entry
 * itself and its step index, so the LRS alone can rebuild the attempt: DESIGN §8.3), and when the
 * attempt has ended, passed or failed then completed. Statement ids come from the attempt and the
 * slot, so building again gives the same ids.
 */
import type { AttemptRecord } from '../../records/attempt-record';
import {
  advance,
  initialState,
  type PlayState,
  type StepError,
} from '../../engine/attempt/advance';
import { replay } from '../../engine/attempt/replay';
import type { LogEntry, StepEntry } from '../../engine/attempt/decision-log';
import { scoreState } from '../../engine/scoring/score-attempt';
import type { ScoredItem } from '../../engine/scoring/scored-item';
import { TRIAGE_TAGS } from '../../engine/schema/enums';
import type { Dimension } from '../../engine/schema/guideline';
import type { Quality } from '../../engine/schema/scenario';
import { textKeys } from '../../engine/text/text-keys';
import { worstQuality } from '../../engine/scoring/scored-item';
import { ACTIVITY_TYPES, ext, iri } from './profile';
import type { ActivityDefinition, Statement } from './statement';
import {
  activity,
  buildStatement,
  isoDuration,
  moduleActivity,
  textMap,
  type StatementOptions,
} from './statement-context';
import { statementId } from './statement-id';

export type StatementsResult =
  { ok: true; statements: Statement[] } | { ok: false; error: StepError; atEntry: number };

/** Statements for the log entries from index `from` on (the emitter sends only what is new). */
export function stepStatements(
  record: AttemptRecord,
  o: StatementOptions,
  from = 0,
): StatementsResult {
  const stack: PlayState[] = [initialState(o.scenario)];
  const out: Statement[] = [];
  for (const [index, entry] of record.log.entries()) {
    if (entry.kind === 'back') {
      // As effectiveLog: a back with nothing before it changes nothing.
      if (stack.length > 1) stack.pop();
      if (index >= from) out.push(backStatement(record, o, index, entry));
      continue;
    }
    const r = advance(o.scenario, stack[stack.length - 1]!, entry);
    if (!r.ok) return { ok: false, error: r.error, atEntry: index };
    stack.push(r.state);
    if (index >= from) out.push(stepStatement(record, o, index, entry, r.step.items));
  }
  return { ok: true, statements: out };
}

/** passed or failed, then completed, for an attempt that reached an ending; none otherwise. */
export function outcomeStatements(record: AttemptRecord, o: StatementOptions): StatementsResult {
  const replayed = replay(o.scenario, record.log);
  if (!replayed.ok) return { ok: false, error: replayed.error, atEntry: replayed.atEntry };
  const state = replayed.state;
  if (!state.ended || !record.endedAt) return { ok: true, statements: [] };
  const passMark = o.cmi5?.masteryScore ?? record.passMark;
  const score = scoreState(o.scenario, state, { passMark, dimensionOf: o.dimensionOf });
  const duration = isoDuration(Date.parse(record.endedAt) - Date.parse(record.startedAt));
  const scaled = round4(score.score);
  // A critical error fails an attempt whose score alone would pass: cmi5 requires a failed score
  // below mastery, so the score goes into an extension instead (issue 11, DESIGN §5).
  const scoreInExtension = !score.passed && score.score >= passMark - 1e-9;
  const module = moduleActivity(record, o);
  // After a Passed (or a Completed) in this registration, the retake's statement is "allowed":
  // it names our module, not the AU, and carries no cmi5 category (cmi5 §9.3).
  const sent = o.cmi5?.alreadySent;
  const allowed = activity(iri.module(record.scenario.id), { type: ACTIVITY_TYPES.module });
  const judged = buildStatement(record, o, {
    verb: score.passed ? 'passed' : 'failed',
    object: sent?.passed ? allowed : module,
    id: statementId(record.attemptId, score.passed ? 'passed' : 'failed'),
    at: record.endedAt,
    ...(sent?.passed ? {} : { defined: 'moveon' as const }),
    result: {
      ...(scoreInExtension ? {} : { score: { scaled, raw: scaled * 100, min: 0, max: 100 } }),
      success: score.passed,
      duration,
      extensions: {
        ...(scoreInExtension ? { [ext.score]: scaled } : {}),
        [ext.passMark]: passMark,
        [ext.criticalErrors]: score.criticalErrors.map((i) => i.id),
        [ext.dimensions]: Object.fromEntries(
          Object.entries(score.byDimension).map(([d, t]) => [
            d,
            { earned: t.earned, available: t.available },
          ]),
        ),
        [ext.measures]: score.measures,
        ...(score.ending ? { [ext.ending]: score.ending } : {}),
      },
    },
    extensions:
      o.cmi5?.masteryScore !== undefined ? { [ext.cmi5MasteryScore]: o.cmi5.masteryScore } : {},
  });
  const completed = buildStatement(record, o, {
    verb: 'completed',
    object: sent?.completed ? allowed : module,
    id: statementId(record.attemptId, 'completed'),
    at: record.endedAt,
    ...(sent?.completed ? {} : { defined: 'moveon' as const }),
    result: { completion: true, duration },
  });
  return { ok: true, statements: [judged, completed] };
}

/** Everything an attempt says, in order: the round trip and bulk export use this. */
export function attemptStatements(record: AttemptRecord, o: StatementOptions): StatementsResult {
  const steps = stepStatements(record, o);
  if (!steps.ok) return steps;
  const outcome = outcomeStatements(record, o);
  if (!outcome.ok) return outcome;
  return { ok: true, statements: [...steps.statements, ...outcome.statements] };
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

function stepStatement(
  record: AttemptRecord,
  o: StatementOptions,
  index: number,
  entry: StepEntry,
  items: ScoredItem[],
): Statement {
  const sid = record.scenario.id;
  const definition = interactionDefinition(o, entry);
  let earned = 0;
  let available = 0;
  let quality: Quality | undefined;
  const dims: Partial<Record<Dimension, { earned: number; available: number }>> = {};
  for (const it of items) {
    earned += it.points * it.weight;
    available += it.weight;
    quality = quality ? worstQuality(quality, it.quality) : it.quality;
    for (const d of new Set(it.guidelines.map(o.dimensionOf))) {
      if (!d) continue;
      const t = (dims[d] ??= { earned: 0, available: 0 });
      t.earned += it.points * it.weight;
      t.available += it.weight;
    }
  }
  const scored = items.length > 0;
  return buildStatement(record, o, {
    verb: entry.kind === 'continue' ? 'experienced' : 'answered',
    object: activity(iri.node(sid, entry.node), definition),
    id: statementId(record.attemptId, 'step', String(index)),
    at: entry.at,
    ...(entry.kind === 'continue'
      ? {}
      : {
          result: {
            response: responseOf(entry),
            ...(scored
              ? {
                  success: quality === 'best' || quality === 'acceptable',
                  score: {
                    raw: round4(earned),
                    min: 0,
                    max: available,
                    scaled: round4(available ? earned / available : 0),
                  },
                  extensions: {
                    [ext.quality]: quality,
                    [ext.points]: { earned: round4(earned), available },
                    [ext.critical]: items.some((i) => i.critical),
                    [ext.guidelines]: [...new Set(items.flatMap((i) => i.guidelines))],
                    [ext.dimensions]: dims,
                  },
                }
              : {}),
          },
        }),
    extensions: { [ext.step]: { index, entry } },
  });
}

function backStatement(
  record: AttemptRecord,
  o: StatementOptions,
  index: number,
  entry: Extract<LogEntry, { kind: 'back' }>,
): Statement {
  return buildStatement(record, o, {
    verb: 'interacted',
    object: activity(iri.back(record.scenario.id), {
      type: ACTIVITY_TYPES.interaction,
      name: { 'en-US': 'Step back (practice)', 'es-MX': 'Paso atrás (práctica)' },
    }),
    id: statementId(record.attemptId, 'step', String(index)),
    at: entry.at,
    extensions: { [ext.step]: { index, entry } },
  });
}

/** The xAPI response string of each kind of entry (cmi.interaction formats). */
export function responseOf(entry: StepEntry): string {
  switch (entry.kind) {
    case 'choose':
      return entry.choice;
    case 'continue':
      return '';
    case 'triage':
      return Object.entries(entry.tags)
        .map(([c, t]) => `${c}[.]${t}`)
        .join('[,]');
    case 'dispersion':
      return Object.entries(entry.placements)
        .map(([s, h]) => `${s}[.]${h}`)
        .join('[,]');
    case 'interview':
      return entry.questions.join('[,]');
  }
}

function interactionDefinition(o: StatementOptions, entry: StepEntry): ActivityDefinition {
  const s = o.scenario;
  const node = s.nodes[entry.node];
  const name = textMap(o, 'title');
  const description = textMap(o, textKeys.nodeText(entry.node));
  const base: ActivityDefinition = {
    type: ACTIVITY_TYPES.interaction,
    ...(name ? { name } : {}),
    ...(description ? { description } : {}),
  };
  const described = (id: string, key: string) => {
    const d = textMap(o, key);
    return d ? { id, description: d } : { id };
  };
  switch (node?.kind) {
    case 'decision':
      return {
        ...base,
        interactionType: 'choice',
        correctResponsesPattern: node.choices.filter((c) => c.quality === 'best').map((c) => c.id),
        choices: node.choices.map((c) => described(c.id, textKeys.choiceText(entry.node, c.id))),
      };
    case 'triage':
      return {
        ...base,
        interactionType: 'matching',
        source: node.casualties.map((c) => described(c, textKeys.casualtyLabel(c))),
        target: TRIAGE_TAGS.map((t) => ({ id: t })),
      };
    case 'dispersion':
      return {
        ...base,
        interactionType: 'matching',
        source: node.survivors.map((v) => described(v, textKeys.survivorLabel(v))),
        target: node.hospitals.map((h) => described(h, textKeys.hospitalLabel(h))),
      };
    case 'interview':
      return {
        ...base,
        interactionType: 'sequencing',
        choices: node.questions.map((q) => described(q, textKeys.questionText(q))),
      };
    default:
      return base;
  }
}
