import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Scenario } from '../../engine/schema/scenario';
import type { ScoredItem } from '../../engine/scoring/scored-item';
import { textKeys } from '../../engine/text/text-keys';
import { GuidelineList } from './guideline-list';

type Props = {
  item: ScoredItem;
  scenario: Scenario;
  text: (key: string) => string;
  /** Citations on one line, without statements: the debrief states each guideline once. */
  compact?: boolean;
};

/** What a scored item was, in words, and the better choice when a decision had one. */
export function describeItem(
  item: ScoredItem,
  scenario: Scenario,
  text: (key: string) => string,
  t: TFunction<'play'>,
): { what: string; better: string } {
  const node = scenario.nodes[item.node];
  const local = item.id.split('/')[1] ?? '';
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
  return { what, better };
}

/** The rule sentences of an item's reason codes ("under-triage-red capacity" → two sentences). */
export const reasonCodes = (item: ScoredItem) => (item.reason ?? '').split(' ').filter(Boolean);

/** One scored item explained in words: what was done, what the rule wanted, and why. */
export function ItemExplanation({ item, scenario, text, compact = false }: Props) {
  const { t } = useTranslation('play');
  const { what, better } = describeItem(item, scenario, text, t);
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
      {reasonCodes(item).map((r) => (
        <p key={r} className="item-why">
          {t(`reasons.${r as 'capacity'}`)}
        </p>
      ))}
      {better && (
        <p className="item-better">
          <strong>{t('items.better')}</strong> {better}
        </p>
      )}
      <GuidelineList ids={item.guidelines} compact={compact} />
    </div>
  );
}
