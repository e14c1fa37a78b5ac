import { useTranslation } from 'react-i18next';
import type { QueueState } from '../../standards/lrs/delivery';

/** "n results waiting to be sent", and why, in the trainee's words (issue 11). */
export function LrsStatus({ state, onSendNow }: { state: QueueState; onSendNow?: () => void }) {
  const { t, i18n } = useTranslation('standards');
  const time = (ms: number) =>
    new Date(ms).toLocaleTimeString(i18n.language === 'es' ? 'es-MX' : 'en', {
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  return (
    <div className="lrs-status" role="status" data-testid="lrs-status">
      <p data-testid="lrs-waiting">
        {state.waiting
          ? t('status.waiting', { count: state.waiting })
          : state.sent
            ? t('status.allSent', { count: state.sent })
            : t('status.nothing')}
      </p>
      {state.paused && (
        <p className="error">
          {t(state.paused.reason === 'credentials' ? 'status.credentials' : 'status.endpoint', {
            status: state.paused.status,
          })}
        </p>
      )}
      {!state.paused && state.waiting > 0 && state.nextTryAt && (
        <p>{t('status.retrying', { time: time(state.nextTryAt) })}</p>
      )}
      {state.setAside > 0 && (
        <p className="error">{t('status.setAside', { count: state.setAside })}</p>
      )}
      {onSendNow && state.waiting > 0 && !state.paused && (
        <button type="button" onClick={onSendNow}>
          {t('status.sendNow')}
        </button>
      )}
    </div>
  );
}
