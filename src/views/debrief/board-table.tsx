import { useTranslation } from 'react-i18next';
import type { StepRecord } from '../../engine/attempt/advance';
import { bestResponse } from '../../engine/attempt/responses';
import type { Scenario } from '../../engine/schema/scenario';
import type { ScoredItem } from '../../engine/scoring/scored-item';
import { textKeys } from '../../engine/text/text-keys';
import { citedGuidelines } from './debrief-steps';
import { GuidelineList } from './guideline-list';
import { reasonCodes } from './item-explanation';

type Props = {
  step: StepRecord;
  items: ScoredItem[];
  scenario: Scenario;
  text: (k: string) => string;
};

/**
 * A board's answers as one compact table (UX review 5): person · your answer · correct · ✔/✘,
 * then each rule broken, once, with the people it concerns, and the board's citations on a line.
 */
export function BoardTable({ step, items, scenario, text }: Props) {
  const { t } = useTranslation('play');
  const { t: td } = useTranslation('debrief');
  // The rules' best answer at this board, from the state it was answered in (never hard-coded).
  const best = bestResponse(scenario, {
    node: step.node,
    vars: step.varsBefore,
    path: [],
    steps: [],
    ended: false,
  });
  const local = (i: ScoredItem) => i.id.split('/')[1] ?? '';
  const rowOf = (i: ScoredItem): { who: string; yours: string; correct: string } => {
    switch (i.kind) {
      case 'casualty':
        return {
          who: text(textKeys.casualtyLabel(local(i))),
          yours: t(`triage.tag.${i.response as 'red'}`),
          correct: t(`triage.tag.${(i.expected ?? i.response) as 'red'}`),
        };
      case 'placement': {
        const bestAt = best?.kind === 'dispersion' ? best.placements[local(i)] : undefined;
        const correct = i.quality === 'best' ? i.response : bestAt;
        return {
          who: text(textKeys.survivorLabel(local(i))),
          yours: text(textKeys.hospitalLabel(i.response)),
          correct: correct ? text(textKeys.hospitalLabel(correct)) : td('board.anyOther'),
        };
      }
      case 'question':
        return {
          who: text(textKeys.questionText(i.response)),
          yours: td('board.asked'),
          correct:
            best?.kind === 'interview' && best.questions.includes(i.response)
              ? td('board.inBestPlan')
              : td('board.notInBestPlan'),
        };
      default:
        return {
          who: text(textKeys.factText(local(i).replace(/^fact:/, ''))),
          yours: i.response === 'covered' ? td('board.covered') : td('board.notAsked'),
          correct: td('board.covered'),
        };
    }
  };
  const rows = items.map((i) => ({ item: i, ...rowOf(i) }));
  const interview = items.some((i) => i.kind === 'question' || i.kind === 'coverage');
  // Each reason once, with the rows it applies to.
  const reasons = new Map<string, string[]>();
  for (const r of rows)
    for (const code of reasonCodes(r.item))
      reasons.set(code, [...(reasons.get(code) ?? []), r.who]);
  return (
    <div className="board-debrief">
      <table className="board-table">
        <caption className="visually-hidden">{td('board.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{interview ? td('board.questionOrFact') : td('board.person')}</th>
            <th scope="col">{td('board.yours')}</th>
            <th scope="col">{td('board.correct')}</th>
            <th scope="col">{td('board.result')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ item, who, yours, correct }) => (
            <tr
              key={item.id}
              className={item.quality === 'best' ? 'row-right' : 'row-wrong'}
              data-testid="board-row"
            >
              <th scope="row">{who}</th>
              <td>{yours}</td>
              <td>{correct}</td>
              <td className="result">
                {item.quality === 'best' ? (
                  <>
                    <span aria-hidden="true" className="mark-right">
                      ✔
                    </span>
                    <span className="visually-hidden">{td('board.right')}</span>
                  </>
                ) : (
                  <>
                    <span aria-hidden="true" className="mark-wrong">
                      ✘
                    </span>{' '}
                    <span className={`quality-badge quality-${item.quality}`}>
                      {t(`quality.${item.quality}`)}
                    </span>
                    {item.critical && (
                      <span className="critical-badge">{t('quality.critical')}</span>
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {reasons.size > 0 && (
        <>
          <p className="board-why-heading">{td('details.why')}</p>
          <ul className="board-why">
            {[...reasons].map(([code, who]) => (
              <li key={code}>
                {t(`reasons.${code as 'capacity'}`)}{' '}
                <span className="board-why-who">({who.join('; ')})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <GuidelineList ids={citedGuidelines(items)} compact />
    </div>
  );
}
