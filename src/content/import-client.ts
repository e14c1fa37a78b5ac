/**
 * What features call to import result files (the trainee's attempts screen, the cohort view):
 *
 *   const job = startImport(files, { onProgress: (p) => setBar(p.bytesDone / p.bytesTotal) });
 *   const result = await job.result; // { kind: 'done', report } | { kind: 'cancelled' } | …
 *   job.cancel();
 *
 * The work runs in a Web Worker; where there is none (jsdom, a very old browser) it runs on the
 * main thread with a pause between files so the page still paints. `result` never rejects.
 * Lives in content/ (not records/) because the worker bundles the scenario files it scores against.
 */
import type { ImportReport } from '../records/import/import-result-files';
import type { ImportWorkerMessage, ImportWorkerRequest } from './import-protocol';
import type { ImportRunOptions, ImportRunProgress, ImportSource } from './import-run';

export type { ImportRunProgress as ImportProgress, ImportSource } from './import-run';

export type ImportResult =
  | { kind: 'done'; report: ImportReport }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export type ImportJob = { result: Promise<ImportResult>; cancel: () => void };

export type StartImportOptions = ImportRunOptions & {
  onProgress?: (p: ImportRunProgress) => void;
  /** Run on the main thread even where workers exist (tests). */
  inline?: boolean;
};

export function startImport(
  files: readonly ImportSource[],
  { onProgress, inline, ...options }: StartImportOptions = {},
): ImportJob {
  if (!inline && typeof Worker !== 'undefined') return inWorker(files, options, onProgress);
  return onMainThread(files, options, onProgress);
}

function inWorker(
  files: readonly ImportSource[],
  options: ImportRunOptions,
  onProgress: StartImportOptions['onProgress'],
): ImportJob {
  let settle: (r: ImportResult) => void = () => {};
  const result = new Promise<ImportResult>((resolve) => (settle = resolve));
  let worker: Worker | undefined;
  const finish = (r: ImportResult) => {
    worker?.terminate();
    worker = undefined;
    settle(r);
  };
  try {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (ev: MessageEvent<ImportWorkerMessage>) => {
      const m = ev.data;
      if (m.type === 'progress') onProgress?.(m.progress);
      else if (m.type === 'done') finish({ kind: 'done', report: m.report });
      else finish({ kind: 'failed', message: m.message });
    };
    worker.onerror = (ev) => {
      ev.preventDefault();
      finish({ kind: 'failed', message: ev.message || 'the import worker stopped' });
    };
    worker.onmessageerror = () =>
      finish({ kind: 'failed', message: 'a message could not be read' });
    worker.postMessage({ files, options } satisfies ImportWorkerRequest);
  } catch (e) {
    finish({ kind: 'failed', message: String((e as Error)?.message ?? e) });
  }
  return { result, cancel: () => finish({ kind: 'cancelled' }) };
}

function onMainThread(
  files: readonly ImportSource[],
  options: ImportRunOptions,
  onProgress: StartImportOptions['onProgress'],
): ImportJob {
  let cancelled = false;
  const pause = () => new Promise<boolean>((r) => setTimeout(() => r(!cancelled), 0));
  const result = (async (): Promise<ImportResult> => {
    try {
      const [{ runImport }, { bundledCatalogue }] = await Promise.all([
        import('./import-run'),
        import('./bundled-catalogue'),
      ]);
      const report = await runImport(
        files,
        bundledCatalogue(),
        options,
        (p) => onProgress?.(p),
        pause,
      );
      return report && !cancelled ? { kind: 'done', report } : { kind: 'cancelled' };
    } catch (e) {
      return { kind: 'failed', message: String((e as Error)?.message ?? e) };
    }
  })();
  return {
    result,
    cancel: () => {
      cancelled = true;
    },
  };
}
