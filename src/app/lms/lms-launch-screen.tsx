import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage, languageTag, switchLanguage } from '../../i18n/init';
import { useNamespace } from '../../i18n/use-namespace';
import { navigate } from '../../ui/routes';
import type { LmsLaunch } from './launch-params';

type Failure = {
  reason:
    | 'no-lms'
    | 'lms-refused'
    | 'unknown-module'
    | 'launch-failed'
    | 'fetch-refused'
    | 'session-ended';
  detail?: string;
};

/** Opens the module an LMS launched (SCORM or cmi5), then hands over to the player. */
export function LmsLaunchScreen({
  launch,
  onLaunched,
}: {
  launch: LmsLaunch;
  onLaunched: () => void;
}) {
  const ready = useNamespace('standards');
  const { t, i18n } = useTranslation('standards');
  const [failure, setFailure] = useState<Failure | undefined>();
  useEffect(() => {
    let live = true;
    const language = languageTag(asUiLanguage(i18n.language));
    const run =
      launch.kind === 'scorm'
        ? import('./scorm-launch').then((m) => m.launchScorm(launch.moduleId, language))
        : import('./cmi5-launch').then((m) =>
            m.launchCmi5(launch.moduleId, launch.params, language),
          );
    run.then(
      (r) => {
        if (!live) return;
        if (!r.ok) return setFailure(r);
        // The LMS's language for this learner (cmi5LearnerPreferences): for this launch only,
        // the device's own choice is not overwritten.
        if ('language' in r && r.language && r.language !== asUiLanguage(i18n.language))
          void switchLanguage(i18n, r.language);
        // After a reload the route already shows the attempt (or its debrief): keep it.
        if (!window.location.hash.includes(r.attemptId))
          navigate({ name: 'play', attemptId: r.attemptId });
        onLaunched();
      },
      (e: unknown) => live && setFailure({ reason: 'launch-failed', detail: String(e) }),
    );
    return () => {
      live = false;
    };
    // One launch per page: the language at launch time is the attempt's first language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [launch]);
  if (!ready) return null;
  if (!failure)
    return (
      <p role="status" data-testid="lms-launching">
        {t('lms.launching')}
      </p>
    );
  return (
    <div className="notice" role="alert" data-testid="lms-failure">
      <p>{t(`lms.errors.${failure.reason}`)}</p>
      {failure.detail && <p className="hint">{failure.detail}</p>}
    </div>
  );
}
