import { useId, useRef, useState } from 'react';
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

/**
 * Tag each casualty from the findings shown: one radio group per casualty, all keyboard-operable.
 * A tagged card shows its tag in its header and a tag-coloured edge; the footer stays in view with
 * what is left, a jump to the next person without a tag, and the confirm button (review UX #4).
 */
export function TriageBoard({ node, text, initial, onDraft, onSubmit }: Props) {
  const { t } = useTranslation('play');
  const formId = useId();
  const form = useRef<HTMLFormElement>(null);
  // The card last tagged: "next person to tag" looks on from there, as a person reading down would.
  const lastTagged = useRef<string | undefined>(undefined);
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
    lastTagged.current = id;
    setTags(next);
    onDraft?.(next);
  };
  const missing = node.casualties.filter((c) => !tags[c]).length;
  const toNextUntagged = () => {
    const ids = node.casualties;
    const from = lastTagged.current ? ids.indexOf(lastTagged.current) + 1 : 0;
    const target = [...ids.slice(from), ...ids.slice(0, from)].find((c) => !tags[c]);
    const input = target
      ? form.current?.querySelector<HTMLInputElement>(`[data-casualty="${target}"] input`)
      : undefined;
    if (!input) return;
    // Centred, so the sticky footer never covers the card it brings up.
    input.closest('li')?.scrollIntoView({ block: 'center' });
    input.focus({ preventScroll: true });
  };
  return (
    <>
      <form
        id={formId}
        ref={form}
        className="board triage-board"
        onSubmit={(e) => {
          e.preventDefault();
          if (!missing) onSubmit(tags);
        }}
      >
        <p className="board-help">{t('triage.tool')}</p>
        <ol className="card-list">
          {node.casualties.map((id) => {
            const tag = tags[id];
            return (
              <li
                key={id}
                className={tag ? `card casualty tagged tagged-${tag}` : 'card casualty'}
                data-testid="casualty"
                data-casualty={id}
              >
                <fieldset>
                  <legend className="casualty-head">
                    <strong>{text(textKeys.casualtyLabel(id))}</strong>
                    {tag && (
                      <span className={`tag-chip tag-${tag}`} data-testid="casualty-tag">
                        <span>{t(`triage.tag.${tag}`)}</span>
                      </span>
                    )}
                  </legend>
                  <p>{text(textKeys.casualtyDescription(id))}</p>
                  <div
                    className="tag-options"
                    role="radiogroup"
                    aria-label={t('triage.tagFor', { name: text(textKeys.casualtyLabel(id)) })}
                  >
                    {TRIAGE_TAGS.map((option) => (
                      <label key={option} className={`tag-option tag-${option}`}>
                        <input
                          type="radio"
                          name={`tag-${id}`}
                          value={option}
                          checked={tag === option}
                          onChange={() => choose(id, option)}
                        />
                        <span>{t(`triage.tag.${option}`)}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      </form>
      <BoardFooter
        form={formId}
        progress={missing ? t('triage.remaining', { count: missing }) : t('triage.ready')}
        canSubmit={missing === 0}
        label={t('triage.submit')}
      >
        {missing > 0 && (
          <button type="button" onClick={toNextUntagged} data-testid="next-untagged">
            {t('triage.nextUntagged')}
          </button>
        )}
      </BoardFooter>
    </>
  );
}
