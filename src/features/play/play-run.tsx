import { useMachine } from '@xstate/react';
import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlayState, StepRecord } from '../../engine/attempt/advance';
import { availableChoices } from '../../engine/attempt/advance';
import { orderChoices } from '../../engine/attempt/order-choices';
import { scenarioToMachine } from '../../engine/compile/to-machine';
import type { Scenario } from '../../engine/schema/scenario';
import { textKeys } from '../../engine/text/text-keys';
import { progressOf } from '../../engine/graph/progress';
import type { AttemptRecord } from '../../records/attempt-record';
import { boardDraftFor, type AttemptDraft } from '../../records/attempt-draft';
import type { Persisted } from './use-play-session';
import { navigate } from '../../ui/routes';
import { useScenarioText, type ScenarioTexts } from '../../views/scenario-text';
import { describeChanges, StatusStrip } from './status-strip';
import { PlayProgress } from './play-progress';
import type { Situation } from './feedback-panel';
import { usePageTitle } from '../../ui/use-page-title';

// Boards and feedback load on first need: most nodes are plain decisions (first-load budget, issue 4).
const TriageBoard = lazy(() => import('./triage-board').then((m) => ({ default: m.TriageBoard })));
const DispersionBoard = lazy(() =>
  import('./dispersion-board').then((m) => ({ default: m.DispersionBoard })),
);
const InterviewPlanner = lazy(() =>
  import('./interview-planner').then((m) => ({ default: m.InterviewPlanner })),
);
const FeedbackPanel = lazy(() =>
  import('./feedback-panel').then((m) => ({ default: m.FeedbackPanel })),
);

type Props = {
  scenario: Scenario;
  texts: ScenarioTexts;
  record: AttemptRecord;
  start: PlayState;
  /** Left on screen last time: an open feedback panel or a half-filled board. */
  draft: AttemptDraft | undefined;
  /** The latest step is stored: the debrief (which reads the store) can open. */
  saved: boolean;
  persist: (update: (r: AttemptRecord) => AttemptRecord) => Promise<Persisted | undefined>;
  saveDraft: (d: Omit<AttemptDraft, 'attemptId' | 'logLength'>) => void;
  onBack: () => void;
};

const paragraphs = (t: string) => t.split('\n');

/**
 * One run of the compiled machine. The UI renders the snapshot and sends trainee events; the
 * machine's named `recordDecision` side effect is supplied here and writes the log after every step.
 */
export function PlayRun(props: Props) {
  const { scenario, texts, record, start, draft, saved, persist, saveDraft, onBack } = props;
  const { t } = useTranslation('play');
  const text = useScenarioText(texts);
  const immediate = record.feedback === 'immediate';
  // A reload with the feedback open comes back to the same feedback (review UX #1): the step it
  // explains is the last one replayed.
  const [pending, setPending] = useState<StepRecord | undefined>(() => {
    const last = start.steps.at(-1);
    return draft?.feedbackOpen && immediate && last?.items.length ? last : undefined;
  });
  // The step whose changes the live region says, not the sentence: a language switch re-renders
  // it in the new language (review UX #22).
  const [announced, setAnnounced] = useState<StepRecord | undefined>();
  const storyRef = useRef<HTMLDivElement>(null);
  const playerRef = useRef<HTMLDivElement>(null);

  // The machine is built once per run; its recordDecision calls the latest handler through a ref.
  const onStepRef = useRef<(step: StepRecord, ended: boolean) => void>(() => {});
  useLayoutEffect(() => {
    onStepRef.current = (step, ended) => {
      const now = Date.now();
      void persist((r) => ({
        ...r,
        log: [...r.log, step.entry],
        ...(ended ? { endedAt: new Date(now).toISOString() } : {}),
      })).then((p) => {
        // An unsaved last step keeps the trainee here; the save banner opens the debrief later.
        if (ended && p?.saved && !(immediate && step.items.length))
          navigate({ name: 'debrief', attemptId: record.attemptId });
      });
      setAnnounced(step);
      if (immediate && step.items.length) {
        setPending(step);
        saveDraft({ feedbackOpen: true });
      }
    };
  });

  /* eslint-disable react-hooks/refs -- the ref is read when a step is taken, never during render */
  const machine = useMemo(
    () =>
      scenarioToMachine(scenario, start).provide({
        actions: {
          recordDecision: ({ context }) =>
            context.lastStep && onStepRef.current(context.lastStep, context.play.ended),
        },
      }),
    [scenario, start],
  );
  /* eslint-enable react-hooks/refs */
  const [snapshot, send] = useMachine(machine);
  const play = snapshot.context.play;
  const nodeId = play.node;
  const node = scenario.nodes[nodeId];

  // A new node or feedback starts at the top of the player, so the status strip (and the chip on
  // what moved) is in view even after a long board; focus then goes to the new story text so
  // screen readers read it and keyboard users start there (the feedback panel focuses its heading).
  useEffect(() => {
    playerRef.current?.scrollIntoView({ block: 'start' });
    if (!pending) storyRef.current?.focus({ preventScroll: true });
  }, [nodeId, pending]);

  // The replayed state carries every step since the start, so this survives reloads and restarts.
  const canGoBack = record.mode === 'practice' && play.steps.length > 0;
  // A step that ended the attempt is not undone from its feedback: the attempt is finished (and
  // may already be reported); the debrief offers another try instead.
  const canTryAnother = canGoBack && !play.ended;
  usePageTitle(text(textKeys.title()));
  const at = () => Date.now();
  const lastStep = play.steps.at(-1);
  const progress = progressOf(scenario, play);

  // The situation the open feedback answers, with the options as they were shown.
  const situation = (step: StepRecord): Situation => {
    const answered = scenario.nodes[step.node];
    const shownThen = { node: step.node, vars: step.varsBefore, path: play.path.slice(0, -1) };
    return {
      paragraphs: paragraphs(text(textKeys.nodeText(step.node))),
      ...(answered?.kind === 'decision' && step.entry.kind === 'choose'
        ? {
            choices: orderChoices(
              record.seed,
              step.node,
              availableChoices(scenario, shownThen),
            ).map((c) => ({
              id: c.id,
              text: text(textKeys.choiceText(step.node, c.id)),
              chosen: step.entry.kind === 'choose' && c.id === step.entry.choice,
            })),
          }
        : {}),
    };
  };

  return (
    <div className="player" ref={playerRef}>
      <div className="player-bar">
        <h1 className="module-title">{text(textKeys.title())}</h1>
        <div className="player-actions">
          {record.mode === 'practice' && (
            <button
              type="button"
              onClick={onBack}
              disabled={pending ? !canTryAnother : !canGoBack}
              data-testid="go-back"
            >
              {t('player.back')}
            </button>
          )}
          <a className="button" href="#/" data-testid="leave">
            {t('player.leave')}
          </a>
        </div>
      </div>
      <p className="mode-note">
        {t(record.mode === 'practice' ? 'player.practiceNote' : 'player.assessedNote')}
      </p>
      <PlayProgress
        label={t(progress.exact ? 'player.progress' : 'player.progressAbout', {
          current: pending ? Math.max(progress.done, 1) : progress.current,
          total: progress.total,
        })}
        done={progress.done}
        total={progress.total}
      />
      <StatusStrip vars={play.vars} before={lastStep?.varsBefore} moment={play.steps.length} />
      <p className="visually-hidden" aria-live="polite" data-testid="announcer">
        {announced ? describeChanges(announced.varsBefore, announced.varsAfter, t as never) : ''}
      </p>
      <Suspense fallback={<p role="status">{t('loading')}</p>}>
        {pending ? (
          <FeedbackPanel
            step={pending}
            scenario={scenario}
            text={text}
            situation={situation(pending)}
            onTryAnother={canTryAnother ? onBack : undefined}
            onContinue={() => {
              setPending(undefined);
              saveDraft({ feedbackOpen: false });
              if (play.ended && saved) navigate({ name: 'debrief', attemptId: record.attemptId });
            }}
          />
        ) : (
          node &&
          node.kind !== 'ending' && (
            <section className="story" aria-labelledby="story-heading">
              <h2 id="story-heading" className="visually-hidden">
                {t('player.story')}
              </h2>
              <div className="story-text" tabIndex={-1} ref={storyRef} data-testid="story-text">
                {paragraphs(text(textKeys.nodeText(nodeId))).map((para, i) => (
                  <p key={i}>{para}</p>
                ))}
              </div>
              {node.kind === 'narrative' && (
                <button
                  type="button"
                  className="primary"
                  onClick={() => send({ type: 'trainee.continue', at: at() })}
                  data-testid="continue"
                >
                  {t('player.continue')}
                </button>
              )}
              {node.kind === 'decision' && (
                <ul className="choices" aria-label={t('player.choices')}>
                  {orderChoices(record.seed, nodeId, availableChoices(scenario, play)).map((c) => (
                    <li key={c.id}>
                      <button
                        type="button"
                        className="choice"
                        data-testid="choice"
                        data-choice={c.id}
                        onClick={() => send({ type: 'trainee.choose', choice: c.id, at: at() })}
                      >
                        {text(textKeys.choiceText(nodeId, c.id))}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {node.kind === 'triage' && (
                <TriageBoard
                  scenario={scenario}
                  node={node}
                  text={text}
                  initial={boardDraftFor(draft, nodeId, 'triage')?.tags}
                  onDraft={(tags) => saveDraft({ board: { kind: 'triage', node: nodeId, tags } })}
                  onSubmit={(tags) => send({ type: 'trainee.submitTriage', tags, at: at() })}
                />
              )}
              {node.kind === 'dispersion' && (
                <DispersionBoard
                  scenario={scenario}
                  node={node}
                  text={text}
                  initial={boardDraftFor(draft, nodeId, 'dispersion')?.placements}
                  onDraft={(placements) =>
                    saveDraft({ board: { kind: 'dispersion', node: nodeId, placements } })
                  }
                  onSubmit={(placements) =>
                    send({ type: 'trainee.submitDispersion', placements, at: at() })
                  }
                />
              )}
              {node.kind === 'interview' && (
                <InterviewPlanner
                  scenario={scenario}
                  node={node}
                  order={orderChoices(record.seed, nodeId, node.questions)}
                  text={text}
                  initial={boardDraftFor(draft, nodeId, 'interview')?.questions}
                  onDraft={(questions) =>
                    saveDraft({ board: { kind: 'interview', node: nodeId, questions } })
                  }
                  onSubmit={(questions) =>
                    send({ type: 'trainee.submitInterview', questions, at: at() })
                  }
                />
              )}
            </section>
          )
        )}
      </Suspense>
    </div>
  );
}
