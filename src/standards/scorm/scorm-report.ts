/**
 * What the LMS is told, as SCORM data-model writes (anchors §d3): one interaction per step with a
 * response (id, type, learner response, result, description in 2004, time, latency), the location,
 * the suspend data, and at the end score, completion and success as the app judged them
 * (critical errors fail; the manifest carries no mastery score).
 */
import { advance, initialState, type PlayState } from '../../engine/attempt/advance';
import { scoreState, type ScoreOptions } from '../../engine/scoring/score-attempt';
import { worstQuality } from '../../engine/scoring/scored-item';
import type { Scenario } from '../../engine/schema/scenario';
import type { AttemptRecord } from '../../records/attempt-record';
import { responseOf } from '../xapi/attempt-statements';
import { encodeSuspendData, SUSPEND_LIMIT } from './suspend-data';

export type ScormVersion = '1.2' | '2004';
export type Write = [key: string, value: string];

/** Seconds as SCORM 1.2 CMITimespan, HHHH:MM:SS.SS. */
export function scorm12Time(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}
export const scorm2004Time = (ms: number) => `PT${Math.max(0, Math.round(ms / 10) / 100)}S`;
const isoTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '');

/** Interactions for log entries `from`… (1.2 interactions are write-only: each is written once). */
export function interactionWrites(
  version: ScormVersion,
  record: AttemptRecord,
  s: Scenario,
  from: number,
  texts?: (key: string) => string | undefined,
): Write[] {
  const writes: Write[] = [];
  const stack: PlayState[] = [initialState(s)];
  let n = 0;
  let previousAt = Date.parse(record.startedAt);
  for (const [index, entry] of record.log.entries()) {
    if (entry.kind === 'back') {
      if (stack.length > 1) stack.pop();
      previousAt = entry.at;
      continue;
    }
    const r = advance(s, stack[stack.length - 1]!, entry);
    if (!r.ok) break;
    stack.push(r.state);
    const latency = entry.at - previousAt;
    previousAt = entry.at;
    if (entry.kind === 'continue' || !r.step.items.length) continue;
    const i = n++;
    if (index < from) continue;
    const quality = r.step.items.map((it) => it.quality).reduce(worstQuality);
    const good = quality === 'best';
    const neutral = quality === 'acceptable';
    const p = `cmi.interactions.${i}.`;
    const type =
      entry.kind === 'choose' ? 'choice' : entry.kind === 'interview' ? 'sequencing' : 'matching';
    if (version === '1.2')
      writes.push(
        [`${p}id`, entry.node],
        [`${p}type`, type],
        [
          `${p}student_response`,
          responseOf(entry).replaceAll('[,]', ',').replaceAll('[.]', '.').slice(0, 255),
        ],
        [`${p}result`, good ? 'correct' : neutral ? 'neutral' : 'wrong'],
        [`${p}time`, new Date(entry.at).toISOString().slice(11, 19)],
        [`${p}latency`, scorm12Time(latency)],
      );
    else {
      const description = texts?.(`nodes.${entry.node}.text`);
      writes.push(
        [`${p}id`, entry.node],
        [`${p}type`, type],
        [`${p}timestamp`, isoTime(entry.at)],
        [`${p}learner_response`, responseOf(entry)],
        [`${p}result`, good ? 'correct' : neutral ? 'neutral' : 'incorrect'],
        [`${p}latency`, scorm2004Time(latency)],
        ...(description ? ([[`${p}description`, description.slice(0, 250)]] as Write[]) : []),
      );
    }
  }
  return writes;
}

/** How many interactions a log makes (the next index to write). */
export function interactionCount(record: AttemptRecord, s: Scenario): number {
  return interactionWrites('2004', record, s, 0).filter(([k]) => k.endsWith('.id')).length;
}

/** Location, suspend data, and status (incomplete, or the verdict with the score once ended). */
export function progressWrites(
  version: ScormVersion,
  record: AttemptRecord,
  s: Scenario,
  opts: ScoreOptions,
  state: PlayState,
): Write[] {
  const suspend = encodeSuspendData(record, s, SUSPEND_LIMIT[version]);
  const location = state.node.slice(0, 255);
  if (!state.ended)
    return version === '1.2'
      ? [
          ['cmi.core.lesson_location', location],
          ['cmi.suspend_data', suspend],
          ['cmi.core.lesson_status', 'incomplete'],
          ['cmi.core.exit', 'suspend'],
        ]
      : [
          ['cmi.location', location],
          ['cmi.suspend_data', suspend],
          ['cmi.completion_status', 'incomplete'],
          ['cmi.exit', 'suspend'],
        ];
  const score = scoreState(s, state, opts);
  const pct = Math.round(score.score * 100);
  return version === '1.2'
    ? [
        ['cmi.core.lesson_location', location],
        ['cmi.suspend_data', suspend],
        ['cmi.core.score.min', '0'],
        ['cmi.core.score.max', '100'],
        ['cmi.core.score.raw', String(pct)],
        ['cmi.core.lesson_status', score.passed ? 'passed' : 'failed'],
        ['cmi.core.exit', ''],
      ]
    : [
        ['cmi.location', location],
        ['cmi.suspend_data', suspend],
        ['cmi.score.min', '0'],
        ['cmi.score.max', '100'],
        ['cmi.score.raw', String(pct)],
        ['cmi.score.scaled', String(Math.round(score.score * 10000) / 10000)],
        ['cmi.completion_status', 'completed'],
        ['cmi.success_status', score.passed ? 'passed' : 'failed'],
        ['cmi.progress_measure', '1'],
        ['cmi.exit', 'normal'],
      ];
}
