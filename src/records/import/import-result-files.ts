/**
 * The result-file import core (DESIGN §5, §8.7): bytes in, per-file and per-attempt outcomes out.
 * Pure and synchronous, so the worker (src/content/import-worker.ts), Node scripts and tests run the
 * same code. Each attempt stands alone: one bad attempt is listed with its reason and the rest of
 * the file still counts (review L2). Scores are recomputed from the log with the module's pass
 * mark; a claimed score is kept only to flag that it differs. Nothing throws: an unexpected error
 * becomes an `internal-error` outcome for the file or attempt it happened in.
 */
import { canonicalJson } from '../../engine/attempt/structure-hash';
import { scoreAttempt } from '../../engine/scoring/score-attempt';
import { MIN_RECORD_VERSION, RECORD_VERSION, type AttemptRecord } from '../attempt-record';
import type { AttemptSummary, ResultSource } from '../attempt-summary';
import { RESULT_FILE_KIND } from '../result-file';
import { checkAttempt, checkVersion, shown } from './check-attempt';
import { decodeResultText } from './decode-result-text';
import { jsonErrorOffset } from './json-error-offset';
import type { AttemptRefusal, FileRefusal } from './import-reasons';
import type { ScenarioCatalogue } from './scenario-catalogue';
import { summarizeBulk } from './summarize-attempt';

export type ImportInput = { name: string; data: Uint8Array | string };

/** Where an attempt sits: the file's position in the import and the attempt's in the file. */
export type AttemptPlace = { file: number; index: number };

/**
 * `identical`: the same attempt twice. `earlier-copy`: this copy's log is a prefix of the counted
 * one's (exported mid-way, then again at the end); the longer copy counts. `conflicting`: same id,
 * different logs; the first counts. `already-loaded`: the id was in `knownAttemptIds`.
 */
export type DuplicateRelation = 'identical' | 'earlier-copy' | 'conflicting' | 'already-loaded';

export type AttemptOutcome =
  | { kind: 'accepted'; index: number; record: AttemptRecord; summary: AttemptSummary }
  | { kind: 'refused'; index: number; attemptId?: string; reason: AttemptRefusal }
  | {
      kind: 'duplicate';
      index: number;
      attemptId: string;
      relation: DuplicateRelation;
      /** The copy that counts; absent when it was loaded before this import. */
      counted?: AttemptPlace;
    };

export type FileOutcome =
  | { kind: 'refused'; name: string; bytes: number; reason: FileRefusal }
  | { kind: 'read'; name: string; bytes: number; attempts: AttemptOutcome[] };

export type ImportTotals = {
  files: number;
  filesRefused: number;
  attempts: number;
  accepted: number;
  refused: number;
  duplicates: number;
};

export type ImportReport = { files: FileOutcome[]; totals: ImportTotals };

export type ImportProgress = {
  file: number;
  fileCount: number;
  /** Attempts done and found in the current file (0 of 0 while it is being read). */
  attemptsDone: number;
  attemptsInFile: number;
};

export type ImportOptions = {
  source?: ResultSource;
  /** Attempt ids loaded before (a cohort that grows): reported as duplicates, not counted again. */
  knownAttemptIds?: Iterable<string>;
  /** The pass mark of each assignment the instructor knows; otherwise the module's own applies. */
  assignmentPassMarks?: Readonly<Record<string, number>>;
  /** How many files the whole import has, for progress. */
  fileCount?: number;
  onProgress?: (p: ImportProgress) => void;
  /** Attempts between progress calls. */
  progressEvery?: number;
};

/** Every accepted attempt of a report, in file order. */
export function acceptedAttempts(report: ImportReport) {
  return report.files.flatMap((f) =>
    f.kind === 'read' ? f.attempts.filter((a) => a.kind === 'accepted') : [],
  );
}

/** Files in, report out: `createResultImport` run over all of them. */
export function importResultFiles(
  inputs: readonly ImportInput[],
  catalogue: ScenarioCatalogue,
  options: ImportOptions = {},
): ImportReport {
  const run = createResultImport(catalogue, { ...options, fileCount: inputs.length });
  for (const input of inputs) run.addFile(input);
  return run.report();
}

type StepProblem = Extract<AttemptRefusal, { code: 'log-does-not-fit' }>['problem'];

type Counted = { place: AttemptPlace; outcome: AttemptOutcome & { kind: 'accepted' } };

/**
 * An import that takes one file at a time, so a caller can report progress or stop between files.
 * Duplicates are detected across all files added.
 */
export function createResultImport(catalogue: ScenarioCatalogue, options: ImportOptions = {}) {
  const files: FileOutcome[] = [];
  const counted = new Map<string, Counted>();
  const known = new Set(options.knownAttemptIds ?? []);
  const source = options.source ?? 'result-file';
  const every = options.progressEvery ?? 200;

  const readFile = (input: ImportInput, fileIndex: number): FileOutcome => {
    const bytes = typeof input.data === 'string' ? input.data.length : input.data.byteLength;
    const refuse = (reason: FileRefusal): FileOutcome => ({
      kind: 'refused',
      name: input.name,
      bytes,
      reason,
    });
    let text: string;
    if (typeof input.data === 'string') text = input.data.replace(/^\uFEFF/, '');
    else {
      const decoded = decodeResultText(input.data);
      if (!decoded.ok) return refuse(decoded.reason);
      text = decoded.text;
    }
    if (text.trim() === '') return refuse({ code: 'empty-file' });
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return refuse(jsonRefusal(text));
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
      return refuse({ code: 'not-result-file' });
    const kind = (raw as { kind?: unknown }).kind;
    if (kind !== RESULT_FILE_KIND)
      return refuse({
        code: 'not-result-file',
        ...(typeof kind === 'string' && kind.length <= 40 ? { found: kind } : {}),
      });
    const found = (raw as { recordVersion?: unknown }).recordVersion;
    const v = checkVersion(found);
    if (!v.ok)
      return refuse(
        v.kind === 'missing'
          ? { code: 'file-version-missing' }
          : v.kind === 'invalid'
            ? { code: 'file-version-invalid', found: shown(found) }
            : v.kind === 'newer'
              ? { code: 'file-version-newer', found: found as number, supported: RECORD_VERSION }
              : { code: 'file-version-older', found: found as number, oldest: MIN_RECORD_VERSION },
      );
    const list = (raw as { attempts?: unknown }).attempts;
    if (!Array.isArray(list)) return refuse({ code: 'attempts-not-a-list' });
    if (list.length === 0) return refuse({ code: 'no-attempts' });
    const attempts: AttemptOutcome[] = [];
    const progress = (done: number) =>
      options.onProgress?.({
        file: fileIndex,
        fileCount: options.fileCount ?? fileIndex + 1,
        attemptsDone: done,
        attemptsInFile: list.length,
      });
    for (let index = 0; index < list.length; index++) {
      if (index % every === 0) progress(index);
      attempts.push(readAttempt(list[index], { file: fileIndex, index }));
    }
    progress(list.length);
    return { kind: 'read', name: input.name, bytes, attempts };
  };

  const readAttempt = (raw: unknown, place: AttemptPlace): AttemptOutcome => {
    const { index } = place;
    const id = (raw as { attemptId?: unknown } | null)?.attemptId;
    const attemptId = typeof id === 'string' && id.length <= 200 ? id : undefined;
    const refuse = (reason: AttemptRefusal): AttemptOutcome => ({
      kind: 'refused',
      index,
      ...(attemptId !== undefined ? { attemptId } : {}),
      reason,
    });
    try {
      const checked = checkAttempt(raw);
      if (!checked.ok) return refuse(checked.reason);
      const record = checked.record;
      if (known.has(record.attemptId))
        return {
          kind: 'duplicate',
          index,
          attemptId: record.attemptId,
          relation: 'already-loaded',
        };
      const first = counted.get(record.attemptId);
      const relation = first ? compareLogs(record, first.outcome.record) : undefined;
      const duplicate = (r: Exclude<DuplicateRelation, 'already-loaded'>): AttemptOutcome => ({
        kind: 'duplicate',
        index,
        attemptId: record.attemptId,
        relation: r,
        counted: first!.place,
      });
      // A copy the counted one already contains needs no scoring; any other must fit its module.
      if (relation === 'identical' || relation === 'earlier-copy') return duplicate(relation);
      const prepared = catalogue.get(record.scenario.id, record.scenario.version);
      if (!prepared) {
        const known = catalogue.versions(record.scenario.id);
        return refuse(
          known.length
            ? {
                code: 'unknown-version',
                scenarioId: record.scenario.id,
                version: record.scenario.version,
                known: [...known],
              }
            : { code: 'unknown-scenario', scenarioId: record.scenario.id },
        );
      }
      const passMark =
        (record.assignment && options.assignmentPassMarks?.[record.assignment.id]) ??
        prepared.passMark;
      const fast = prepared.bulk()(record.log, passMark, true);
      if (!fast.ok) {
        // The replay says why the log does not fit (rare: only for refused attempts).
        const full = scoreAttempt(prepared.scenario, record.log, {
          passMark,
          dimensionOf: catalogue.dimensionOf,
        });
        const step = effectiveStep(record, full.ok ? fast.atEntry : full.atEntry);
        return refuse({
          code: 'log-does-not-fit',
          entry: step.entry,
          problem: full.ok ? 'no-outcome' : (full.reason as StepProblem),
          ...(step.node !== undefined ? { node: step.node } : {}),
        });
      }
      if (relation === 'conflicting') return duplicate(relation);
      const outcome = {
        kind: 'accepted' as const,
        index,
        record,
        summary: summarizeBulk(record, fast, {
          source,
          passMark,
          hashMatches: prepared.hash === record.scenario.hash,
        }),
      };
      if (first) {
        // This copy extends the one counted so far: it counts, the earlier copy becomes the duplicate.
        demote(first, place);
      }
      counted.set(record.attemptId, { place, outcome });
      return outcome;
    } catch (e) {
      return refuse({ code: 'internal-error', message: String((e as Error)?.message ?? e) });
    }
  };

  const demote = (first: Counted, by: AttemptPlace) => {
    const f = files[first.place.file];
    if (f?.kind !== 'read') return; // the earlier copy is in the file being read: patched below
    f.attempts[first.place.index] = {
      kind: 'duplicate',
      index: first.place.index,
      attemptId: first.outcome.record.attemptId,
      relation: 'earlier-copy',
      counted: by,
    };
  };

  return {
    addFile(input: ImportInput): FileOutcome {
      const fileIndex = files.length;
      let outcome: FileOutcome;
      try {
        outcome = readFile(input, fileIndex);
      } catch (e) {
        outcome = {
          kind: 'refused',
          name: input.name,
          bytes: typeof input.data === 'string' ? input.data.length : input.data.byteLength,
          reason: { code: 'internal-error', message: String((e as Error)?.message ?? e) },
        };
      }
      if (outcome.kind === 'read') {
        // Earlier copies within this same file that a later copy in it superseded.
        for (const [i, a] of outcome.attempts.entries()) {
          if (a.kind !== 'accepted') continue;
          const c = counted.get(a.record.attemptId);
          if (c && (c.place.file !== fileIndex || c.place.index !== i))
            outcome.attempts[i] = {
              kind: 'duplicate',
              index: i,
              attemptId: a.record.attemptId,
              relation: 'earlier-copy',
              counted: c.place,
            };
        }
      }
      files.push(outcome);
      return outcome;
    },
    /** Records a file the caller could not read (its bytes never reached the core). */
    refuseFile(name: string, bytes: number, reason: FileRefusal): FileOutcome {
      const outcome: FileOutcome = { kind: 'refused', name, bytes, reason };
      files.push(outcome);
      return outcome;
    },
    report(): ImportReport {
      return { files, totals: totalsOf(files) };
    },
  };
}

/** How a second copy relates to the counted one; `longer` means it extends it and should count. */
function compareLogs(
  copy: AttemptRecord,
  counted: AttemptRecord,
): Exclude<DuplicateRelation, 'already-loaded'> | 'longer' {
  const a = copy.log.map(canonicalJson);
  const b = counted.log.map(canonicalJson);
  const sameHead = (n: number) => a.slice(0, n).every((x, i) => x === b[i]);
  if (a.length === b.length && sameHead(a.length))
    return canonicalJson(copy) === canonicalJson(counted) ? 'identical' : 'conflicting';
  if (a.length < b.length && sameHead(a.length)) return 'earlier-copy';
  if (a.length > b.length && sameHead(b.length)) return 'longer';
  return 'conflicting';
}

/** Replay counts steps after `back`s are applied; a person counts entries in the file. */
function effectiveStep(record: AttemptRecord, atStep: number): { entry: number; node?: string } {
  let kept: number[] = [];
  record.log.forEach((e, i) => {
    if (e.kind === 'back') kept = kept.slice(0, -1);
    else kept.push(i);
  });
  const i = kept[atStep] ?? record.log.length - 1;
  const e = record.log[i];
  return { entry: i + 1, ...(e && 'node' in e ? { node: e.node } : {}) };
}

function jsonRefusal(text: string): FileRefusal {
  const pos = jsonErrorOffset(text);
  if (pos >= text.length) return { code: 'not-json', truncated: true };
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { code: 'not-json', truncated: false, line, column: pos - lineStart + 1 };
}

function totalsOf(files: readonly FileOutcome[]): ImportTotals {
  const t: ImportTotals = {
    files: files.length,
    filesRefused: 0,
    attempts: 0,
    accepted: 0,
    refused: 0,
    duplicates: 0,
  };
  for (const f of files) {
    if (f.kind === 'refused') {
      t.filesRefused++;
      continue;
    }
    for (const a of f.attempts) {
      t.attempts++;
      if (a.kind === 'accepted') t.accepted++;
      else if (a.kind === 'refused') t.refused++;
      else t.duplicates++;
    }
  }
  return t;
}
