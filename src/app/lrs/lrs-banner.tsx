import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage, languageTag } from '../../i18n/init';
import { useNamespace } from '../../i18n/use-namespace';
import { startLrsSync, type LrsSync } from './lrs-sync';
import { useLrsState } from './use-lrs-state';

/**
 * Starts the LRS emitter for this page and, on every screen, says how many results are waiting
 * or why sending stopped. Rendered (and loaded) only when an LRS is configured.
 */
export function LrsBanner() {
  const ready = useNamespace('standards');
  const { t, i18n } = useTranslation('standards');
  const [sync, setSync] = useState<LrsSync | undefined>();
  const state = useLrsState(sync);
  useEffect(() => {
    let live = true;
    void startLrsSync(() => languageTag(asUiLanguage(i18n.language))).then(
      (s) => live && setSync(s),
    );
    return () => {
      live = false;
    };
  }, [i18n]);
  if (!ready || !state || (!state.waiting && !state.paused)) return null;
  return (
    <p className="notice lrs-banner" role="status" data-testid="lrs-banner">
      <a href="#/lrs">
        {state.paused
          ? t(state.paused.reason === 'credentials' ? 'status.credentials' : 'status.endpoint', {
              status: state.paused.status,
            })
          : t('status.waiting', { count: state.waiting })}
      </a>
    </p>
  );
}
