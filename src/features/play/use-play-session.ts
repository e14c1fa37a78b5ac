import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { replay } from '../../engine/attempt/replay';
import type { PlayState } from '../../engine/attempt/advance';
import type { Scenario } from '../../engine/schema/scenario';
import { loadScenarioAt, loadScenarioText } from '../../content/scenario-source';
import type { AttemptRecord } from '../../records/attempt-record';
import { currentDraft, type AttemptDraft } from '../../records/attempt-draft';
import { holdAttemptLock } from '../../records/attempt-lock';
import { sharedAttemptStore } from '../../records/attempt-store';
import { storageProblemOf, type StorageProblem } from '../../records/storage-problem';
import { languageTag } from '../../i18n/init';
import type { ScenarioTexts } from '../../views/scenario-text';

/** Why a saved session could not be opened; the player words it in the current language. */
export type SetAsideReason =
  | { kind: 'unavailable'; module: string; version: number }
  | { kind: 'does-not-fit'; module: string; step: number }
  | { kind: 'error'; detail: string };

export type LoadedSession =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'newer' }
  | { status: 'set-aside'; reason: SetAsideReason }
  /** Another tab holds this attempt (`open-elsewhere`) or took it from this tab (`taken-over`). */
  | { status: 'read-only'; why: 'open-elsewhere' | 'taken-over' }
  | { status: 'storage-failed'; problem: StorageProblem }
  | {
      status: 'ready';
      record: AttemptRecord;
      scenario: Scenario;
      texts: ScenarioTexts;
      resumed: PlayState;
      /** What was on screen but not yet sent when the attempt was last left. */
      draft: AttemptDraft | undefined;
    };

/** Whether the latest step reached the device's storage (review H1). */
export type SaveState =
  | { status: 'saved' }
  /** `ended`: the unsaved record is the finished attempt (its debrief waits for the write). */
  | { status: 'failed'; problem: StorageProblem; ended: boolean };

export type Persisted = { record: AttemptRecord; saved: boolean };

/** A failed write is tried again this often while the trainee plays on (review H1). */
const RETRY_MS = 15_000;

/**
 * Loads an attempt for play: takes the attempt's lock (one writer, review H2), reads the record
 * and its draft from IndexedDB, the scenario at the record's version (history included) and both
 * languages of its text, then replays the log to the saved node. A log that no longer fits is set
 * aside with the reason, never allowed to crash the player.
 *
 * Writes never fail silently: the record is kept in memory, `save` says it was not stored and
 * why, and `retry` (also run on a timer) writes the latest record again.
 */
export function usePlaySession(attemptId: string) {
  const { i18n } = useTranslation();
  const [session, setSession] = useState<LoadedSession>({ status: 'loading' });
  const [save, setSave] = useState<SaveState>({ status: 'saved' });
  const [steal, setSteal] = useState(0);
  const recordRef = useRef<AttemptRecord | undefined>(undefined);
  const writable = useRef(false);
  // The latest draft not yet stored: a retry writes it with the record.
  const unsavedDraft = useRef<AttemptDraft | undefined>(undefined);

  useEffect(() => {
    let live = true;
    let release = () => undefined as void;
    recordRef.current = undefined;
    writable.current = false;
    (async () => {
      const lock = await holdAttemptLock(attemptId, {
        steal: steal > 0,
        onLost: () => {
          writable.current = false;
          if (live) setSession({ status: 'read-only', why: 'taken-over' });
        },
      });
      if (!live) return lock.held && lock.release();
      if (!lock.held) return setSession({ status: 'read-only', why: 'open-elsewhere' });
      release = lock.release;
      const store = await sharedAttemptStore();
      const found = await store.lookup(attemptId);
      if (found.status === 'newer') return live && setSession({ status: 'newer' });
      if (found.status !== 'ready') return live && setSession({ status: 'missing' });
      const record = found.record;
      const scenario = await loadScenarioAt(record.scenario.id, record.scenario.version);
      const [es, en] = await Promise.all([
        loadScenarioText(record.scenario.id, 'es'),
        loadScenarioText(record.scenario.id, 'en'),
      ]);
      if (!scenario || !es || !en) {
        await store.setAside(
          attemptId,
          `module ${record.scenario.id} version ${record.scenario.version} is not available`,
        );
        return (
          live &&
          setSession({
            status: 'set-aside',
            reason: {
              kind: 'unavailable',
              module: record.scenario.id,
              version: record.scenario.version,
            },
          })
        );
      }
      const r = replay(scenario, record.log);
      if (!r.ok) {
        await store.setAside(
          attemptId,
          `the saved steps do not fit module ${scenario.id} (${r.error.kind} at step ${r.atEntry + 1})`,
        );
        return (
          live &&
          setSession({
            status: 'set-aside',
            reason: { kind: 'does-not-fit', module: scenario.id, step: r.atEntry + 1 },
          })
        );
      }
      // A draft that cannot be read is only a lost convenience, never a reason to stop.
      const draft = currentDraft(
        await store.getDraft(attemptId).catch(() => undefined),
        attemptId,
        record.log.length,
      );
      if (!live) return;
      recordRef.current = record;
      writable.current = true;
      setSave({ status: 'saved' });
      setSession({ status: 'ready', record, scenario, texts: { es, en }, resumed: r.state, draft });
    })().catch((e: unknown) => {
      if (!live) return;
      const problem = storageProblemOf(e);
      setSession(
        problem.kind === 'failed'
          ? { status: 'set-aside', reason: { kind: 'error', detail: problem.detail } }
          : { status: 'storage-failed', problem },
      );
    });
    return () => {
      live = false;
      writable.current = false;
      release();
    };
  }, [attemptId, steal]);

  /** Stores the latest record; says whether it worked. Nothing is written after the lock is lost. */
  const write = useCallback(async (): Promise<boolean> => {
    const record = recordRef.current;
    if (!record || !writable.current) return false;
    try {
      const store = await sharedAttemptStore();
      await store.save(record);
      const draft = unsavedDraft.current;
      if (draft && draft.logLength === record.log.length) await store.saveDraft(draft);
      unsavedDraft.current = undefined;
      setSave({ status: 'saved' });
      return true;
    } catch (e) {
      const problem = storageProblemOf(e);
      if (problem.kind === 'conflict') writable.current = false;
      setSave({ status: 'failed', problem, ended: Boolean(record.endedAt) });
      return false;
    }
  }, []);

  /** Writes the record after every step (DESIGN §5): a reload resumes at the same node. */
  const persist = useCallback(
    async (update: (r: AttemptRecord) => AttemptRecord): Promise<Persisted | undefined> => {
      const current = recordRef.current;
      if (!current) return undefined;
      const next = update(current);
      recordRef.current = next;
      return { record: next, saved: await write() };
    },
    [write],
  );

  /** The on-screen state not yet sent (board in progress, feedback open), at the current log. */
  const saveDraft = useCallback((d: Omit<AttemptDraft, 'attemptId' | 'logLength'>) => {
    const record = recordRef.current;
    if (!record || !writable.current) return;
    const draft: AttemptDraft = { ...d, attemptId: record.attemptId, logLength: record.log.length };
    unsavedDraft.current = draft;
    void sharedAttemptStore()
      .then((s) => s.saveDraft(draft))
      .then(() => {
        if (unsavedDraft.current === draft) unsavedDraft.current = undefined;
      })
      .catch((e: unknown) =>
        setSave({ status: 'failed', problem: storageProblemOf(e), ended: Boolean(record.endedAt) }),
      );
  }, []);

  // While a write has failed, keep trying: space may be freed while the trainee plays on.
  useEffect(() => {
    if (save.status !== 'failed' || save.problem.kind === 'conflict') return;
    const timer = setInterval(() => void write(), RETRY_MS);
    return () => clearInterval(timer);
  }, [save, write]);

  // Languages used during the attempt go into the record (DESIGN §5).
  useEffect(() => {
    const tag = languageTag(i18n.language === 'es' ? 'es' : 'en');
    if (recordRef.current && !recordRef.current.languages.includes(tag))
      void persist((r) => ({ ...r, languages: [...r.languages, tag] }));
  }, [i18n.language, persist, session.status]);

  return {
    session,
    persist,
    saveDraft,
    save,
    retry: write,
    takeOver: () => {
      setSession({ status: 'loading' });
      setSteal((n) => n + 1);
    },
    recordRef,
  };
}
