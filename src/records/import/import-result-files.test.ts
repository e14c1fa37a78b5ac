import { describe, expect, it } from 'vitest';
import { advance, initialState } from '../../engine/attempt/advance';
import type { StepEntry } from '../../engine/attempt/decision-log';
import { bestResponse } from '../../engine/attempt/responses';
import { structureHash } from '../../engine/attempt/structure-hash';
import type { Scenario } from '../../engine/schema/scenario';
import { scoreAttempt } from '../../engine/scoring/score-attempt';
import { diskCatalogue } from '../../../scripts/lib/disk-catalogue';
import type { AttemptRecord } from '../attempt-record';
import { buildResultFile } from '../result-file';
import {
  acceptedAttempts,
  importResultFiles,
  type AttemptOutcome,
  type FileOutcome,
  type ImportProgress,
} from './import-result-files';

const catalogue = diskCatalogue();
const scenario = catalogue.get('sample-first-hour', 1)!.scenario;

function bestLog(s: Scenario): StepEntry[] {
  const log: StepEntry[] = [];
  let st = initialState(s);
  while (!st.ended) {
    const e = bestResponse(s, st, log.length * 1000)!;
    const r = advance(s, st, e);
    if (!r.ok) throw new Error(r.error.kind);
    log.push(e);
    st = r.state;
  }
  return log;
}

const attempt = (over: Partial<AttemptRecord> = {}): AttemptRecord => ({
  recordVersion: 2,
  attemptId: 'a-1',
  learner: { id: 'learner-1', pseudonym: 'Garza', role: 'prosecutor' },
  mode: 'assessed',
  feedback: 'end',
  assignment: { id: 'asg-1', cohort: 'Reynosa 2026' },
  languages: ['es-MX'],
  passMark: 0.8,
  scenario: { id: scenario.id, version: scenario.version, hash: structureHash(scenario) },
  seed: 3,
  startedAt: '2026-11-27T10:00:00.000Z',
  endedAt: '2026-11-27T10:20:00.000Z',
  log: bestLog(scenario),
  ...over,
});

const fileOf = (attempts: unknown[], over: Record<string, unknown> = {}) =>
  JSON.stringify({ ...buildResultFile([], '2026-11-27T12:00:00.000Z'), attempts, ...over });
const bytes = (s: string) => new TextEncoder().encode(s);
const one = (data: string | Uint8Array, name = 'f.json'): FileOutcome =>
  importResultFiles([{ name, data }], catalogue).files[0]!;
const fileReason = (data: string | Uint8Array) => {
  const f = one(data);
  return f.kind === 'refused' ? f.reason : undefined;
};
const attemptOutcomes = (attempts: unknown[]): AttemptOutcome[] => {
  const f = one(bytes(fileOf(attempts)));
  if (f.kind !== 'read') throw new Error(`file refused: ${JSON.stringify(f)}`);
  return f.attempts;
};
const attemptReason = (raw: unknown) => {
  const [a] = attemptOutcomes([raw]);
  return a?.kind === 'refused' ? a.reason : a;
};

describe('result-file import: files', () => {
  it('accepts a good file and recomputes the score exactly as the debrief does', () => {
    const r = importResultFiles(
      [{ name: 'good.json', data: bytes(fileOf([attempt()])) }],
      catalogue,
    );
    expect(r.totals).toEqual({
      files: 1,
      filesRefused: 0,
      attempts: 1,
      accepted: 1,
      refused: 0,
      duplicates: 0,
    });
    const [a] = acceptedAttempts(r);
    const full = scoreAttempt(scenario, attempt().log, {
      passMark: 0.8,
      dimensionOf: catalogue.dimensionOf,
    });
    expect(full.ok).toBe(true);
    if (!full.ok || !a) return;
    expect(a.summary.score).toBe(full.value.score);
    expect(a.summary.passed).toBe(true);
    expect(a.summary.criticalCount).toBe(0);
    expect(a.summary.items).toHaveLength(full.value.items.length - 1); // the ending is not an item
    expect(a.summary).toMatchObject({
      attemptId: 'a-1',
      learnerId: 'learner-1',
      assignmentId: 'asg-1',
      cohort: 'Reynosa 2026',
      source: 'result-file',
      ended: true,
      endingRating: 'good',
      hashMatches: true,
    });
    expect(a.summary).not.toHaveProperty('claimedScore');
  });

  it('names each file-level problem', () => {
    expect(fileReason(new Uint8Array())).toEqual({ code: 'empty-file' });
    expect(fileReason('   \n')).toEqual({ code: 'empty-file' });
    expect(fileReason(bytes('{"kind":"acompana.result",\n  "attempts": [}'))).toEqual({
      code: 'not-json',
      truncated: false,
      line: 2,
      column: 16,
    });
    expect(fileReason(bytes('{"kind":"acompana.result","attempts":['))).toMatchObject({
      code: 'not-json',
      truncated: true,
    });
    expect(fileReason(bytes('[1,2]'))).toEqual({ code: 'not-result-file' });
    expect(fileReason(bytes('{"kind":"h5p-report","score":1}'))).toEqual({
      code: 'not-result-file',
      found: 'h5p-report',
    });
    expect(fileReason(bytes(fileOf([attempt()], { recordVersion: undefined })))).toEqual({
      code: 'file-version-missing',
    });
    for (const [v, found] of [
      ['1', '"1"'],
      [null, 'null'],
      [1.5, '1.5'],
    ] as const)
      expect(fileReason(bytes(fileOf([attempt()], { recordVersion: v })))).toEqual({
        code: 'file-version-invalid',
        found,
      });
    expect(fileReason(bytes(fileOf([attempt()], { recordVersion: 99 })))).toEqual({
      code: 'file-version-newer',
      found: 99,
      supported: 2,
    });
    expect(fileReason(bytes(fileOf([attempt()], { recordVersion: 0 })))).toEqual({
      code: 'file-version-older',
      found: 0,
      oldest: 1,
    });
    expect(fileReason(bytes(fileOf([], { attempts: {} })))).toEqual({
      code: 'attempts-not-a-list',
    });
    expect(fileReason(bytes(fileOf([])))).toEqual({ code: 'no-attempts' });
  });

  it('detects a file that is not UTF-8 and says what it probably is', () => {
    const text = fileOf([attempt({ learner: { id: 'l', pseudonym: 'Peña', role: 'prosecutor' } })]);
    const latin1 = Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff));
    expect(fileReason(latin1)).toEqual({
      code: 'not-utf8',
      guess: 'latin-1',
      byteOffset: text.indexOf('ñ'),
    });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(fileReason(utf16)).toMatchObject({ code: 'not-utf8', guess: 'utf-16le' });
    const noBom = new Uint8Array([...'{"k'].flatMap((c) => [0, c.charCodeAt(0)]));
    expect(fileReason(noBom)).toMatchObject({ code: 'not-utf8', guess: 'utf-16be' });
    expect(fileReason(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x00]))).toMatchObject({
      code: 'not-utf8',
      guess: 'binary',
    });
    // The byte-order mark some editors add to UTF-8 is fine.
    expect(one(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)])).kind).toBe('read');
  });
});

describe('result-file import: attempts', () => {
  it('counts the good attempts of a file and lists the bad one with its reason', () => {
    const outcomes = attemptOutcomes([
      attempt({ attemptId: 'ok-1' }),
      { ...attempt({ attemptId: 'bad' }), seed: 'x' },
      attempt({ attemptId: 'ok-2' }),
    ]);
    expect(outcomes.map((o) => o.kind)).toEqual(['accepted', 'refused', 'accepted']);
    expect(outcomes[1]).toEqual({
      kind: 'refused',
      index: 1,
      attemptId: 'bad',
      reason: { code: 'invalid-field', path: 'seed', problem: 'wrong-type', expected: 'number' },
    });
  });

  it('names each attempt-level problem precisely', () => {
    const a = attempt();
    expect(attemptReason('text')).toEqual({ code: 'not-an-object' });
    expect(attemptReason({ ...a, recordVersion: undefined })).toEqual({
      code: 'record-version-missing',
    });
    expect(attemptReason({ ...a, recordVersion: '1' })).toEqual({
      code: 'record-version-invalid',
      found: '"1"',
    });
    expect(attemptReason({ ...a, recordVersion: 1.5 })).toEqual({
      code: 'record-version-invalid',
      found: '1.5',
    });
    expect(attemptReason({ ...a, recordVersion: 9 })).toEqual({
      code: 'record-version-newer',
      found: 9,
      supported: 2,
    });
    expect(attemptReason({ ...a, recordVersion: 0 })).toEqual({
      code: 'record-version-older',
      found: 0,
      oldest: 1,
    });
    const field = (over: object) => attemptReason({ ...a, ...over });
    expect(field({ attemptId: undefined })).toMatchObject({
      path: 'attemptId',
      problem: 'missing',
    });
    expect(field({ attemptId: '' })).toMatchObject({ path: 'attemptId', problem: 'empty' });
    expect(field({ seed: 1.5 })).toMatchObject({ path: 'seed', problem: 'not-whole-number' });
    expect(field({ passMark: 2 })).toMatchObject({
      path: 'passMark',
      problem: 'too-large',
      expected: '1',
    });
    expect(field({ passMark: -1 })).toMatchObject({ problem: 'too-small', expected: '0' });
    expect(field({ mode: 'exam' })).toMatchObject({
      path: 'mode',
      problem: 'not-allowed',
      expected: 'practice, assessed',
    });
    expect(field({ log: [{ kind: 'jump', node: 'x', at: 0 }] })).toMatchObject({
      code: 'invalid-field',
      path: 'log.0.kind',
      problem: 'unknown-entry-kind',
    });
    expect(field({ startedAt: 'yesterday' })).toEqual({
      code: 'invalid-field',
      path: 'startedAt',
      problem: 'not-a-date',
    });
    expect(field({ startedAt: '' })).toMatchObject({ path: 'startedAt', problem: 'empty' });
    expect(
      field({ mode: 'assessed', log: [...a.log.slice(0, 2), { kind: 'back', at: 0 }] }),
    ).toEqual({ code: 'back-in-assessed', entry: 3 });
    expect(field({ scenario: { ...a.scenario, id: 'no-such-module' } })).toEqual({
      code: 'unknown-scenario',
      scenarioId: 'no-such-module',
    });
    expect(field({ scenario: { ...a.scenario, version: 9 } })).toEqual({
      code: 'unknown-version',
      scenarioId: scenario.id,
      version: 9,
      known: catalogue.versions(scenario.id),
    });
    const log = [...a.log];
    const node = (log[2] as { node: string }).node;
    log[2] = { kind: 'choose', node, choice: 'not-a-choice', at: 0 };
    expect(field({ log })).toEqual({
      code: 'log-does-not-fit',
      entry: 3,
      problem: 'unknown-choice',
      node,
    });
  });

  it('counts a log entry as the file does, steps back included', () => {
    const a = attempt({ mode: 'practice', feedback: 'immediate' });
    const log = [a.log[0]!, { kind: 'back' as const, at: 0 }, a.log[0]!, a.log[0]!];
    expect(attemptReason({ ...a, log })).toMatchObject({ code: 'log-does-not-fit', entry: 4 });
  });

  it('ignores a forged score and a forged pass mark: the module’s pass mark applies', () => {
    const forged = attempt({
      passMark: 0,
      log: [{ kind: 'choose', node: 'arrival', choice: 'line-up-for-id', at: 1 }],
      claimed: { score: 1, passed: true },
    });
    const [o] = attemptOutcomes([forged]);
    expect(o?.kind).toBe('accepted');
    if (o?.kind !== 'accepted') return;
    expect(o.summary).toMatchObject({ score: 0, passed: false, criticalCount: 1, claimedScore: 1 });
    expect(o.summary.passMark).toBe(catalogue.get(scenario.id, 1)!.passMark);
  });

  it('uses the pass mark of an assignment the instructor gives', () => {
    const r = importResultFiles([{ name: 'f', data: fileOf([attempt()]) }], catalogue, {
      assignmentPassMarks: { 'asg-1': 0.95 },
    });
    expect(acceptedAttempts(r)[0]?.summary.passMark).toBe(0.95);
  });

  it('flags a record whose scenario hash differs from the module it was scored against', () => {
    const [o] = attemptOutcomes([attempt({ scenario: { ...attempt().scenario, hash: 'old' } })]);
    expect(o?.kind === 'accepted' && o.summary.hashMatches).toBe(false);
  });

  it('reports duplicates within and across files, and counts the longer copy', () => {
    const full = attempt({ attemptId: 'd' });
    const partial = { ...full, log: full.log.slice(0, 3), endedAt: undefined };
    const other = attempt({ attemptId: 'd', log: [full.log[0]!] });
    const r = importResultFiles(
      [
        { name: 'a.json', data: fileOf([full, full]) },
        { name: 'b.json', data: fileOf([partial, attempt({ attemptId: 'e' })]) },
        { name: 'c.json', data: fileOf([{ ...other, log: [...other.log, other.log[0]!] }]) },
      ],
      catalogue,
    );
    expect(r.totals).toMatchObject({ attempts: 5, accepted: 2, duplicates: 2, refused: 1 });
    const [a, b] = r.files as Extract<FileOutcome, { kind: 'read' }>[];
    expect(a!.attempts[1]).toEqual({
      kind: 'duplicate',
      index: 1,
      attemptId: 'd',
      relation: 'identical',
      counted: { file: 0, index: 0 },
    });
    expect(b!.attempts[0]).toMatchObject({ kind: 'duplicate', relation: 'earlier-copy' });

    const grows = importResultFiles(
      [
        { name: 'early.json', data: fileOf([partial]) },
        { name: 'late.json', data: fileOf([full]) },
      ],
      catalogue,
    );
    expect(grows.files[0]).toMatchObject({
      attempts: [{ kind: 'duplicate', relation: 'earlier-copy', counted: { file: 1, index: 0 } }],
    });
    expect(acceptedAttempts(grows).map((x) => x.summary.ended)).toEqual([true]);

    const conflict = importResultFiles(
      [
        {
          name: 'x',
          data: fileOf([
            full,
            attempt({
              attemptId: 'd',
              log: [{ kind: 'choose', node: 'arrival', choice: 'line-up-for-id', at: 1 }],
            }),
          ]),
        },
      ],
      catalogue,
    );
    expect(conflict.files[0]).toMatchObject({
      attempts: [{ kind: 'accepted' }, { kind: 'duplicate', relation: 'conflicting' }],
    });

    const again = importResultFiles([{ name: 'x', data: fileOf([full]) }], catalogue, {
      knownAttemptIds: ['d'],
    });
    expect(again.files[0]).toMatchObject({
      attempts: [{ kind: 'duplicate', relation: 'already-loaded' }],
    });
  });

  it('reports progress through a big file and never throws on hostile input', () => {
    const seen: ImportProgress[] = [];
    const many = Array.from({ length: 450 }, (_, i) => attempt({ attemptId: `m-${i}` }));
    importResultFiles([{ name: 'big', data: fileOf(many) }], catalogue, {
      onProgress: (p) => seen.push(p),
    });
    expect(seen.map((p) => p.attemptsDone)).toEqual([0, 200, 400, 450]);
    expect(seen.every((p) => p.attemptsInFile === 450 && p.fileCount === 1)).toBe(true);

    const hostile = [
      '{"kind":"acompana.result","recordVersion":2,"attempts":[{"__proto__":{"x":1}}]}',
      `{"kind":"acompana.result","recordVersion":2,"attempts":[${'['.repeat(50_000)}${']'.repeat(50_000)}]}`,
      fileOf([
        { ...attempt(), log: [{ kind: 'triage', node: 'x', tags: { constructor: 'red' }, at: 0 }] },
      ]),
    ];
    for (const h of hostile) expect(() => one(h)).not.toThrow();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('result-file import: the fast path', () => {
  it('summarizes exactly as the debrief’s scoring does (demo attempts: steps back, unfinished)', async () => {
    const { demoAttempts } = await import('../demo/demo-cohort');
    const { summarizeAttempt } = await import('./summarize-attempt');
    const records = [
      ...demoAttempts(
        { modules: catalogue.latest(), dimensionOf: catalogue.dimensionOf, seed: 5 },
        400,
      ),
    ];
    const report = importResultFiles([{ name: 'demo', data: fileOf(records) }], catalogue);
    const accepted = acceptedAttempts(report);
    expect(accepted).toHaveLength(400);
    for (const a of accepted) {
      const prepared = catalogue.get(a.record.scenario.id, a.record.scenario.version)!;
      const full = scoreAttempt(prepared.scenario, a.record.log, {
        passMark: prepared.passMark,
        dimensionOf: catalogue.dimensionOf,
      });
      if (!full.ok) throw new Error('demo attempts fit');
      expect(a.summary).toEqual(
        summarizeAttempt(a.record, full.value, { source: 'result-file', hashMatches: true }),
      );
    }
  });
});
