/**
 * One import run over browser files: read each file's bytes, hand them to the pure import core,
 * report progress. Shared by the worker and by the main-thread fallback of the client, so both
 * behave the same; only where it runs differs.
 */
import {
  createResultImport,
  type ImportInput,
  type ImportOptions,
  type ImportReport,
} from '../records/import/import-result-files';
import type { ScenarioCatalogue } from '../records/import/scenario-catalogue';

/** A browser File (or anything with a name and bytes), or ready bytes/text (tests, demo data). */
export type ImportFile = Blob & { name: string };
export type ImportSource = ImportFile | ImportInput;

/** What the client may pass across the worker boundary (no functions). */
export type ImportRunOptions = Omit<
  ImportOptions,
  'onProgress' | 'fileCount' | 'knownAttemptIds'
> & {
  knownAttemptIds?: readonly string[];
};

export type ImportRunProgress = {
  filesDone: number;
  fileCount: number;
  /** Bytes of the files done plus the share of the current one already scored. */
  bytesDone: number;
  bytesTotal: number;
  /** Attempts read so far, all files. */
  attemptsDone: number;
  currentFile?: string;
};

const sizeOf = (f: ImportSource) =>
  'data' in f ? (typeof f.data === 'string' ? f.data.length : f.data.byteLength) : f.size;

export async function runImport(
  files: readonly ImportSource[],
  catalogue: ScenarioCatalogue,
  options: ImportRunOptions,
  onProgress: (p: ImportRunProgress) => void,
  /** Called between files; the main-thread fallback yields to the page here. */
  between: () => Promise<boolean> = async () => true,
): Promise<ImportReport | undefined> {
  const bytesTotal = files.reduce((a, f) => a + sizeOf(f), 0);
  let bytesBefore = 0;
  let attemptsBefore = 0;
  let current = 0;
  const run = createResultImport(catalogue, {
    ...options,
    fileCount: files.length,
    onProgress: (p) =>
      onProgress({
        filesDone: p.file,
        fileCount: files.length,
        bytesDone:
          bytesBefore + (p.attemptsInFile ? (current * p.attemptsDone) / p.attemptsInFile : 0),
        bytesTotal,
        attemptsDone: attemptsBefore + p.attemptsDone,
        currentFile: files[p.file]?.name ?? '',
      }),
  });
  for (const [i, f] of files.entries()) {
    current = sizeOf(f);
    let input: ImportInput;
    if ('data' in f) input = f;
    else {
      try {
        input = { name: f.name, data: new Uint8Array(await f.arrayBuffer()) };
      } catch (e) {
        // A file removed or changed since it was picked, or one the browser cannot read whole.
        run.refuseFile(f.name, current, {
          code: 'unreadable',
          message: String((e as Error)?.message ?? e),
        });
        bytesBefore += current;
        continue;
      }
    }
    const outcome = run.addFile(input);
    if (outcome.kind === 'read') attemptsBefore += outcome.attempts.length;
    bytesBefore += current;
    onProgress({
      filesDone: i + 1,
      fileCount: files.length,
      bytesDone: bytesBefore,
      bytesTotal,
      attemptsDone: attemptsBefore,
    });
    if (!(await between())) return undefined;
  }
  return run.report();
}
