import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../content/library';
import type { AttemptRecord } from '../../records/attempt-record';
import { rememberedAssignments } from '../../records/assigned-links';
import { useAsync } from '../../ui/use-async';
import { usePageTitle } from '../../ui/use-page-title';
import { listAttempts, ownAttempts, progressOf, unfinishedAttempt } from './attempts-data';
import { loadProfile } from './profile';
import { useLibrary } from './use-library';
import './home.css';

async function loadHome() {
  const [listing, profile] = await Promise.all([listAttempts(), loadProfile()]);
  return { ...listing, attempts: ownAttempts(listing.attempts, profile), profile };
}

/**
 * The module library (review item 10): compact cards, a grid on wider screens, the modules for
 * the role chosen at sign-up first in library order (the recommended path), each card with its
 * progress badge and one primary action (start, or continue an open attempt).
 */
export function HomeScreen() {
  const { t } = useTranslation('play');
  usePageTitle(t('home.title'));
  const [home] = useAsync(loadHome, []);
  const library = useLibrary();
  const [assigned] = useAsync(rememberedAssignments, []);
  const list = home.status === 'ready' ? home.value.attempts : [];
  const setAside = home.status === 'ready' ? home.value.setAside : [];
  const profile = home.status === 'ready' ? home.value.profile : undefined;
  const role = profile?.role;
  const forRole = role ? (library ?? []).filter((m) => m.roles.includes(role)) : [];
  const others = (library ?? []).filter((m) => !forRole.includes(m));
  const finished = list.filter((a) => a.endedAt).length;
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
      {(!library || home.status === 'loading') && <p role="status">{t('loading')}</p>}
      {library && home.status !== 'loading' && (
        <>
          {forRole.length > 0 && role && (
            <ModuleGroup
              id="for-role"
              heading={t('home.forRole', { role: t(`role.${role}`) })}
              hint={t('home.forRoleHint')}
              modules={forRole}
              attempts={list}
              numbered
            />
          )}
          {others.length > 0 && (
            <ModuleGroup
              id="other-modules"
              heading={forRole.length ? t('home.otherModules') : t('home.allModules')}
              modules={others}
              attempts={list}
            />
          )}
        </>
      )}
      {/* With the cards, not before them: drawn earlier, the cards would push it down. */}
      {library && home.status !== 'loading' && (
        <p className="home-links">
          <a href="#/attempts">{t('home.pastAttempts', { count: finished })}</a>
          <a href="#/assign" data-testid="for-instructors">
            {t('home.forInstructors')}
          </a>
        </p>
      )}
    </div>
  );
}

type GroupProps = {
  id: string;
  heading: string;
  hint?: string;
  modules: LibraryEntry[];
  attempts: AttemptRecord[];
  /** The recommended path is an order: its cards are numbered. */
  numbered?: boolean;
};

function ModuleGroup({ id, heading, hint, modules, attempts, numbered }: GroupProps) {
  const List = numbered ? 'ol' : 'ul';
  return (
    <section aria-labelledby={`${id}-heading`} data-testid={id}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {hint && <p className="hint">{hint}</p>}
      <List className="library">
        {modules.map((m, i) => (
          <ModuleCard key={m.id} m={m} attempts={attempts} n={numbered ? i + 1 : undefined} />
        ))}
      </List>
    </section>
  );
}

function ModuleCard({
  m,
  attempts,
  n,
}: {
  m: LibraryEntry;
  attempts: AttemptRecord[];
  n: number | undefined;
}) {
  const { t, i18n } = useTranslation('play');
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const progress = progressOf(m.id, attempts);
  const resume = unfinishedAttempt(m.id, attempts);
  const titleId = `module-${m.id}-title`;
  return (
    <li className="module-card" data-testid="module-card" data-module={m.id}>
      <h3 id={titleId}>
        {n !== undefined && <span className="path-step">{n}. </span>}
        <a href={`#/module/${m.id}`}>{m.title[lang]}</a>
      </h3>
      <p className="module-facts">
        {t(`step.${m.step}`)} · {t('module.minutesValue', { count: m.minutes })}
        {m.review === 'draft' && <> · {t('home.draft')}</>}
      </p>
      <p className="module-summary">{m.summary[lang]}</p>
      <div className="card-foot">
        <span className={`badge progress-${progress}`} data-testid="progress">
          {t(`progress.${progress}`)}
        </span>
        {resume ? (
          <a
            className="button primary"
            href={`#/play/${resume.attemptId}`}
            data-testid="resume"
            aria-describedby={titleId}
          >
            {t('home.continue')}
          </a>
        ) : (
          <a
            className="button primary"
            href={`#/module/${m.id}`}
            data-testid="open-module"
            aria-describedby={titleId}
          >
            {progress === 'not-started' ? t('home.start') : t('home.again')}
          </a>
        )}
      </div>
    </li>
  );
}
