import { useId, useState } from 'react';
import { BoardFooter } from './board-footer';
import { useTranslation } from 'react-i18next';
import type { InterviewNode, Scenario } from '../../engine/schema/scenario';
import { textKeys } from '../../engine/text/text-keys';

type Props = {
  scenario: Scenario;
  node: InterviewNode;
  order: string[];
  text: (key: string) => string;
  /** Questions chosen before a reload (the saved draft). */
  initial?: string[];
  /** Every change, so the draft survives a reload. */
  onDraft?: (questions: string[]) => void;
  onSubmit: (questions: string[]) => void;
};

/**
 * Build the interview plan. What is already on record, and with whom, is shown, so asking again
 * is the trainee's visible choice (the facts-on-record rule).
 */
export function InterviewPlanner({
  scenario,
  node,
  order,
  text,
  initial,
  onDraft,
  onSubmit,
}: Props) {
  const { t } = useTranslation('play');
  const formId = useId();
  const max = node.maxQuestions ?? node.questions.length;
  const min = node.minQuestions ?? 1;
  // Only this node's questions, at most `max`: a draft never brings in anything else.
  const [chosen, setChosen] = useState<string[]>(() =>
    node.questions.filter((q) => initial?.includes(q)).slice(0, max),
  );
  const toggle = (q: string) => {
    const next = chosen.includes(q)
      ? chosen.filter((x) => x !== q)
      : chosen.length < max
        ? [...chosen, q]
        : chosen;
    setChosen(next);
    onDraft?.(next);
  };
  return (
    <>
      <form
        id={formId}
        className="board interview-planner"
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen.length >= min) onSubmit(node.questions.filter((q) => chosen.includes(q)));
        }}
      >
        <h3>{t('interview.facts')}</h3>
        <ul className="facts">
          {node.facts.map((f) => {
            const agency = scenario.facts?.[f]?.onRecord;
            return (
              <li key={f} className={agency ? 'fact on-record' : 'fact'} data-testid="fact">
                <span>{text(textKeys.factText(f))}</span>
                <span className="fact-status">
                  {agency
                    ? t('interview.onRecord', { agency: text(textKeys.agency(agency)) })
                    : t('interview.notYetKnown')}
                </span>
              </li>
            );
          })}
        </ul>
        <fieldset>
          <legend>
            <h3>{t('interview.questions', { max })}</h3>
          </legend>
          <ul className="questions">
            {order.map((q) => (
              <li key={q}>
                <label className="question">
                  <input
                    type="checkbox"
                    data-testid="question"
                    checked={chosen.includes(q)}
                    disabled={!chosen.includes(q) && chosen.length >= max}
                    onChange={() => toggle(q)}
                  />
                  <span>{text(textKeys.questionText(q))}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </form>
      <BoardFooter
        form={formId}
        progress={t('interview.chosen', { count: chosen.length, max })}
        canSubmit={chosen.length >= min}
        label={t('interview.submit')}
      />
    </>
  );
}
