import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlayState } from '../../engine/attempt/advance';
import { replay } from '../../engine/attempt/replay';
import { effectiveLog, type StepEntry } from '../../engine/attempt/decision-log';
import type { AttemptDraft, BoardDraft } from '../../records/attempt-draft';
import { navigate } from '../../ui/routes';
import { usePlaySession } from './use-play-session';
import { PlayRun } from './play-run';
import { SaveProblem } from './save-problem';
import { downloadAttempts } from './download-attempts';
import { storageProblemText } from '../../views/storage-problem-text';
import './player.css';

/** Loads the attempt, then plays it; going back (practice) replays the shortened log and restarts the run. */
export function PlayerScreen({ attemptId }: { attemptId: string }) {
  const { t } = useTranslation('play');
  const { t: tc } = useTranslation('common');
  const { session, persist, saveDraft, save, retry, takeOver, recordRef } =
    usePlaySession(attemptId);
  const [restart, setRestart] = useState<
    { state: PlayState; generation: number; draft: AttemptDraft | undefined } | undefined
  >();
  // One step back at a time: a second press while the first is being saved is ignored.
  const goingBack = useRef(false);
  const generation = useRef(0);
  const start = useMemo(
    () => (session.status === 'ready' ? (restart?.state ?? session.resumed) : undefined),
    [session, restart],
  );

  if (session.status === 'loading') return <p role="status">{t('player.loading')}</p>;
  if (session.status === 'missing')
    return (
      <div className="notice" role="alert">
        <p>{t('player.missing')}</p>
        <a href="#/">{t('player.home')}</a>
      </div>
    );
  if (session.status === 'newer')
    return (
      <div className="notice" role="alert">
        <p>{t('player.newerRecord')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {tc('reload')}
        </button>
      </div>
    );
  if (session.status === 'storage-failed')
    return (
      <div className="notice" role="alert" data-testid="storage-failed">
        <p>{storageProblemText(session.problem, tc)}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {tc('reload')}
        </button>
      </div>
    );
  if (session.status === 'read-only')
    return (
      <div className="notice" role="alert" data-testid="read-only">
        <h1>{t(session.why === 'taken-over' ? 'lock.takenOverTitle' : 'lock.readOnlyTitle')}</h1>
        <p>{t(session.why === 'taken-over' ? 'lock.takenOver' : 'lock.readOnly')}</p>
        <div className="actions">
          <button type="button" className="primary" onClick={takeOver} data-testid="take-over">
            {t('lock.takeOver')}
          </button>
          <a className="button" href="#/">
            {t('player.home')}
          </a>
        </div>
      </div>
    );
  if (session.status === 'set-aside')
    return (
      <div className="notice" role="alert">
        <h1>{t('player.setAsideTitle')}</h1>
        <p>
          {t('player.setAside', {
            reason:
              session.reason.kind === 'unavailable'
                ? t('player.setAsideUnavailable', {
                    module: session.reason.module,
                    version: session.reason.version,
                  })
                : session.reason.kind === 'does-not-fit'
                  ? t('player.setAsideDoesNotFit', {
                      module: session.reason.module,
                      step: session.reason.step,
                    })
                  : session.reason.detail,
          })}
        </p>
        <a href="#/">{t('player.home')}</a>
      </div>
    );
  if (!start) return null;
  if (start.ended) return <ToDebrief attemptId={attemptId} />;

  const goBack = async () => {
    if (goingBack.current) return;
    goingBack.current = true;
    try {
      const at = Date.now();
      const undone = effectiveLog(recordRef.current?.log ?? []).at(-1);
      // Going back works in memory even when the write fails; the save banner says so.
      const next = await persist((r) => ({ ...r, log: [...r.log, { kind: 'back', at }] }));
      if (!next) return;
      const r = replay(session.scenario, next.record.log);
      if (r.ok) {
        // A board comes back with the answers just undone, to change rather than redo (review
        // UX #8); saved as the draft, so a reload keeps them too.
        const board = boardOf(undone);
        if (board) saveDraft({ board });
        generation.current += 1;
        setRestart({
          state: r.state,
          generation: generation.current,
          draft: board && {
            attemptId,
            logLength: next.record.log.length,
            board,
          },
        });
      }
    } finally {
      goingBack.current = false;
    }
  };

  const failed = save.status === 'failed' ? save.problem : undefined;
  const endedUnsaved = save.status === 'failed' && save.ended;
  return (
    <>
      <SaveProblem
        problem={failed}
        lastStep={endedUnsaved}
        onRetry={async () => {
          const ok = await retry();
          // The debrief reads the stored record: open it once the last step is stored.
          if (ok && recordRef.current?.endedAt) navigate({ name: 'debrief', attemptId });
          return ok;
        }}
        onDownload={() => recordRef.current && void downloadAttempts([recordRef.current])}
      />
      <PlayRun
        key={restart?.generation ?? 0}
        scenario={session.scenario}
        texts={session.texts}
        record={session.record}
        start={start}
        draft={restart ? restart.draft : session.draft}
        saved={save.status === 'saved'}
        persist={persist}
        saveDraft={saveDraft}
        onBack={goBack}
      />
    </>
  );
}

/** The answers of an undone board step, as a draft of that board. */
function boardOf(entry: StepEntry | undefined): BoardDraft | undefined {
  if (entry?.kind === 'triage') return { kind: 'triage', node: entry.node, tags: entry.tags };
  if (entry?.kind === 'dispersion')
    return { kind: 'dispersion', node: entry.node, placements: entry.placements };
  if (entry?.kind === 'interview')
    return { kind: 'interview', node: entry.node, questions: entry.questions };
  return undefined;
}

/** A finished attempt opens on its debrief (e.g. reopening the tab after the last step). */
function ToDebrief({ attemptId }: { attemptId: string }) {
  useEffect(() => navigate({ name: 'debrief', attemptId }), [attemptId]);
  return null;
}
