/**
 * A cohort's state: the stored attempts, re-scored from their logs when the view opens, the
 * aggregate (in a worker when the cohort is large), adding files with progress, removing and
 * bringing back trainees. The page yields between batches of files, so it keeps responding.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { dimensionLookup, hasScenario, loadScenarioAt } from '../../../content/scenario-source';
import type { CohortAggregate } from '../../../analytics/aggregate-cohort';
import {
  createCohortAggregator,
  type CohortAggregator,
} from '../../../analytics/cohort-aggregator';
import {
  readCohortFiles,
  recountAttempts,
  type CountedAttempt,
  type Refusal,
} from '../../../analytics/read-cohort-files';
import type { PickedFile } from './collect-files';
import { emptyCohort, openCohortStore, type CohortKey, type StoredCohort } from './cohort-store';

/** What the view knows of the assignment, supplied by the app (the assignments feature owns it). */
export type CohortAssignment = { id: string; modules?: string[]; dueAt?: number };

export type CohortState =
  | { phase: 'opening' }
  | { phase: 'failed'; detail: string }
  | {
      phase: 'ready' | 'reading';
      stored: StoredCohort;
      counted: CountedAttempt[];
      /** Refusals when the files were added, and any found on re-scoring them now. */
      refused: Refusal[];
      aggregate?: CohortAggregate;
      progress?: { done: number; total: number };
      lastAdded?: { files: number; counted: number; refused: number };
    };

const BATCH = 25;
const nextFrame = () => new Promise((r) => setTimeout(r, 0));

export function useCohort(assignment: CohortAssignment | undefined) {
  const key: CohortKey = assignment?.id ?? 'loose';
  const [state, setState] = useState<CohortState>({ phase: 'opening' });
  const aggregator = useRef<CohortAggregator | undefined>(undefined);
  // The latest state for the async actions below (they outlive the render that started them).
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);

  const options = useCallback(async () => {
    return {
      scenarios: { atVersion: loadScenarioAt, has: hasScenario },
      dimensionOf: await dimensionLookup(),
      ...(assignment ? { assignmentId: assignment.id } : {}),
    };
  }, [assignment]);

  /** Recomputes the figures for the counted attempts, leaving out removed trainees. */
  const refresh = useCallback(
    async (stored: StoredCohort, counted: CountedAttempt[], reload: boolean) => {
      const agg = (aggregator.current ??= createCohortAggregator());
      if (reload) await agg.load(counted.map((c) => c.summary));
      return agg.aggregate({
        filter: { excludeLearners: stored.removedLearners },
        now: Date.now(),
        ...(assignment?.modules ? { modules: assignment.modules } : {}),
        ...(assignment?.dueAt !== undefined ? { dueAt: assignment.dueAt } : {}),
      });
    },
    [assignment],
  );

  useEffect(() => {
    let live = true;
    (async () => {
      const store = await openCohortStore();
      const stored = (await store.get(key)) ?? emptyCohort(key);
      store.close();
      const { counted, refused } = await recountAttempts(stored.attempts, await options());
      const aggregate = await refresh(stored, counted, true);
      if (live)
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
  }, [key, options, refresh]);

  useEffect(() => () => aggregator.current?.dispose(), []);

  const save = async (stored: StoredCohort) => {
    const store = await openCohortStore();
    await store.put(stored);
    store.close();
  };

  const addFiles = async (files: PickedFile[]) => {
    const s = stateRef.current;
    if (s.phase !== 'ready' || !files.length) return;
    const o = await options();
    const known = new Set(s.counted.map((c) => c.record.attemptId));
    const counted: CountedAttempt[] = [];
    const refused: Refusal[] = [];
    for (let i = 0; i < files.length; i += BATCH) {
      setState({ ...s, phase: 'reading', progress: { done: i, total: files.length } });
      await nextFrame();
      const batch = await Promise.all(
        files.slice(i, i + BATCH).map(async (f) => ({ name: f.name, text: await f.file.text() })),
      );
      const r = await readCohortFiles(batch, { ...o, known });
      for (const c of r.counted) known.add(c.record.attemptId);
      counted.push(...r.counted);
      refused.push(...r.refused);
    }
    setState({ ...s, phase: 'reading', progress: { done: files.length, total: files.length } });
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
    const aggregate = await refresh(stored, all, true);
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
    setState({ ...s, stored, aggregate: await refresh(stored, s.counted, false) });
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
      aggregate: await refresh(stored, [], true),
    });
  };

  return { state, addFiles, setRemoved, clear };
}
