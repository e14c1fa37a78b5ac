import { useState } from 'react';
import { BoardFooter } from './board-footer';
import { useTranslation } from 'react-i18next';
import { TRIAGE_TAGS } from '../../engine/schema/enums';
import type { Scenario, TriageNode, TriageTag } from '../../engine/schema/scenario';
import { textKeys } from '../../engine/text/text-keys';

type Props = {
  scenario: Scenario;
  node: TriageNode;
  text: (key: string) => string;
  /** Tags chosen before a reload (the saved draft). */
  initial?: Record<string, TriageTag>;
  /** Every change, so the draft survives a reload. */
  onDraft?: (tags: Record<string, TriageTag>) => void;
  onSubmit: (tags: Record<string, TriageTag>) => void;
};

/** Tag each casualty from the findings shown: one radio group per casualty, all keyboard-operable. */
export function TriageBoard({ node, text, initial, onDraft, onSubmit }: Props) {
  const { t } = useTranslation('play');
  // Only this node's casualties: a draft never brings in anything else.
  const [tags, setTags] = useState<Record<string, TriageTag>>(() =>
    Object.fromEntries(
      node.casualties.flatMap((c) =>
        initial && Object.hasOwn(initial, c) ? [[c, initial[c]!]] : [],
      ),
    ),
  );
  const choose = (id: string, tag: TriageTag) => {
    const next = { ...tags, [id]: tag };
    setTags(next);
    onDraft?.(next);
  };
  const missing = node.casualties.filter((c) => !tags[c]).length;
  return (
    <form
      className="board triage-board"
      onSubmit={(e) => {
        e.preventDefault();
        if (!missing) onSubmit(tags);
      }}
    >
      <p className="board-help">{t('triage.help')}</p>
      <ol className="card-list">
        {node.casualties.map((id) => (
          <li key={id} className="card" data-testid="casualty">
            <fieldset>
              <legend>
                <strong>{text(textKeys.casualtyLabel(id))}</strong>
              </legend>
              <p>{text(textKeys.casualtyDescription(id))}</p>
              <div
                className="tag-options"
                role="radiogroup"
                aria-label={t('triage.tagFor', { name: text(textKeys.casualtyLabel(id)) })}
              >
                {TRIAGE_TAGS.map((tag) => (
                  <label key={tag} className={`tag-option tag-${tag}`}>
                    <input
                      type="radio"
                      name={`tag-${id}`}
                      value={tag}
                      checked={tags[id] === tag}
                      onChange={() => choose(id, tag)}
                    />
                    <span>{t(`triage.tag.${tag}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <BoardFooter
        progress={missing ? t('triage.remaining', { count: missing }) : t('triage.ready')}
        canSubmit={missing === 0}
        label={t('triage.submit')}
      />
    </form>
  );
}
