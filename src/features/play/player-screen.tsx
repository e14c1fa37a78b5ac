import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlayState } from '../../engine/attempt/advance';
import { replay } from '../../engine/attempt/replay';
import { navigate } from '../../ui/routes';
import { usePlaySession } from './use-play-session';
import { PlayRun } from './play-run';

/** Loads the attempt, then plays it; going back (practice) replays the shortened log and restarts the run. */
export function PlayerScreen({ attemptId }: { attemptId: string }) {
  const { t } = useTranslation('play');
  const { session, persist } = usePlaySession(attemptId);
  const [restart, setRestart] = useState<{ state: PlayState; generation: number } | undefined>();
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
      const next = await persist((r) => ({ ...r, log: [...r.log, { kind: 'back', at }] }));
      if (!next) return;
      const r = replay(session.scenario, next.log);
      if (r.ok) {
        generation.current += 1;
        setRestart({ state: r.state, generation: generation.current });
      }
    } finally {
      goingBack.current = false;
    }
  };

  return (
    <PlayRun
      key={restart?.generation ?? 0}
      scenario={session.scenario}
      texts={session.texts}
      record={session.record}
      start={start}
      persist={persist}
      onBack={goBack}
    />
  );
}

/** A finished attempt opens on its debrief (e.g. reopening the tab after the last step). */
function ToDebrief({ attemptId }: { attemptId: string }) {
  useEffect(() => navigate({ name: 'debrief', attemptId }), [attemptId]);
  return null;
}
