import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../engine/schema/scenario';
import { useScenarioText, type ScenarioTexts } from '../scenario-text';
import type { DebriefStep } from './debrief-steps';
import { describeItem } from './item-explanation';
import { stepLabel } from './step-label';
import { ReplayButton, stepDetailId } from './step-detail';

/** Opens a step's disclosure further down and moves focus to it. */
function openDetail(id: string) {
  const d = document.getElementById(id);
  if (!(d instanceof HTMLDetailsElement)) return;
  d.open = true;
  d.querySelector('summary')?.focus();
}

/** The three things to fix first, one short entry each, at the top of the debrief (UX review 5). */
export function FixFirst({
  steps,
  uid,
  scenario,
  texts,
  onReplay,
}: {
  steps: DebriefStep[];
  uid: string;
  scenario: Scenario;
  texts: ScenarioTexts;
  onReplay?: ((index: number) => void) | undefined;
}) {
  const { t } = useTranslation('play');
  const { t: td } = useTranslation('debrief');
  const text = useScenarioText(texts);
  return (
    <section aria-labelledby={`${uid}-fix`} className="fix-first">
      <h3 id={`${uid}-fix`}>{td('summary.fixFirst')}</h3>
      <span id={`${uid}-fix-open`} hidden>
        {td('summary.seeDetails')}
      </span>
      {steps.length === 0 ? (
        <p>{td('summary.fixFirstNone')}</p>
      ) : (
        <ol className="fix-list" data-testid="fix-first">
          {steps.map((s) => {
            // The worst item of the step speaks for it: a critical one if there is one.
            const item = [...s.items].sort(
              (a, b) => Number(b.critical) - Number(a.critical) || a.points - b.points,
            )[0]!;
            const { what, better } = describeItem(item, scenario, text, t);
            const decision = item.kind === 'choice';
            return (
              <li key={s.index} className={s.critical ? 'fix critical' : 'fix'}>
                <p className="fix-where">
                  <span className={`quality-badge quality-${item.quality}`}>
                    {t(`quality.${item.quality}`)}
                  </span>
                  {item.critical && <span className="critical-badge">{t('quality.critical')}</span>}{' '}
                  {/* The step's name opens its details further down. */}
                  <button
                    type="button"
                    className="link-button fix-open"
                    onClick={() => openDetail(stepDetailId(uid, s.index))}
                    aria-describedby={`${uid}-fix-open`}
                  >
                    <strong>{td('details.step', { step: s.index + 1 })}</strong> ·{' '}
                    {stepLabel(scenario, s.step.node, text, td, 70)}
                  </button>
                </p>
                {decision ? (
                  <p className="fix-what">
                    <span className="fix-key">{td('summary.youChose')}</span> {what}
                  </p>
                ) : (
                  <p className="fix-what">
                    {td('summary.notBest', { count: s.notBest, total: s.items.length })} {what}
                  </p>
                )}
                {better && (
                  <p className="fix-better">
                    <span className="fix-key">{td('summary.better')}</span> {better}
                  </p>
                )}
                {onReplay && (
                  <p className="fix-actions">
                    <ReplayButton index={s.index} onReplay={onReplay} />
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
