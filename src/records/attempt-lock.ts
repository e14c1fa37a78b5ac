/**
 * One writer per attempt (review H2): a tab holds a Web Lock named after the attempt while it
 * plays it. A second tab finds the lock taken and stays read-only until the trainee asks to go on
 * there; it then steals the lock, and the first tab is told it lost it. Where Web Locks are
 * missing, every tab may write and the store's conflict check (a write must extend the stored
 * log) still keeps one tab from erasing the other's steps.
 */
export type AttemptLock = { held: true; release: () => void } | { held: false };

const lockName = (attemptId: string) => `acompana-attempt:${attemptId}`;

/**
 * Takes the attempt's lock if it is free (or from its holder with `steal`). `onLost` runs when
 * another tab steals it; the lock is held until `release()`.
 */
export async function holdAttemptLock(
  attemptId: string,
  { steal = false, onLost }: { steal?: boolean; onLost: () => void },
): Promise<AttemptLock> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return { held: true, release: () => undefined };
  const attempt = () =>
    new Promise<AttemptLock>((resolve) => {
      let release = () => undefined as void;
      const kept = new Promise<void>((r) => (release = r));
      locks
        .request(lockName(attemptId), steal ? { steal: true } : { ifAvailable: true }, (lock) => {
          if (!lock) return resolve({ held: false });
          resolve({ held: true, release });
          return kept;
        })
        // A stolen lock rejects the holder's request with an AbortError.
        .catch((e: unknown) => {
          if (e instanceof DOMException && e.name === 'AbortError') onLost();
        });
    });
  const first = await attempt();
  if (first.held) return first;
  // A lock this tab released a moment ago (a remount) may not be free yet: look once more.
  await new Promise((r) => setTimeout(r, 150));
  return attempt();
}
