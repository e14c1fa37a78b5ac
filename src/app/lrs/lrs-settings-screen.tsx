import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNamespace } from '../../i18n/use-namespace';
import { loadProfile } from '../../features/play/profile';
import {
  basicAuthorization,
  checkEndpoint,
  type EndpointProblem,
} from '../../standards/lrs/lrs-target';
import { TextField } from '../../ui/text-field';
import { useAsync } from '../../ui/use-async';
import { setLrsConfigured } from './lrs-flag';
import { startLrsSync, type LrsSync } from './lrs-sync';
import { LrsStatus } from './lrs-status';
import { useLrsState } from './use-lrs-state';
import { languageTag, asUiLanguage } from '../../i18n/init';
import { usePageTitle } from '../../ui/use-page-title';

/** Settings for an LRS: endpoint and write-only key, the queue's state, the consent given. */
export function LrsSettingsScreen() {
  const ready = useNamespace('standards');
  const { t, i18n } = useTranslation('standards');
  usePageTitle(ready ? t('title') : undefined);
  const [sync, setSync] = useState<LrsSync | undefined>();
  const [profile] = useAsync(loadProfile, []);
  const [endpoint, setEndpoint] = useState('');
  const [key, setKey] = useState('');
  const [error, setError] = useState<EndpointProblem | 'noKey' | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const state = useLrsState(sync);

  useEffect(() => {
    let live = true;
    void startLrsSync(() => languageTag(asUiLanguage(i18n.language))).then(async (s) => {
      if (!live) return;
      setSync(s);
      const target = await s.settingsTarget();
      if (live && target) setEndpoint(target.endpoint);
    });
    return () => {
      live = false;
    };
  }, [i18n]);

  if (!ready) return <p role="status">…</p>;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(undefined);
    const checked = checkEndpoint(endpoint);
    if (!checked.ok) return setError(checked.problem);
    if (!key.trim()) return setError('noKey');
    setError(undefined);
    await sync?.saveSettingsTarget({
      endpoint: checked.endpoint,
      authorization: basicAuthorization(key),
      source: 'settings',
    });
    setLrsConfigured(true);
    setEndpoint(checked.endpoint);
    setKey('');
    setNotice(t('saved', { endpoint: checked.endpoint }));
    void sync?.delivery.flush({ force: true });
  };
  const remove = async () => {
    await sync?.saveSettingsTarget(undefined);
    setLrsConfigured(false);
    setEndpoint('');
    setNotice(t('removed'));
  };
  const consent = profile.status === 'ready' && profile.value?.shareConsent;

  return (
    <div className="lrs-settings">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p data-testid="lrs-consent">{consent ? t('consent.given') : t('consent.missing')}</p>
      <p>
        <a href="#/settings">{t('consent.change')}</a>
      </p>
      <form onSubmit={(e) => void save(e)} noValidate>
        <TextField
          id="lrs-endpoint"
          label={t('endpoint')}
          hint={t('endpointHelp')}
          errorId="lrs-error"
          invalid={Boolean(error && error !== 'noKey')}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={endpoint}
          onChange={(e) => setEndpoint(e.target.value)}
        />
        <TextField
          id="lrs-key"
          label={t('key')}
          hint={t('keyHelp')}
          errorId="lrs-error"
          invalid={error === 'noKey'}
          type="password"
          autoComplete="off"
          value={key}
          onChange={(e) => setKey(e.target.value)}
        />
        {error && (
          <p id="lrs-error" className="error" role="alert">
            {t(`errors.${error}`)}
          </p>
        )}
        <button type="submit" className="primary" data-testid="lrs-save">
          {t('save')}
        </button>
      </form>
      {notice && (
        <p className="notice" role="status" data-testid="lrs-notice">
          {notice}
        </p>
      )}
      <section aria-labelledby="lrs-status-heading">
        <h2 id="lrs-status-heading">{t('status.heading')}</h2>
        {state && (
          <LrsStatus state={state} onSendNow={() => void sync?.delivery.flush({ force: true })} />
        )}
      </section>
      {endpoint && (
        <button type="button" onClick={() => void remove()}>
          {t('remove')}
        </button>
      )}
    </div>
  );
}
