/**
 * The compact log SCORM keeps in cmi.suspend_data (4,096 characters in 1.2, 64,000 in 2004): the
 * attempt's header and every log entry without its node (replay knows where each step was),
 * choice ids as they are, boards as letters or indexes in the node's own order, times as base-36
 * deltas. Deflate + base64 only when the plain form does not fit. `decodeSuspendData` replays it,
 * so what resumes is exactly what was saved.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { advance, initialState, type PlayState } from '../../engine/attempt/advance';
import type { LogEntry, StepEntry } from '../../engine/attempt/decision-log';
import { TRIAGE_TAGS } from '../../engine/schema/enums';
import type { Scenario, TriageTag } from '../../engine/schema/scenario';
import type { AttemptRecord } from '../../records/attempt-record';

export const SUSPEND_LIMIT = { '1.2': 4096, '2004': 64000 } as const;

type Compact = {
  v: 1;
  a: string;
  s: number;
  t: string;
  m: 'p' | 'a';
  f: 'i' | 'e';
  p: number;
  sv: number;
  h: string;
  g: string[];
  as?: [string, string?];
  e?: string;
  l: string[];
};

const TAG_LETTER: Record<TriageTag, string> = { green: 'g', yellow: 'y', red: 'r', black: 'b' };
const LETTER_TAG = Object.fromEntries(TRIAGE_TAGS.map((t) => [TAG_LETTER[t], t])) as Record<
  string,
  TriageTag
>;
const b36 = (n: number) => n.toString(36);

function encodeEntry(s: Scenario, entry: StepEntry): string {
  const node = s.nodes[entry.node];
  switch (entry.kind) {
    case 'choose':
      return `c${entry.choice}`;
    case 'continue':
      return 'n';
    case 'triage': {
      if (
        node?.kind !== 'triage' ||
        Object.keys(entry.tags).some((c) => !node.casualties.includes(c))
      )
        break;
      return `t${node.casualties.map((c) => (entry.tags[c] ? TAG_LETTER[entry.tags[c]] : '_')).join('')}`;
    }
    case 'dispersion': {
      if (
        node?.kind !== 'dispersion' ||
        Object.entries(entry.placements).some(
          ([v, h]) => !node.survivors.includes(v) || !node.hospitals.includes(h),
        )
      )
        break;
      const at = (v: string) => entry.placements[v];
      return `d${node.survivors.map((v) => (at(v) ? b36(node.hospitals.indexOf(at(v)!)) : '_')).join('.')}`;
    }
    case 'interview': {
      if (node?.kind !== 'interview' || entry.questions.some((q) => !node.questions.includes(q)))
        break;
      return `i${entry.questions.map((q) => b36(node.questions.indexOf(q))).join('.')}`;
    }
  }
  // Anything the short forms cannot say exactly is kept whole.
  const { at: _at, node: _node, ...rest } = entry;
  return `j${JSON.stringify(rest)}`;
}

function decodeEntry(s: Scenario, nodeId: string, code: string, at: number): StepEntry | undefined {
  const node = s.nodes[nodeId];
  const body = code.slice(1);
  switch (code[0]) {
    case 'c':
      return { kind: 'choose', node: nodeId, choice: body, at };
    case 'n':
      return { kind: 'continue', node: nodeId, at };
    case 't': {
      if (node?.kind !== 'triage') return undefined;
      const tags: Record<string, TriageTag> = {};
      node.casualties.forEach((c, i) => {
        const tag = LETTER_TAG[body[i] ?? '_'];
        if (tag) tags[c] = tag;
      });
      return { kind: 'triage', node: nodeId, tags, at };
    }
    case 'd': {
      if (node?.kind !== 'dispersion') return undefined;
      const placements: Record<string, string> = {};
      body.split('.').forEach((h, i) => {
        const hospital = h === '_' ? undefined : node.hospitals[parseInt(h, 36)];
        if (hospital && node.survivors[i]) placements[node.survivors[i]] = hospital;
      });
      return { kind: 'dispersion', node: nodeId, placements, at };
    }
    case 'i': {
      if (node?.kind !== 'interview') return undefined;
      const questions = body ? body.split('.').map((q) => node.questions[parseInt(q, 36)]!) : [];
      return { kind: 'interview', node: nodeId, questions, at };
    }
    case 'j':
      return { ...(JSON.parse(body) as object), node: nodeId, at } as StepEntry;
  }
  return undefined;
}

/** The record as suspend_data, within `limit` characters (plain, or deflated when needed). */
export function encodeSuspendData(
  record: AttemptRecord,
  s: Scenario,
  limit: number,
  { compress = false }: { compress?: boolean } = {},
): string {
  let last = Date.parse(record.startedAt);
  const l = record.log.map((e) => {
    const dt = b36(Math.max(0, e.at - last));
    last = e.at;
    return `${dt}:${e.kind === 'back' ? 'b' : encodeEntry(s, e)}`;
  });
  const c: Compact = {
    v: 1,
    a: record.attemptId,
    s: record.seed,
    t: record.startedAt,
    m: record.mode === 'practice' ? 'p' : 'a',
    f: record.feedback === 'immediate' ? 'i' : 'e',
    p: record.passMark,
    sv: record.scenario.version,
    h: record.scenario.hash,
    g: record.languages,
    ...(record.assignment
      ? {
          as: [
            record.assignment.id,
            ...(record.assignment.cohort ? [record.assignment.cohort] : []),
          ] as [string, string?],
        }
      : {}),
    ...(record.endedAt ? { e: record.endedAt } : {}),
    l,
  };
  const plain = JSON.stringify(c);
  if (plain.length <= limit && !compress) return plain;
  const packed = `z:${base64(deflateSync(strToU8(plain), { level: 9 }))}`;
  if (packed.length > limit)
    throw new Error(
      `suspend data is ${packed.length} characters compressed, over the limit of ${limit}`,
    );
  return packed;
}

export type DecodedSuspend =
  | { ok: true; record: AttemptRecord }
  | { ok: false; reason: 'unreadable' | 'other-module' | 'does-not-fit' };

/** suspend_data → the record, for this learner and module; checks it replays. */
export function decodeSuspendData(
  text: string,
  s: Scenario,
  learner: AttemptRecord['learner'],
): DecodedSuspend {
  let c: Compact;
  try {
    c = JSON.parse(
      text.startsWith('z:') ? strFromU8(inflateSync(unbase64(text.slice(2)))) : text,
    ) as Compact;
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (c?.v !== 1 || !Array.isArray(c.l)) return { ok: false, reason: 'unreadable' };
  if (c.sv !== s.version) return { ok: false, reason: 'other-module' };
  const stack: PlayState[] = [initialState(s)];
  const log: LogEntry[] = [];
  let at = Date.parse(c.t);
  for (const item of c.l) {
    const colon = item.indexOf(':');
    at += parseInt(item.slice(0, colon), 36);
    const code = item.slice(colon + 1);
    if (code === 'b') {
      if (stack.length > 1) stack.pop();
      log.push({ kind: 'back', at });
      continue;
    }
    const state = stack[stack.length - 1]!;
    const entry = decodeEntry(s, state.node, code, at);
    const r = entry && advance(s, state, entry);
    if (!entry || !r?.ok) return { ok: false, reason: 'does-not-fit' };
    stack.push(r.state);
    log.push(entry);
  }
  return {
    ok: true,
    record: {
      recordVersion: 2,
      attemptId: c.a,
      learner,
      mode: c.m === 'p' ? 'practice' : 'assessed',
      feedback: c.f === 'i' ? 'immediate' : 'end',
      ...(c.as ? { assignment: { id: c.as[0], ...(c.as[1] ? { cohort: c.as[1] } : {}) } } : {}),
      languages: c.g as AttemptRecord['languages'],
      passMark: c.p,
      scenario: { id: s.id, version: c.sv, hash: c.h },
      seed: c.s,
      startedAt: c.t,
      ...(c.e ? { endedAt: c.e } : {}),
      log,
    },
  };
}

function base64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
function unbase64(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
