/**
 * A cohort's state: the stored attempts, re-scored from their logs by the import pipeline each
 * time the view opens (in its worker), the aggregate (in the aggregation worker when the cohort is
 * large), adding files with progress, removing and bringing back trainees. For `#/cohort/<id>`
 * the assignment saved on this device gives the modules expected, the due date and the pass mark.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CohortAggregate } from '../../../analytics/aggregate-cohort';
import {
  createCohortAggregator,
  type CohortAggregator,
} from '../../../analytics/cohort-aggregator';
import { startImport, type ImportSource } from '../../../content/import-client';
import { dueEnd, type Assignment } from '../../../records/assignment';
import { sharedAssignmentStore } from '../../../records/assignment-store';
import { buildResultFile } from '../../../records/result-file';
import { sortReport, type CohortRefusal, type CountedAttempt } from './cohort-refusal';
import { emptyCohort, openCohortStore, type CohortKey, type StoredCohort } from './cohort-store';

export type CohortState =
  | { phase: 'opening' }
  | { phase: 'failed'; detail: string }
  | {
      phase: 'ready' | 'reading';
      stored: StoredCohort;
      counted: CountedAttempt[];
      /** Refusals when the files were added, and any found on re-scoring them now. */
      refused: CohortRefusal[];
      aggregate?: CohortAggregate;
      progress?: { done: number; total: number };
      lastAdded?: { files: number; counted: number; refused: number };
    };

async function importFiles(
  files: readonly ImportSource[],
  assignment: Assignment | undefined,
  known: readonly string[],
  onProgress: (done: number, total: number) => void,
  positionOf?: (file: string, attemptId: string, index: number) => number,
) {
  const job = startImport(files, {
    knownAttemptIds: known,
    source: 'result-file',
    ...(assignment ? { assignmentPassMarks: { [assignment.id]: assignment.passMark } } : {}),
    onProgress: (p) => onProgress(p.filesDone, p.fileCount),
  });
  const r = await job.result;
  if (r.kind !== 'done') throw new Error(r.kind === 'failed' ? r.message : 'cancelled');
  return sortReport(r.report, assignment?.id, positionOf);
}

export function useCohort(assignmentId: string | undefined) {
  const key: CohortKey = assignmentId ?? 'loose';
  const [state, setState] = useState<CohortState>({ phase: 'opening' });
  const [assignment, setAssignment] = useState<Assignment>();
  const aggregator = useRef<CohortAggregator | undefined>(undefined);
  // The latest state for the async actions below (they outlive the render that started them).
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);

  /** Recomputes the figures for the counted attempts, leaving out removed trainees. */
  const refresh = useCallback(
    async (
      stored: StoredCohort,
      counted: CountedAttempt[],
      reload: boolean,
      a: Assignment | undefined,
    ) => {
      const agg = (aggregator.current ??= createCohortAggregator());
      if (reload) await agg.load(counted.map((c) => c.summary));
      return agg.aggregate({
        filter: { excludeLearners: stored.removedLearners },
        now: Date.now(),
        ...(a ? { modules: a.modules } : {}),
        ...(a?.due ? { dueAt: dueEnd(a.due).getTime() } : {}),
      });
    },
    [],
  );

  useEffect(() => {
    let live = true;
    (async () => {
      const a = assignmentId
        ? (await (await sharedAssignmentStore()).get(assignmentId))?.current
        : undefined;
      const store = await openCohortStore();
      const stored = (await store.get(key)) ?? emptyCohort(key);
      store.close();
      // Re-score what was stored, one input per original file, keeping each attempt's place.
      const byFile = new Map<string, StoredCohort['attempts']>();
      for (const x of stored.attempts) byFile.set(x.file, [...(byFile.get(x.file) ?? []), x]);
      const place = new Map(
        stored.attempts.map((x) => [`${x.file}\n${x.record.attemptId}`, x.attempt]),
      );
      const inputs = [...byFile].map(([name, xs]) => ({
        name,
        data: JSON.stringify(
          buildResultFile(
            xs.map((x) => x.record),
            stored.updatedAt,
          ),
        ),
      }));
      const { counted, refused } = inputs.length
        ? await importFiles(
            inputs,
            a,
            [],
            () => {},
            (f, id, i) => place.get(`${f}\n${id}`) ?? i + 1,
          )
        : { counted: [], refused: [] };
      const aggregate = await refresh(stored, counted, true, a);
      if (!live) return;
      setAssignment(a);
      setState({
        phase: 'ready',
        stored,
        counted,
        refused: [...stored.refused, ...refused],
        aggregate,
      });
    })().catch((e: unknown) => live && setState({ phase: 'failed', detail: String(e) }));
    return () => {
      live = false;
    };
  }, [key, assignmentId, refresh]);

  useEffect(() => () => aggregator.current?.dispose(), []);

  const save = async (stored: StoredCohort) => {
    const store = await openCohortStore();
    await store.put(stored);
    store.close();
  };

  const addFiles = async (files: readonly ImportSource[]) => {
    const s = stateRef.current;
    if (s.phase !== 'ready' || !files.length) return;
    setState({ ...s, phase: 'reading', progress: { done: 0, total: files.length } });
    const { counted, refused } = await importFiles(
      files,
      assignment,
      s.counted.map((c) => c.record.attemptId),
      (done, total) => setState({ ...s, phase: 'reading', progress: { done, total } }),
    );
    const stored: StoredCohort = {
      ...s.stored,
      updatedAt: new Date().toISOString(),
      attempts: [
        ...s.stored.attempts,
        ...counted.map((c) => ({ file: c.file, attempt: c.attempt, record: c.record })),
      ],
      refused: [...s.stored.refused, ...refused],
    };
    await save(stored);
    const all = [...s.counted, ...counted];
    const aggregate = await refresh(stored, all, true, assignment);
    setState({
      phase: 'ready',
      stored,
      counted: all,
      refused: [...s.refused, ...refused],
      aggregate,
      lastAdded: { files: files.length, counted: counted.length, refused: refused.length },
    });
  };

  const setRemoved = async (learnerId: string, removed: boolean) => {
    const s = stateRef.current;
    if (s.phase !== 'ready') return;
    const others = s.stored.removedLearners.filter((l) => l !== learnerId);
    const stored = { ...s.stored, removedLearners: removed ? [...others, learnerId] : others };
    await save(stored);
    setState({ ...s, stored, aggregate: await refresh(stored, s.counted, false, assignment) });
  };

  const clear = async () => {
    const s = stateRef.current;
    if (s.phase !== 'ready') return;
    const stored = emptyCohort(key);
    await save(stored);
    setState({
      phase: 'ready',
      stored,
      counted: [],
      refused: [],
      aggregate: await refresh(stored, [], true, assignment),
    });
  };

  return { state, assignment, addFiles, setRemoved, clear };
}
