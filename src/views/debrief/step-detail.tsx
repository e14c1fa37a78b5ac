import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../engine/schema/scenario';
import type { ScenarioTexts } from '../scenario-text';
import { useScenarioText } from '../scenario-text';
import { BoardTable } from './board-table';
import { DecisionReview } from './decision-review';
import type { DebriefStep } from './debrief-steps';
import { stepLabel } from './step-label';

/** "Replay from this decision": offered by the feature (practice attempts on this device only). */
export function ReplayButton({
  index,
  onReplay,
}: {
  index: number;
  onReplay: (i: number) => void;
}) {
  const { t: td } = useTranslation('debrief');
  return (
    <button
      type="button"
      className="replay"
      onClick={() => onReplay(index)}
      data-testid="replay-from"
      data-step={index}
    >
      {td('replay.button')}
      <span className="visually-hidden"> · {td('details.step', { step: index + 1 })}</span>
    </button>
  );
}

/** The DOM id of a step's disclosure, so the summary can open it. */
export const stepDetailId = (uid: string, index: number) => `${uid}-step-${index}`;

/** One decision or board, collapsed to a line until opened (UX review 5 and 16). */
export function StepDetail({
  s,
  uid,
  scenario,
  texts,
  seed,
  onReplay,
}: {
  s: DebriefStep;
  uid: string;
  scenario: Scenario;
  texts: ScenarioTexts;
  seed: number;
  onReplay?: ((index: number) => void) | undefined;
}) {
  const { t } = useTranslation('play');
  const { t: td } = useTranslation('debrief');
  const text = useScenarioText(texts);
  const node = scenario.nodes[s.step.node];
  const board =
    node?.kind === 'triage' || node?.kind === 'dispersion' || node?.kind === 'interview';
  return (
    <details
      className={s.critical ? 'disclosure step-detail critical' : 'disclosure step-detail'}
      id={stepDetailId(uid, s.index)}
      data-testid="step-detail"
    >
      <summary>
        <span className="step-summary">
          <span className="step-title">
            <span className="step-number">{td('details.step', { step: s.index + 1 })}</span> ·{' '}
            <span className="step-label">{stepLabel(scenario, s.step.node, text, td, 70)}</span>
          </span>{' '}
          <span className="step-badges">
            <span className={`quality-badge quality-${s.worst}`}>{t(`quality.${s.worst}`)}</span>
            {s.critical > 0 && (
              <span className="critical-badge">
                {board ? td('details.critical', { count: s.critical }) : t('quality.critical')}
              </span>
            )}
            {board && s.notBest > 0 && (
              <span className="step-count">
                {td('details.toFix', { count: s.notBest, total: s.items.length })}
              </span>
            )}
          </span>
        </span>
      </summary>
      <div className="step-body">
        {board ? (
          <BoardTable step={s.step} items={s.items} scenario={scenario} text={text} />
        ) : (
          s.items.map((item) => (
            <DecisionReview
              key={item.id}
              item={item}
              scenario={scenario}
              texts={texts}
              seed={seed}
              before={{ node: s.step.node, vars: s.step.varsBefore, path: s.pathBefore }}
              compact
            />
          ))
        )}
        {onReplay && <ReplayButton index={s.index} onReplay={onReplay} />}
      </div>
    </details>
  );
}
