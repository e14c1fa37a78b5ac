import { useTranslation } from 'react-i18next';
import type { Vars } from '../../engine/attempt/conditions';

/** The state that matters to the survivor, in words and numbers (issue 4). Only declared variables show. */
export const STATUS_VARIABLES = [
  'trust',
  'hoursSinceRescue',
  'timesRecounted',
  'exposureRisk',
] as const;
export type StatusVariable = (typeof STATUS_VARIABLES)[number];

/** Which way is better for the survivor: only trust is better when it rises. */
const BETTER_WHEN_HIGHER: Record<StatusVariable, boolean> = {
  trust: true,
  hoursSinceRescue: false,
  timesRecounted: false,
  exposureRisk: false,
};

type Translate = (key: string, o?: Record<string, unknown>) => string;

/** The sentence for one value that moved ("Trust fell by 20."), the live region's words. */
const changeSentence = (v: StatusVariable, delta: number, t: Translate) =>
  t(delta > 0 ? `status.rose.${v}` : `status.fell.${v}`, { count: Math.abs(delta) });

/**
 * The strip, with a chip on each value the last step moved ("▼ −20"), so a sighted trainee sees
 * the consequence that the live region announces (review UX #7). The chip stays until the next
 * step; it carries the same sentence as the announcement for screen-reader users reading the strip.
 */
export function StatusStrip({
  vars,
  before,
  moment = 0,
}: {
  vars: Vars;
  /** The values before the last step, to show what it moved. */
  before?: Vars | undefined;
  /** Steps taken: a new step restarts the highlight on a value that moves again. */
  moment?: number;
}) {
  const { t } = useTranslation('play');
  const shown = STATUS_VARIABLES.filter((v) => v in vars);
  if (!shown.length) return null;
  return (
    <dl className="status-strip" aria-label={t('status.label')} data-testid="status-strip">
      {shown.map((v) => {
        const delta = before && v in before ? (vars[v] ?? 0) - (before[v] ?? 0) : 0;
        const worse = delta !== 0 && delta > 0 !== BETTER_WHEN_HIGHER[v];
        return (
          <div
            key={delta ? `${v}-${moment}` : v}
            className={`status-item status-${v}${delta ? ' changed' : ''}`}
          >
            <dt>{t(`status.${v}`)}</dt>
            <dd>
              <span className="status-value">
                {t(`status.value.${v}`, { count: vars[v] ?? 0 })}
              </span>
              {delta !== 0 && (
                <span
                  className={`status-delta ${worse ? 'worse' : 'better'}`}
                  data-testid="status-delta"
                >
                  <span aria-hidden="true">
                    {delta > 0 ? '▲' : '▼'} {delta > 0 ? '+' : '−'}
                    {Math.abs(delta)}
                  </span>
                  <span className="visually-hidden">
                    {changeSentence(v, delta, t as Translate)}
                  </span>
                </span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** A sentence describing what changed, for the live region ("Trust fell by 10."). */
export function describeChanges(before: Vars, after: Vars, t: Translate): string {
  return STATUS_VARIABLES.filter((v) => v in after && (before[v] ?? 0) !== (after[v] ?? 0))
    .map((v) => changeSentence(v, (after[v] ?? 0) - (before[v] ?? 0), t))
    .join(' ');
}
