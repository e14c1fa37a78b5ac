import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadLibrary } from '../../content/library';
import { loadScenario } from '../../content/scenario-source';
import { pathToNode } from '../../engine/graph/path-to-node';
import { languageTag, asUiLanguage } from '../../i18n/init';
import { useNamespace } from '../../i18n/use-namespace';
import { sharedAttemptStore } from '../../records/attempt-store';
import { navigate } from '../../ui/routes';
import { loadProfile } from './profile';
import { startAttempt } from './start-attempt';
import { storageProblemOf, type StorageProblem } from '../../records/storage-problem';
import { storageProblemText } from '../../views/storage-problem-text';

type Outcome =
  | { kind: 'working' }
  | { kind: 'no-module' }
  | { kind: 'no-path' }
  | { kind: 'failed'; problem: StorageProblem };

/**
 * "Play from this node" (the author preview, issue 15): a new practice attempt whose log is the
 * shortest kind path to the node, saved like any attempt, then the player resumes there. A new
 * attempt, never an edit of another, so every scored record still replays from its own log.
 */
export function PlayFromNodeScreen({ moduleId, nodeId }: { moduleId: string; nodeId: string }) {
  const ready = useNamespace('author');
  const { t, i18n } = useTranslation('author');
  const { t: tc } = useTranslation('common');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'working' });
  const lang = asUiLanguage(i18n.language);
  useEffect(() => {
    let live = true;
    void (async () => {
      const [library, scenario, profile] = await Promise.all([
        loadLibrary(),
        loadScenario(moduleId),
        loadProfile(),
      ]);
      const entry = library.find((m) => m.id === moduleId);
      if (!entry || !scenario) return live && setOutcome({ kind: 'no-module' });
      if (!profile) return navigate({ name: 'welcome' });
      const path = pathToNode(scenario, nodeId);
      if (!path) return live && setOutcome({ kind: 'no-path' });
      const record = await startAttempt(entry, 'practice', profile, languageTag(lang));
      const at = Date.now();
      const store = await sharedAttemptStore();
      await store.save({ ...record, log: path.map((e) => ({ ...e, at })) });
      if (live) navigate({ name: 'play', attemptId: record.attemptId });
    })().catch(
      (e: unknown) => live && setOutcome({ kind: 'failed', problem: storageProblemOf(e) }),
    );
    return () => {
      live = false;
    };
    // The language is read once: a switch while preparing does not start a second attempt.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [moduleId, nodeId]);
  if (!ready) return <p role="status">…</p>;
  const back = `#/author/${encodeURIComponent(moduleId)}/${encodeURIComponent(nodeId)}`;
  return (
    <div className="play-from">
      <h1>{t('playFrom.title')}</h1>
      {outcome.kind === 'working' ? (
        <p role="status">{t('playFrom.working', { node: nodeId })}</p>
      ) : (
        <>
          <p role="alert">
            {outcome.kind === 'no-module'
              ? t('playFrom.noModule', { id: moduleId })
              : outcome.kind === 'no-path'
                ? t('playFrom.noPath', { node: nodeId })
                : storageProblemText(outcome.problem, tc)}
          </p>
          <p>
            <a href={back}>{t('playFrom.back')}</a>
          </p>
        </>
      )}
    </div>
  );
}
