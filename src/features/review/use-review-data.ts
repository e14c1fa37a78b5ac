/**
 * The dashboard's attempts from its three sources, through the one import pipeline (DESIGN §8.7):
 * this device's records, result files and an LRS all become result-file inputs re-scored by the
 * import worker (src/content/import-client.ts), then one aggregation worker holds their columns.
 * Held in memory for this tab only: an organization's results are not copied onto the device.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createCohortAggregator, type CohortAggregator } from '../../analytics/cohort-aggregator';
import { startImport, type ImportJob, type ImportSource } from '../../content/import-client';
import type { AttemptRecord } from '../../records/attempt-record';
import type { AttemptSummary, ResultSource } from '../../records/attempt-summary';
import { acceptedAttempts } from '../../records/import/import-result-files';
import { buildResultFile } from '../../records/result-file';

export type Busy =
  | { kind: 'files'; done: number; total: number }
  | { kind: 'lrs'; pages: number; statements: number }
  | { kind: 'aggregating' };

export type LastAdded =
  | { kind: 'added'; accepted: number; duplicates: number; refused: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; detail: string };

export type ReviewData = {
  /** Bumped each time the loaded attempts change, so the view re-aggregates. */
  version: number;
  attempts: number;
  busy?: Busy;
  last?: LastAdded;
  aggregator: CohortAggregator;
  addInputs: (inputs: readonly ImportSource[], source: ResultSource) => Promise<void>;
  addRecords: (records: AttemptRecord[], source: ResultSource) => Promise<void>;
  setBusy: (b: Busy | undefined) => void;
  setLast: (l: LastAdded) => void;
  cancel: () => void;
  /** Registers how to stop the read in progress (an LRS read's AbortController). */
  onCancel: (f: (() => void) | undefined) => void;
  clear: () => Promise<void>;
};

export function useReviewData(): ReviewData {
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState<Busy>();
  const [last, setLast] = useState<LastAdded>();
  const [attempts, setAttempts] = useState(0);
  const summaries = useRef<AttemptSummary[]>([]);
  // Creating it starts no worker: that happens on the first large load.
  const [aggregator] = useState<CohortAggregator>(createCohortAggregator);
  const job = useRef<ImportJob | undefined>(undefined);
  const cancelRead = useRef<(() => void) | undefined>(undefined);

  useEffect(() => () => aggregator.dispose(), [aggregator]);

  const reload = useCallback(async () => {
    setBusy({ kind: 'aggregating' });
    await aggregator.load(summaries.current);
    setAttempts(summaries.current.length);
    setBusy(undefined);
    setVersion((v) => v + 1);
  }, [aggregator]);

  const addInputs = useCallback(
    async (inputs: readonly ImportSource[], source: ResultSource) => {
      if (!inputs.length) return;
      setBusy({ kind: 'files', done: 0, total: inputs.length });
      const j = startImport(inputs, {
        source,
        knownAttemptIds: summaries.current.map((s) => s.attemptId),
        onProgress: (p) => setBusy({ kind: 'files', done: p.filesDone, total: p.fileCount }),
      });
      job.current = j;
      const r = await j.result;
      job.current = undefined;
      if (r.kind !== 'done') {
        setBusy(undefined);
        setLast(r.kind === 'cancelled' ? r : { kind: 'failed', detail: r.message });
        return;
      }
      const accepted = acceptedAttempts(r.report).map((a) => a.summary);
      summaries.current = [...summaries.current, ...accepted];
      setLast({
        kind: 'added',
        accepted: accepted.length,
        duplicates: r.report.totals.duplicates,
        refused: r.report.totals.refused + r.report.totals.filesRefused,
      });
      await reload();
    },
    [reload],
  );

  const addRecords = useCallback(
    async (records: AttemptRecord[], source: ResultSource) => {
      // Nothing to read (no attempts on this device, an empty LRS): say so, do not stay silent.
      if (!records.length) {
        setLast({ kind: 'added', accepted: 0, duplicates: 0, refused: 0 });
        return;
      }
      const data = JSON.stringify(buildResultFile(records, new Date().toISOString()));
      await addInputs([{ name: source, data }], source);
    },
    [addInputs],
  );

  const clear = useCallback(async () => {
    summaries.current = [];
    setLast(undefined);
    await reload();
  }, [reload]);

  const cancel = useCallback(() => {
    job.current?.cancel();
    cancelRead.current?.();
  }, []);
  const onCancel = useCallback((f: (() => void) | undefined) => {
    cancelRead.current = f;
  }, []);

  return {
    version,
    attempts,
    ...(busy ? { busy } : {}),
    ...(last ? { last } : {}),
    aggregator,
    addInputs,
    addRecords,
    setBusy,
    setLast,
    cancel,
    onCancel,
    clear,
  };
}
