import { useTranslation } from 'react-i18next';
import { availableChoices, type PlayState } from '../../engine/attempt/advance';
import { orderChoices } from '../../engine/attempt/order-choices';
import type { Scenario } from '../../engine/schema/scenario';
import type { ScoredItem } from '../../engine/scoring/scored-item';
import { textKeys } from '../../engine/text/text-keys';
import { ItemExplanation } from './item-explanation';
import { useScenarioText, type ScenarioTexts } from '../scenario-text';

type Props = {
  item: ScoredItem;
  scenario: Scenario;
  texts: ScenarioTexts;
  seed: number;
  /** Where the decision was taken, so the options listed are those that were on screen. */
  before?: Pick<PlayState, 'node' | 'vars' | 'path'> | undefined;
  /** Citations on one line: the debrief states each guideline once, in its own section. */
  compact?: boolean;
};

/** One decision in the debrief, with "review this decision": the situation and every option, in the order shown. */
export function DecisionReview({ item, scenario, texts, seed, before, compact = false }: Props) {
  const { t } = useTranslation('play');
  const text = useScenarioText(texts);
  const node = scenario.nodes[item.node];
  return (
    <article
      className={item.critical ? 'decision critical' : 'decision'}
      data-testid="debrief-item"
    >
      <ItemExplanation item={item} scenario={scenario} text={text} compact={compact} />
      {node?.kind === 'decision' && (
        <details className="review">
          <summary>{t('debrief.review')}</summary>
          <p className="review-situation">{text(textKeys.nodeText(item.node))}</p>
          <ul className="review-options">
            {orderChoices(
              seed,
              item.node,
              before ? availableChoices(scenario, before) : node.choices,
            ).map((c) => (
              <li key={c.id} className={c.id === item.response ? 'chosen' : undefined}>
                <span className={`quality-badge quality-${c.quality}`}>
                  {t(`quality.${c.quality}`)}
                </span>{' '}
                {c.id === item.response && <strong>{t('debrief.yourChoice')} </strong>}
                {text(textKeys.choiceText(item.node, c.id))}
                <span className="review-feedback">
                  {' '}
                  {text(textKeys.choiceFeedback(item.node, c.id))}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
