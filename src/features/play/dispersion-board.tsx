import { useState } from 'react';
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
 * not drag-only). Beds in use are shown beside each hospital as the trainee assigns.
 */
export function DispersionBoard({ scenario, node, text, initial, onDraft, onSubmit }: Props) {
  const { t } = useTranslation('play');
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
  const used = (h: string) => node.survivors.filter((s) => placements[s] === h).length;
  const missing = node.survivors.filter((s) => !placements[s]).length;
  return (
    <form
      className="board dispersion-board"
      onSubmit={(e) => {
        e.preventDefault();
        if (!missing) onSubmit(placements);
      }}
    >
      <p className="board-help">{t('dispersion.help')}</p>
      <h3>{t('dispersion.hospitals')}</h3>
      <ul className="card-list hospitals">
        {node.hospitals.map((h) => {
          const cap = scenario.hospitals?.[h]?.capacity ?? 0;
          return (
            <li key={h} className="card hospital" data-testid="hospital">
              <strong>{text(textKeys.hospitalLabel(h))}</strong>
              <p>{text(textKeys.hospitalDescription(h))}</p>
              <p className={used(h) > cap ? 'over-capacity' : 'capacity'}>
                {t('dispersion.beds', { used: used(h), capacity: cap })}
              </p>
            </li>
          );
        })}
      </ul>
      <h3>{t('dispersion.survivors')}</h3>
      <ol className="card-list">
        {node.survivors.map((s) => (
          <li key={s} className="card" data-testid="survivor">
            <label htmlFor={`place-${s}`}>
              <strong>{text(textKeys.survivorLabel(s))}</strong>
            </label>
            <p id={`desc-${s}`}>{text(textKeys.survivorDescription(s))}</p>
            <select
              id={`place-${s}`}
              aria-describedby={`desc-${s}`}
              value={placements[s] ?? ''}
              onChange={(e) => place(s, e.target.value)}
            >
              <option value="">{t('dispersion.choose')}</option>
              {node.hospitals.map((h) => (
                <option key={h} value={h}>
                  {text(textKeys.hospitalLabel(h))}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ol>
      <BoardFooter
        progress={missing ? t('dispersion.remaining', { count: missing }) : t('dispersion.ready')}
        canSubmit={missing === 0}
        label={t('dispersion.submit')}
      />
    </form>
  );
}
