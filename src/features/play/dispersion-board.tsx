import { useId, useState } from 'react';
import { BoardFooter } from './board-footer';
import { useTranslation } from 'react-i18next';
import type { DispersionNode, Scenario } from '../../engine/schema/scenario';
import { textKeys } from '../../engine/text/text-keys';

type Props = {
  scenario: Scenario;
  node: DispersionNode;
  text: (key: string) => string;
  /** Placements chosen before a reload (the saved draft). */
  initial?: Record<string, string>;
  /** Every change, so the draft survives a reload. */
  onDraft?: (placements: Record<string, string>) => void;
  onSubmit: (placements: Record<string, string>) => void;
};

/**
 * Assign each survivor to a hospital with a plain select (keyboard and screen-reader friendly,
 * not drag-only). Beds are counted where the trainee looks (review UX #9): each option says how
 * many places the hospital has left, a person placed in a hospital that is over capacity gets the
 * warning on their own card, and the per-hospital tally stays in the footer in view.
 *
 * Only beds are counted for the trainee: they are a fact on the board. Who must not meet whom is
 * the judgement the board scores, so it stays in the story and the cards, never flagged live.
 */
export function DispersionBoard({ scenario, node, text, initial, onDraft, onSubmit }: Props) {
  const { t } = useTranslation('play');
  const formId = useId();
  // Only this node's survivors and hospitals: a draft never brings in anything else.
  const [placements, setPlacements] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      node.survivors.flatMap((s) => {
        const h = initial && Object.hasOwn(initial, s) ? initial[s] : undefined;
        return h && node.hospitals.includes(h) ? [[s, h]] : [];
      }),
    ),
  );
  const place = (s: string, h: string) => {
    const next = { ...placements, [s]: h };
    if (!h) delete next[s];
    setPlacements(next);
    onDraft?.(next);
  };
  const capacity = (h: string) => scenario.hospitals?.[h]?.capacity ?? 0;
  const used = (h: string) => node.survivors.filter((s) => placements[s] === h).length;
  const beds = (h: string) => {
    const free = capacity(h) - used(h);
    return free >= 0
      ? t('dispersion.free', { count: free })
      : t('dispersion.over', { count: -free });
  };
  const missing = node.survivors.filter((s) => !placements[s]).length;
  return (
    <>
      <form
        id={formId}
        className="board dispersion-board"
        onSubmit={(e) => {
          e.preventDefault();
          if (!missing) onSubmit(placements);
        }}
      >
        <p className="board-help">{t('dispersion.help')}</p>
        <h3>{t('dispersion.hospitals')}</h3>
        <ul className="card-list hospitals">
          {node.hospitals.map((h) => (
            <li key={h} className="card hospital" data-testid="hospital">
              <strong>{text(textKeys.hospitalLabel(h))}</strong>
              <p>{text(textKeys.hospitalDescription(h))}</p>
            </li>
          ))}
        </ul>
        <h3>{t('dispersion.survivors')}</h3>
        <ol className="card-list">
          {node.survivors.map((s) => {
            const h = placements[s];
            // The hospital over capacity this person is in, if any: the warning goes on their card.
            const over = h !== undefined && used(h) > capacity(h) ? h : undefined;
            return (
              <li
                key={s}
                className={over ? 'card survivor warned' : 'card survivor'}
                data-testid="survivor"
              >
                <label htmlFor={`place-${s}`}>
                  <strong>{text(textKeys.survivorLabel(s))}</strong>
                </label>
                <p id={`desc-${s}`}>{text(textKeys.survivorDescription(s))}</p>
                <select
                  id={`place-${s}`}
                  aria-describedby={over ? `desc-${s} warn-${s}` : `desc-${s}`}
                  value={h ?? ''}
                  onChange={(e) => place(s, e.target.value)}
                >
                  <option value="">{t('dispersion.choose')}</option>
                  {node.hospitals.map((o) => (
                    <option key={o} value={o}>
                      {t('dispersion.option', {
                        hospital: text(textKeys.hospitalLabel(o)),
                        beds: beds(o),
                      })}
                    </option>
                  ))}
                </select>
                {over && (
                  <p className="card-warning" id={`warn-${s}`} data-testid="capacity-warning">
                    {t('dispersion.overWarning', {
                      hospital: text(textKeys.hospitalLabel(over)),
                      used: used(over),
                      capacity: capacity(over),
                    })}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </form>
      <BoardFooter
        form={formId}
        progress={missing ? t('dispersion.remaining', { count: missing }) : t('dispersion.ready')}
        canSubmit={missing === 0}
        label={t('dispersion.submit')}
      >
        <dl className="bed-tally" aria-label={t('dispersion.tally')} data-testid="bed-tally">
          {node.hospitals.map((h) => (
            <div key={h} className={used(h) > capacity(h) ? 'over-capacity' : undefined}>
              <dt>{text(textKeys.hospitalLabel(h))}</dt>
              <dd>{t('dispersion.tallyValue', { used: used(h), capacity: capacity(h) })}</dd>
            </div>
          ))}
        </dl>
      </BoardFooter>
    </>
  );
}
