import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { replay } from '../../engine/attempt/replay';
import type { PlayState } from '../../engine/attempt/advance';
import type { Scenario } from '../../engine/schema/scenario';
import { loadScenarioAt, loadScenarioText } from '../../content/scenario-source';
import type { AttemptRecord } from '../../records/attempt-record';
import { sharedAttemptStore } from '../../records/attempt-store';
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
  | { status: 'set-aside'; reason: SetAsideReason }
  | {
      status: 'ready';
      record: AttemptRecord;
      scenario: Scenario;
      texts: ScenarioTexts;
      resumed: PlayState;
    };

/**
 * Loads an attempt for play: the record from IndexedDB, the scenario at the record's version
 * (history included) and both languages of its text, then replays the log to the saved node.
 * A log that no longer fits is set aside with the reason, never allowed to crash the player.
 */
export function usePlaySession(attemptId: string) {
  const { i18n } = useTranslation();
  const [session, setSession] = useState<LoadedSession>({ status: 'loading' });
  const recordRef = useRef<AttemptRecord | undefined>(undefined);

  useEffect(() => {
    let live = true;
    (async () => {
      const store = await sharedAttemptStore();
      const record = await store.get(attemptId);
      if (!record) return live && setSession({ status: 'missing' });
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
      recordRef.current = record;
      if (live)
        setSession({ status: 'ready', record, scenario, texts: { es, en }, resumed: r.state });
    })().catch(
      (e: unknown) =>
        live && setSession({ status: 'set-aside', reason: { kind: 'error', detail: String(e) } }),
    );
    return () => {
      live = false;
    };
  }, [attemptId]);

  /** Writes the record after every step (DESIGN §5): a reload resumes at the same node. */
  const persist = useCallback(async (update: (r: AttemptRecord) => AttemptRecord) => {
    const current = recordRef.current;
    if (!current) return current;
    const next = update(current);
    recordRef.current = next;
    const store = await sharedAttemptStore();
    await store.save(next);
    return next;
  }, []);

  // Languages used during the attempt go into the record (DESIGN §5).
  useEffect(() => {
    const tag = languageTag(i18n.language === 'es' ? 'es' : 'en');
    if (recordRef.current && !recordRef.current.languages.includes(tag))
      void persist((r) => ({ ...r, languages: [...r.languages, tag] }));
  }, [i18n.language, persist, session.status]);

  return { session, persist, recordRef };
}
