import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../engine/schema/scenario';
import type { ScoredItem } from '../../engine/scoring/scored-item';
import { textKeys } from '../../engine/text/text-keys';
import { GuidelineList } from './guideline-list';

type Props = { item: ScoredItem; scenario: Scenario; text: (key: string) => string };

/** One scored item explained in words: what was done, what the rule wanted, and why. */
export function ItemExplanation({ item, scenario, text }: Props) {
  const { t } = useTranslation('play');
  const node = scenario.nodes[item.node];
  const local = item.id.split('/')[1] ?? '';
  const reasons = (item.reason ?? '').split(' ').filter(Boolean);
  let what = '';
  let better = '';
  if (item.kind === 'choice' && node?.kind === 'decision') {
    what = text(textKeys.choiceText(item.node, item.response));
    if (item.expected) better = text(textKeys.choiceText(item.node, item.expected));
  } else if (item.kind === 'casualty') {
    what = t('items.casualty', {
      name: text(textKeys.casualtyLabel(local)),
      given: t(`triage.tag.${item.response as 'red'}`),
      expected: t(`triage.tag.${(item.expected ?? item.response) as 'red'}`),
    });
  } else if (item.kind === 'placement') {
    what = t('items.placement', {
      name: text(textKeys.survivorLabel(local)),
      hospital: text(textKeys.hospitalLabel(item.response)),
    });
  } else if (item.kind === 'question') {
    what = t('items.question', { question: text(textKeys.questionText(item.response)) });
  } else if (item.kind === 'coverage') {
    what = t(item.response === 'covered' ? 'items.covered' : 'items.missing', {
      fact: text(textKeys.factText(local.replace(/^fact:/, ''))),
    });
  }
  return (
    <div className={`item quality-${item.quality}`}>
      <p className="item-what">
        <span className={`quality-badge quality-${item.quality}`}>
          {t(`quality.${item.quality}`)}
        </span>
        {item.critical && <span className="critical-badge">{t('quality.critical')}</span>} {what}
      </p>
      {item.kind === 'choice' && (
        <p className="item-why">{text(textKeys.choiceFeedback(item.node, item.response))}</p>
      )}
      {reasons.map((r) => (
        <p key={r} className="item-why">
          {t(`reasons.${r as 'capacity'}`)}
        </p>
      ))}
      {better && (
        <p className="item-better">
          <strong>{t('items.better')}</strong> {better}
        </p>
      )}
      <GuidelineList ids={item.guidelines} />
    </div>
  );
}
