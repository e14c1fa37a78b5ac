import { scoreRecord, type ScoredAttempt } from '../../content/score-record';
import { sharedAttemptStore } from '../../records/attempt-store';

/** This device's attempt, re-scored; remembers the result for the library's progress badges. */
export async function loadScoredAttempt(attemptId: string): Promise<ScoredAttempt | undefined> {
  const store = await sharedAttemptStore();
  const record = await store.get(attemptId);
  if (!record) return undefined;
  const scored = await scoreRecord(record);
  // Imports never get here: only this device's own attempts carry a remembered result.
  if (scored.result.ok && scored.result.score.ended) {
    const claimed = { score: scored.result.score.score, passed: scored.result.score.passed };
    if (record.claimed?.score !== claimed.score || record.claimed.passed !== claimed.passed)
      await store.save({ ...record, claimed });
  }
  return scored;
}
