import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepRecord } from '../../engine/attempt/advance';
import type { Scenario } from '../../engine/schema/scenario';
import { ItemExplanation } from '../../views/debrief/item-explanation';

/** What the trainee answered: the story text, and for a decision its options as they were shown. */
export type Situation = {
  paragraphs: string[];
  choices?: { id: string; text: string; chosen: boolean }[];
};

type Props = {
  step: StepRecord;
  scenario: Scenario;
  text: (key: string) => string;
  situation: Situation;
  onContinue: () => void;
  /** Practice mode: undo this step and answer it again (absent when it cannot be undone). */
  onTryAnother?: (() => void) | undefined;
};

/**
 * Immediate feedback after a step (practice mode): the quality, why, the better choice, the
 * guidelines. The situation it answers stays above it, folded, with the chosen option marked, and
 * in practice mode trying another option is offered right here (review UX #8).
 */
export function FeedbackPanel({
  step,
  scenario,
  text,
  situation,
  onContinue,
  onTryAnother,
}: Props) {
  const { t } = useTranslation('play');
  const heading = useRef<HTMLHeadingElement>(null);
  // The player scrolls to its top for new feedback; focus must not scroll the situation away.
  useEffect(() => heading.current?.focus({ preventScroll: true }), [step]);
  const notBest = step.items.filter((i) => i.quality !== 'best');
  const shown = step.items.length === 1 ? step.items : notBest;
  return (
    <>
      <details className="situation" data-testid="feedback-situation">
        <summary>{t(situation.choices ? 'feedback.situation' : 'feedback.situationBoard')}</summary>
        {situation.paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        {situation.choices && (
          <ul className="situation-choices">
            {situation.choices.map((c) => (
              <li key={c.id} className={c.chosen ? 'chosen' : undefined}>
                {c.chosen && <strong className="chosen-mark">{t('feedback.yourChoice')}</strong>}
                <span>{c.text}</span>
              </li>
            ))}
          </ul>
        )}
      </details>
      <section className="feedback" aria-labelledby="feedback-heading" data-testid="feedback">
        <h2 id="feedback-heading" tabIndex={-1} ref={heading}>
          {t('feedback.heading')}
        </h2>
        {step.items.length > 1 && (
          <p>
            {t('feedback.boardSummary', {
              best: step.items.length - notBest.length,
              total: step.items.length,
            })}
          </p>
        )}
        {shown.map((item) => (
          <ItemExplanation key={item.id} item={item} scenario={scenario} text={text} />
        ))}
        <div className="actions feedback-actions">
          <button type="button" className="primary" onClick={onContinue} data-testid="continue">
            {t('feedback.continue')}
          </button>
          {onTryAnother && (
            <button type="button" onClick={onTryAnother} data-testid="try-another">
              {t(step.entry.kind === 'choose' ? 'feedback.tryAnother' : 'feedback.changeAnswers')}
            </button>
          )}
        </div>
      </section>
    </>
  );
}
