/** The messages between import-client.ts and import-worker.ts (structured-clone data only). */
import type { ImportReport } from '../records/import/import-result-files';
import type { ImportRunOptions, ImportRunProgress, ImportSource } from './import-run';

export type ImportWorkerRequest = { files: readonly ImportSource[]; options: ImportRunOptions };

export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportRunProgress }
  | { type: 'done'; report: ImportReport }
  | { type: 'failed'; message: string };
