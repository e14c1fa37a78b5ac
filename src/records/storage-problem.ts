/**
 * Why a read or write of the device's storage failed, as a typed value the UI can word in the
 * trainee's language (review H1, M2). IndexedDB reports failures as DOMExceptions by name; this
 * maps them once, at the storage boundary, so no screen guesses from an error's text.
 */
export type StorageProblem =
  /** The device or browser is out of space for this site (QuotaExceededError). */
  | { kind: 'quota' }
  /** IndexedDB is missing or refused: private mode, privacy settings, some LMS frames. */
  | { kind: 'unavailable' }
  /** The stored database is newer than this build (an older tab or cached copy of the app). */
  | { kind: 'newer-database' }
  /** This tab closed its connection so another tab could upgrade the database. */
  | { kind: 'closed-for-upgrade' }
  /** Another tab changed this attempt since this tab read it: this tab's write was refused. */
  | { kind: 'conflict'; attemptId: string }
  | { kind: 'failed'; detail: string };

export class StorageError extends Error {
  constructor(readonly problem: StorageProblem) {
    super(`storage: ${problem.kind}${'detail' in problem ? ` (${problem.detail})` : ''}`);
    this.name = 'StorageError';
  }
}

/** Any thrown value from IndexedDB (or idb) as a StorageProblem. */
export function storageProblemOf(e: unknown): StorageProblem {
  if (e instanceof StorageError) return e.problem;
  const name =
    e && typeof e === 'object' && 'name' in e && typeof e.name === 'string' ? e.name : '';
  // An aborted transaction carries the cause in `error` (e.g. the quota) on some browsers.
  const cause =
    e && typeof e === 'object' && 'error' in e ? (e as { error?: unknown }).error : undefined;
  if (name === 'AbortError' && cause && cause !== e) return storageProblemOf(cause);
  switch (name) {
    case 'QuotaExceededError':
      return { kind: 'quota' };
    case 'VersionError':
      return { kind: 'newer-database' };
    case 'InvalidStateError':
      return { kind: 'closed-for-upgrade' };
    case 'SecurityError':
    case 'UnknownError':
    case 'NotFoundError':
      return { kind: 'unavailable' };
  }
  if (typeof indexedDB === 'undefined') return { kind: 'unavailable' };
  return { kind: 'failed', detail: e instanceof Error ? e.message : String(e) };
}

export const toStorageError = (e: unknown): StorageError =>
  e instanceof StorageError ? e : new StorageError(storageProblemOf(e));
