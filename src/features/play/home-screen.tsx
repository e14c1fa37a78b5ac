import { useTranslation } from 'react-i18next';
import { useLibrary } from './use-library';
import { useAsync } from '../../ui/use-async';
import { listAttempts, progressOf, unfinishedAttempt } from './attempts-data';
import { rememberedAssignments } from '../../records/assigned-links';

/** The module library with progress, and a way to past attempts (issue 4). */
export function HomeScreen() {
  const { t, i18n } = useTranslation('play');
  const [attempts] = useAsync(listAttempts, []);
  const library = useLibrary();
  const [assigned] = useAsync(rememberedAssignments, []);
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const list = attempts.status === 'ready' ? attempts.value.attempts : [];
  const setAside = attempts.status === 'ready' ? attempts.value.setAside : [];
  return (
    <div className="home">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>
      {setAside.length > 0 && (
        <p className="warning" role="alert" data-testid="set-aside-notice">
          {t('home.setAside', { count: setAside.length })}
        </p>
      )}
      {assigned.status === 'ready' && assigned.value.length > 0 && (
        <section aria-labelledby="assigned-heading" data-testid="my-assignments">
          <h2 id="assigned-heading">{t('home.assignments')}</h2>
          <ul>
            {assigned.value.map((a) => (
              <li key={a.id}>
                <a href={`#/a/${a.payload}`}>{a.cohort}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!library && <p role="status">{t('loading')}</p>}
      <ul className="library">
        {(library ?? []).map((m) => {
          const progress = progressOf(m.id, list);
          const resume = unfinishedAttempt(m.id, list);
          return (
            <li key={m.id} className="module-card" data-testid="module-card">
              <h2>
                <a href={`#/module/${m.id}`}>{m.title[lang]}</a>
              </h2>
              <p>{m.summary[lang]}</p>
              <dl className="module-meta">
                <div>
                  <dt>{t('module.step')}</dt>
                  <dd>{t(`step.${m.step}`)}</dd>
                </div>
                <div>
                  <dt>{t('module.minutes')}</dt>
                  <dd>{t('module.minutesValue', { count: m.minutes })}</dd>
                </div>
                <div>
                  <dt>{t('module.roles')}</dt>
                  <dd>{m.roles.map((r) => t(`role.${r}`)).join(', ')}</dd>
                </div>
                {m.contentNotes.length > 0 && (
                  <div>
                    <dt>{t('module.contentNotes')}</dt>
                    <dd>
                      {m.contentNotes.map((c) => t(`contentNote.${c as 'injury'}`)).join(', ')}
                    </dd>
                  </div>
                )}
                <div>
                  <dt>{t('module.review')}</dt>
                  <dd>{t(`review.${m.review}`)}</dd>
                </div>
                <div>
                  <dt>{t('module.progress')}</dt>
                  <dd className={`progress progress-${progress}`} data-testid="progress">
                    {t(`progress.${progress}`)}
                  </dd>
                </div>
              </dl>
              {resume && resume.log.length > 0 && (
                <a className="button" href={`#/play/${resume.attemptId}`} data-testid="resume">
                  {t('home.resume')}
                </a>
              )}
            </li>
          );
        })}
      </ul>
      <p>
        <a href="#/attempts">
          {t('home.pastAttempts', { count: list.filter((a) => a.endedAt).length })}
        </a>
      </p>
      <p>
        <a href="#/assign" data-testid="for-instructors">
          {t('home.forInstructors')}
        </a>
      </p>
    </div>
  );
}
