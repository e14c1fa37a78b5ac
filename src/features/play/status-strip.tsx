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

export function StatusStrip({ vars }: { vars: Vars }) {
  const { t } = useTranslation('play');
  const shown = STATUS_VARIABLES.filter((v) => v in vars);
  if (!shown.length) return null;
  return (
    <dl className="status-strip" aria-label={t('status.label')}>
      {shown.map((v) => (
        <div key={v} className={`status-item status-${v}`}>
          <dt>{t(`status.${v}`)}</dt>
          <dd>{t(`status.value.${v}`, { count: vars[v] ?? 0 })}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A sentence describing what changed, for the live region ("Trust fell by 10."). */
export function describeChanges(
  before: Vars,
  after: Vars,
  t: (key: string, o?: Record<string, unknown>) => string,
): string {
  return STATUS_VARIABLES.filter((v) => v in after && (before[v] ?? 0) !== (after[v] ?? 0))
    .map((v) => {
      const delta = (after[v] ?? 0) - (before[v] ?? 0);
      return t(delta > 0 ? `status.rose.${v}` : `status.fell.${v}`, { count: Math.abs(delta) });
    })
    .join(' ');
}
