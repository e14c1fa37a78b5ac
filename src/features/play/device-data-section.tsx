import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storageProblemOf, type StorageProblem } from '../../records/storage-problem';
import { navigate } from '../../ui/routes';
import { useAsync } from '../../ui/use-async';
import { storageProblemText } from '../../views/storage-problem-text';
import { eraseDeviceData, forgetProfile, loadDeviceData, type DeviceData } from './device-data';
import { downloadAttempts } from './download-attempts';

type Asking = 'switch' | 'erase' | undefined;

/**
 * Shared devices (review item 12): switch trainee, or erase this device's data. Each asks first,
 * says exactly what goes and what stays, and offers the result file before anything is removed.
 */
export function DeviceDataSection() {
  const { t } = useTranslation('play');
  const { t: tc } = useTranslation('common');
  const [data] = useAsync(loadDeviceData, []);
  const [asking, setAsking] = useState<Asking>();
  const [failed, setFailed] = useState<StorageProblem | undefined>();
  if (data.status !== 'ready') return null;
  const run = (op: () => Promise<void>) =>
    op().then(
      () => navigate({ name: 'welcome' }),
      (e: unknown) => setFailed(storageProblemOf(e)),
    );
  return (
    <section aria-labelledby="device-heading" className="device-data" data-testid="device-data">
      <h2 id="device-heading">{t('device.heading')}</h2>
      <p>{t('device.lead')}</p>
      {!asking && (
        <div className="actions">
          {data.value.profile && (
            <button type="button" onClick={() => setAsking('switch')} data-testid="switch-trainee">
              {t('device.switch')}
            </button>
          )}
          <button
            type="button"
            className="danger"
            onClick={() => setAsking('erase')}
            data-testid="erase-device"
          >
            {t('device.erase')}
          </button>
        </div>
      )}
      {asking && (
        <Confirm
          asking={asking}
          data={data.value}
          onCancel={() => setAsking(undefined)}
          onConfirm={() => void run(asking === 'switch' ? forgetProfile : eraseDeviceData)}
        />
      )}
      {failed && (
        <p className="error" role="alert" data-testid="device-failed">
          {t('device.failed', { reason: storageProblemText(failed, tc) })}
        </p>
      )}
    </section>
  );
}

function Confirm({
  asking,
  data,
  onCancel,
  onConfirm,
}: {
  asking: 'switch' | 'erase';
  data: DeviceData;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation('play');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const others = data.all.length - data.mine.length;
  const toKeep = asking === 'switch' ? data.mine : data.all;
  return (
    <div className="confirm" data-testid={`confirm-${asking}`}>
      <h3 tabIndex={-1} ref={heading}>
        {asking === 'switch' ? t('device.switchTitle') : t('device.eraseTitle')}
      </h3>
      {asking === 'switch' ? (
        <ul>
          <li>{t('device.switchProfile', { pseudonym: data.profile?.pseudonym ?? '' })}</li>
          <li>{t('device.switchKept', { count: data.mine.length })}</li>
          <li>{t('device.switchShared')}</li>
        </ul>
      ) : (
        <>
          <p>{t('device.eraseLead')}</p>
          <ul data-testid="erase-list">
            <li>
              {t('device.eraseAttempts', { count: data.all.length })}
              {others > 0 && <> {t('device.eraseOthers', { count: others })}</>}
            </li>
            <li>{t('device.eraseDrafts')}</li>
            {data.profile && (
              <li>{t('device.eraseProfile', { pseudonym: data.profile.pseudonym })}</li>
            )}
            {data.setAside > 0 && <li>{t('device.eraseSetAside', { count: data.setAside })}</li>}
            {data.assignmentLinks > 0 && (
              <li>{t('device.eraseLinks', { count: data.assignmentLinks })}</li>
            )}
          </ul>
          <p>{t('device.eraseKept')}</p>
        </>
      )}
      {toKeep.length > 0 && (
        <p>
          {t('device.exportFirst')}{' '}
          <button
            type="button"
            onClick={() => void downloadAttempts(toKeep)}
            data-testid="export-first"
          >
            {t('device.export', { count: toKeep.length })}
          </button>
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className={asking === 'erase' ? 'danger' : 'primary'}
          onClick={onConfirm}
          data-testid="confirm-device"
        >
          {asking === 'switch' ? t('device.switchConfirm') : t('device.eraseConfirm')}
        </button>
        <button type="button" onClick={onCancel} data-testid="cancel-device">
          {t('device.cancel')}
        </button>
      </div>
    </div>
  );
}
