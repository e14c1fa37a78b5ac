import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { PageLayout } from '../ui/page-layout';
import { ErrorBoundary } from '../ui/error-boundary';
import { LanguageSwitch } from '../ui/language-switch';
import { navigate, routeHref, type Route } from '../ui/routes';
import { HomeScreen } from '../features/play/home-screen';
// The first visit's screen: in the first chunk too, so it draws with no wait (issue 14, Lighthouse).
import { WelcomeScreen } from '../features/play/welcome-screen';

// Home is the trainee's first load; the rest loads when first visited (first-load budget ≤ 115 KB
// gz, issues 4 and 9). The player brings XState and the engine, which the home screen never needs.
const PlayerScreen = lazy(() =>
  import('../features/play/player-screen').then((m) => ({ default: m.PlayerScreen })),
);
const ModuleIntroScreen = lazy(() =>
  import('../features/play/module-intro-screen').then((m) => ({ default: m.ModuleIntroScreen })),
);
const DebriefScreen = lazy(() =>
  import('../features/play/debrief-screen').then((m) => ({ default: m.DebriefScreen })),
);
const AttemptsScreen = lazy(() =>
  import('../features/play/attempts-screen').then((m) => ({ default: m.AttemptsScreen })),
);
const SettingsScreen = lazy(() =>
  import('../features/play/settings-screen').then((m) => ({ default: m.SettingsScreen })),
);
const AssignmentScreen = lazy(() =>
  import('../features/play/assignment-screen').then((m) => ({ default: m.AssignmentScreen })),
);
// Instructor screens: their own chunks, with the QR library; never on the trainee's first load.
const AssignListScreen = lazy(() =>
  import('../features/assign/assign-list-screen').then((m) => ({ default: m.AssignListScreen })),
);
const AssignmentEditorScreen = lazy(() =>
  import('../features/assign/assignment-editor-screen').then((m) => ({
    default: m.AssignmentEditorScreen,
  })),
);
const AssignmentDetailScreen = lazy(() =>
  import('../features/assign/assignment-detail-screen').then((m) => ({
    default: m.AssignmentDetailScreen,
  })),
);
const HandoutScreen = lazy(() =>
  import('../features/assign/handout-screen').then((m) => ({ default: m.HandoutScreen })),
);
// LRS screens and the emitter load only on their route or when an LRS is configured (DESIGN §8.12).
const LrsSettingsScreen = lazy(() =>
  import('./lrs/lrs-settings-screen').then((m) => ({ default: m.LrsSettingsScreen })),
);
const LrsBanner = lazy(() => import('./lrs/lrs-banner').then((m) => ({ default: m.LrsBanner })));
const CohortScreen = lazy(() =>
  import('../features/assign/cohort/cohort-screen').then((m) => ({ default: m.CohortScreen })),
);
// The guideline browser: trainees reach it from a debrief citation, authors from the docs.
const GuidelineBrowserScreen = lazy(() =>
  import('../features/guidelines/guideline-browser-screen').then((m) => ({
    default: m.GuidelineBrowserScreen,
  })),
);
// The author preview and its "play from this node": authors' screens, never on a trainee's first load.
const AuthorScreen = lazy(() =>
  import('../features/author/author-screen').then((m) => ({ default: m.AuthorScreen })),
);
const PlayFromNodeScreen = lazy(() =>
  import('../features/play/play-from-node-screen').then((m) => ({
    default: m.PlayFromNodeScreen,
  })),
);
// The organization dashboard and its chart library load only on #/review (issue 12).
const ReviewScreen = lazy(() =>
  import('../features/review/review-screen').then((m) => ({ default: m.ReviewScreen })),
);
import { loadProfile } from '../features/play/profile';
import { lrsConfigured } from './lrs/lrs-flag';
import { onStoreEvent } from '../records/attempt-store';
import { storageProblemOf, type StorageProblem } from '../records/storage-problem';
import { storageProblemText } from '../views/storage-problem-text';
import { lmsLaunch } from './lms/launch-params';
const LmsLaunchScreen = lazy(() =>
  import('./lms/lms-launch-screen').then((m) => ({ default: m.LmsLaunchScreen })),
);
import { useHashRoute } from './use-hash-route';
import { saveLanguage } from './language';
import { asUiLanguage, switchLanguage } from '../i18n/init';

const INSTRUCTOR_ROUTES: readonly Route['name'][] = [
  'assign',
  'assign-new',
  'assign-detail',
  'assign-edit',
  'assign-handout',
  'cohort',
  'review',
];
const isInstructorRoute = (r: Route) => INSTRUCTOR_ROUTES.includes(r.name);
/** Screens anyone may read without a trainee profile: instructors', authors' and the guidelines. */
const needsNoProfile = (r: Route) =>
  isInstructorRoute(r) || r.name === 'guidelines' || r.name === 'author';

/**
 * A trainee sent to the welcome screen by an assignment link comes back to it once the profile
 * is saved (issue 10; welcome-screen.tsx reads it). Session storage: this tab only.
 */
const RETURN_KEY = 'acompana.returnTo';

export function App({ i18n }: { i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Shell />
    </I18nextProvider>
  );
}

function Shell() {
  const { t, i18n } = useTranslation();
  const route = useHashRoute();
  const [hasProfile, setHasProfile] = useState<boolean | undefined>();
  const [storageFailed, setStorageFailed] = useState<StorageProblem | undefined>();
  const [upgrade, setUpgrade] = useState<'closed-for-upgrade' | 'upgrade-blocked' | undefined>();
  // A newer build in another tab (review M2): this tab has closed its database and must reload;
  // or this tab's upgrade waits for an older tab to close.
  useEffect(
    () =>
      onStoreEvent((e) =>
        setUpgrade((cur) => (e !== 'opened' ? e : cur === 'upgrade-blocked' ? undefined : cur)),
      ),
    [],
  );
  const routeKey = JSON.stringify(route);
  const openWithoutProfile = needsNoProfile(route);
  // On the way to the welcome screen (no profile yet) it shows at once, so a first visit neither
  // waits for the hash change nor loads and draws the home screen for nothing (issue 14).
  const returnTo = route.name === 'assignment' ? routeHref(route) : undefined;
  // Opened by an LMS (SCORM or cmi5): the LMS knows the learner, so no profile is asked for.
  const [launch] = useState(lmsLaunch);
  const toWelcome =
    hasProfile === false && !launch && route.name !== 'welcome' && !openWithoutProfile;
  // An assignment link naming an LRS: its attempts go there (the LRS code loads only then).
  const payload = route.name === 'assignment' ? route.payload : undefined;
  useEffect(() => {
    if (!payload) return;
    void import('../records/assignment-link').then(async ({ decodeAssignment }) => {
      const d = decodeAssignment(payload);
      if (d.ok && d.value.lrs)
        await (
          await import('./lrs/remember-assignment-lrs')
        ).rememberAssignmentLrs(d.value, i18n.language);
    });
  }, [payload, i18n.language]);
  // Every page load of an LMS launch (a reload too) reconnects to the LMS before play goes on.
  const [launched, setLaunched] = useState(false);

  // First use: a pseudonym and role before anything else (issue 4). Checked afresh on each screen
  // change, so saving the profile on the welcome screen is seen at once.
  useEffect(() => {
    let live = true;
    loadProfile().then(
      (p) => {
        if (!live) return;
        // A transition: React draws the first screen in slices, not one long task (issue 14, TBT).
        startTransition(() => setHasProfile(Boolean(p) || Boolean(launch)));
        // Instructors build assignments without a trainee profile; an LMS launch brings its learner.
        if (!p && !launch && route.name !== 'welcome' && !openWithoutProfile) {
          if (returnTo) sessionStorage.setItem(RETURN_KEY, returnTo);
          navigate({ name: 'welcome' });
        }
      },
      // IndexedDB blocked (privacy settings, some LMS frames) or full: say so instead of a blank page.
      (e: unknown) => live && setStorageFailed(storageProblemOf(e)),
    );
    return () => {
      live = false;
    };
  }, [route.name, openWithoutProfile, returnTo, launch]);
  useEffect(() => {
    // The tab title is each screen's (ui/use-page-title.ts, review item 20).
    document.documentElement.lang = i18n.language === 'es' ? 'es-MX' : 'en';
  }, [i18n.language]);
  // Each screen change moves focus to the main region, so keyboard and screen-reader users start at the top.
  useEffect(() => {
    if (route.name !== 'play') document.getElementById('main')?.focus();
    // routeKey, not route: parseRoute returns a new object each render (and a language switch re-renders).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [routeKey]);

  return (
    <PageLayout
      appName={t('appName')}
      skipLabel={t('skipToContent')}
      navLabel={t('nav.label')}
      menuLabel={t('nav.menu')}
      // No navigation before a profile exists: every link would bounce back to the welcome screen
      // (review item 14). Instructor, author and guideline screens need no trainee profile.
      links={
        hasProfile || openWithoutProfile
          ? [
              { href: '#/', label: t('nav.modules'), current: route.name === 'home' },
              { href: '#/attempts', label: t('nav.attempts'), current: route.name === 'attempts' },
              { href: '#/settings', label: t('nav.settings'), current: route.name === 'settings' },
              { href: '#/cohort', label: t('nav.cohort'), current: route.name === 'cohort' },
              { href: '#/review', label: t('nav.review'), current: route.name === 'review' },
              {
                href: '#/guidelines',
                label: t('nav.guidelines'),
                current: route.name === 'guidelines',
              },
            ]
          : []
      }
      // The header's controls appear with the first screen, not before it: the nav depends on the
      // profile, and controls drawn earlier would move when it arrives (layout shift, issue 14).
      languageSwitch={
        hasProfile === undefined && !storageFailed ? null : (
          <LanguageSwitch
            label={t('language.label')}
            current={i18n.language}
            options={[
              { value: 'es', label: 'Español', lang: 'es-MX' },
              { value: 'en', label: 'English', lang: 'en' },
            ]}
            onChange={(lng) => {
              void switchLanguage(i18n, asUiLanguage(lng));
              saveLanguage(lng);
            }}
          />
        )
      }
    >
      {upgrade && (
        <div className="notice" role="alert" data-testid="db-upgrade">
          <p>
            {t(
              upgrade === 'closed-for-upgrade'
                ? 'storage.closedForUpgrade'
                : 'storage.upgradeBlocked',
            )}
          </p>
          {upgrade === 'closed-for-upgrade' && (
            <button type="button" onClick={() => window.location.reload()}>
              {t('reload')}
            </button>
          )}
        </div>
      )}
      {storageFailed ? (
        <div className="notice" role="alert" data-testid="storage-failed">
          <p>
            {storageFailed.kind === 'failed' || storageFailed.kind === 'unavailable'
              ? t('storageUnavailable')
              : storageProblemText(storageFailed, t)}
          </p>
          <button type="button" onClick={() => window.location.reload()}>
            {t('reload')}
          </button>
        </div>
      ) : hasProfile === undefined ? null : (
        <ErrorBoundary
          resetKey={routeKey}
          fallback={
            <div className="notice" role="alert">
              <p>{t('somethingWentWrong')}</p>
              <button type="button" onClick={() => window.location.reload()}>
                {t('reload')}
              </button>
            </div>
          }
        >
          {lrsConfigured() && (
            <Suspense fallback={null}>
              <LrsBanner />
            </Suspense>
          )}
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            {launch && !launched ? (
              <LmsLaunchScreen launch={launch} onLaunched={() => setLaunched(true)} />
            ) : (
              <Screen route={toWelcome ? { name: 'welcome' } : route} />
            )}
          </Suspense>
        </ErrorBoundary>
      )}
    </PageLayout>
  );
}

function Screen({ route }: { route: ReturnType<typeof useHashRoute> }) {
  switch (route.name) {
    case 'welcome':
      return <WelcomeScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'lrs':
      return <LrsSettingsScreen />;
    case 'module':
      return <ModuleIntroScreen moduleId={route.moduleId} />;
    case 'play':
      return <PlayerScreen attemptId={route.attemptId} />;
    case 'debrief':
      return <DebriefScreen attemptId={route.attemptId} />;
    case 'attempts':
      return <AttemptsScreen />;
    case 'cohort':
      return <CohortScreen {...(route.assignmentId ? { assignmentId: route.assignmentId } : {})} />;
    case 'review':
      return <ReviewScreen query={route.query} />;
    case 'home':
      return <HomeScreen />;
    case 'assignment':
      return <AssignmentScreen payload={route.payload} />;
    case 'assign':
      return <AssignListScreen />;
    case 'assign-new':
      return <AssignmentEditorScreen />;
    case 'assign-edit':
      return <AssignmentEditorScreen assignmentId={route.assignmentId} />;
    case 'assign-detail':
      return <AssignmentDetailScreen assignmentId={route.assignmentId} />;
    case 'assign-handout':
      return <HandoutScreen assignmentId={route.assignmentId} />;
    case 'author':
      return (
        <AuthorScreen
          {...(route.moduleId ? { moduleId: route.moduleId } : {})}
          {...(route.nodeId ? { nodeId: route.nodeId } : {})}
        />
      );
    case 'play-from':
      return <PlayFromNodeScreen moduleId={route.moduleId} nodeId={route.nodeId} />;
    case 'guidelines':
      return (
        <GuidelineBrowserScreen
          {...(route.guidelineId ? { guidelineId: route.guidelineId } : {})}
        />
      );
  }
}
