import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepRecord } from '../../engine/attempt/advance';
import type { Scenario } from '../../engine/schema/scenario';
import { ItemExplanation } from '../../views/debrief/item-explanation';

type Props = {
  step: StepRecord;
  scenario: Scenario;
  text: (key: string) => string;
  onContinue: () => void;
};

/** Immediate feedback after a step (practice mode): the quality, why, the better choice, the guidelines. */
export function FeedbackPanel({ step, scenario, text, onContinue }: Props) {
  const { t } = useTranslation('play');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);
  const notBest = step.items.filter((i) => i.quality !== 'best');
  const shown = step.items.length === 1 ? step.items : notBest;
  return (
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
      <button type="button" className="primary" onClick={onContinue} data-testid="continue">
        {t('feedback.continue')}
      </button>
    </section>
  );
}
