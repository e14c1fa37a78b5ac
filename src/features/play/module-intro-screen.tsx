import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibrary } from './use-library';
import { languageTag } from '../../i18n/init';
import type { Mode } from '../../records/attempt-record';
import { navigate } from '../../ui/routes';
import { loadProfile } from './profile';
import { startAttempt } from './start-attempt';
import { storageProblemOf, type StorageProblem } from '../../records/storage-problem';
import { storageProblemText } from '../../views/storage-problem-text';
import { useAsync } from '../../ui/use-async';
import { usePageTitle } from '../../ui/use-page-title';
import { listAttempts, openAttempt, ownAttempts } from './attempts-data';
import './module-intro.css';

/** The open attempt of this module, if any: the intro offers to continue it (review item 11). */
async function openAttemptOf(moduleId: string) {
  const [{ attempts }, profile] = await Promise.all([listAttempts(), loadProfile()]);
  return openAttempt(moduleId, ownAttempts(attempts, profile));
}

/**
 * Before a module: content notes first (the trauma-informed gate), then the mode and Start early
 * (or "Continue where you left off" when an attempt is open, instead of a second attempt), then
 * goals and how scoring works (review item 11).
 */
export function ModuleIntroScreen({ moduleId }: { moduleId: string }) {
  const { t, i18n } = useTranslation('play');
  const [mode, setMode] = useState<Mode>('practice');
  const { t: tc } = useTranslation('common');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<StorageProblem | undefined>();
  const library = useLibrary();
  const m = library?.find((l) => l.id === moduleId);
  const [open] = useAsync(() => openAttemptOf(moduleId), [moduleId]);
  const lang = i18n.language === 'es' ? 'es' : 'en';
  usePageTitle(m ? m.title[lang] : undefined);
  if (!library) return <p role="status">{t('loading')}</p>;
  if (!m) return <p role="alert">{t('module.notFound')}</p>;
  // A failed start says why and gives the button back (review H1), never a button left disabled.
  const begin = async () => {
    setBusy(true);
    setFailed(undefined);
    try {
      const profile = await loadProfile();
      if (!profile) return navigate({ name: 'welcome' });
      const record = await startAttempt(m, mode, profile, languageTag(lang));
      navigate({ name: 'play', attemptId: record.attemptId });
    } catch (e) {
      setFailed(storageProblemOf(e));
      setBusy(false);
    }
  };
  const resume = open.status === 'ready' ? open.value : undefined;
  return (
    <div className="module-intro">
      <h1>{m.title[lang]}</h1>
      {m.review === 'draft' && (
        <p className="banner draft" role="note" data-testid="draft-banner">
          {t('module.draftBanner')}
        </p>
      )}
      {m.contentNotes.length > 0 && (
        <section aria-labelledby="notes-heading" className="content-notes">
          <h2 id="notes-heading">{t('module.contentNotes')}</h2>
          <p>{t('module.contentNotesLead')}</p>
          <ul>
            {m.contentNotes.map((c) => (
              <li key={c}>{t(`contentNote.${c as 'injury'}`)}</li>
            ))}
          </ul>
          <p>{t('module.pauseAnytime')}</p>
        </section>
      )}
      <p className="lead">{m.summary[lang]}</p>
      <p className="module-facts">
        {t(`step.${m.step}`)} · {t('module.minutesValue', { count: m.minutes })} ·{' '}
        {m.roles.map((r) => t(`role.${r}`)).join(', ')}
      </p>
      {resume && (
        <div className="resume-offer" data-testid="resume-offer">
          <p>
            {t('module.openAttempt', {
              date: new Date(resume.startedAt).toLocaleDateString(languageTag(lang)),
              mode: t(`mode.${resume.mode}`),
            })}
          </p>
          <a
            className="button primary"
            href={`#/play/${encodeURIComponent(resume.attemptId)}`}
            data-testid="continue-attempt"
          >
            {t('module.continue')}
          </a>
        </div>
      )}
      <fieldset className="mode-choice">
        <legend>{resume ? t('module.modeNew') : t('module.mode')}</legend>
        {(['practice', 'assessed'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="mode"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />
            <span>
              <strong>{t(`mode.${value}`)}</strong> — {t(`mode.${value}Help`)}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button
          type="button"
          className={resume ? undefined : 'primary'}
          onClick={() => void begin()}
          disabled={busy}
          data-testid="start"
        >
          {resume ? t('module.startNew') : t('module.start')}
        </button>
        <a className="button" href="#/">
          {t('player.home')}
        </a>
      </div>
      {failed && (
        <p className="error" role="alert" data-testid="start-failed">
          {t('module.startFailed', { reason: storageProblemText(failed, tc) })}
        </p>
      )}
      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">{t('module.goals')}</h2>
        <ul>
          {m.goals.map((g) => (
            <li key={g.en}>{g[lang]}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="scoring-heading">
        <h2 id="scoring-heading">{t('module.scoring')}</h2>
        <p>{t('module.scoringText', { mark: Math.round((m.passMark ?? 0.8) * 100) })}</p>
      </section>
    </div>
  );
}
