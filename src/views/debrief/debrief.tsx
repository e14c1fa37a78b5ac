import { lazy, Suspense, useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS } from '../../engine/schema/dimensions';
import { textKeys } from '../../engine/text/text-keys';
import type { ScoredAttempt } from '../../content/score-record';
import { useNamespace } from '../../i18n/use-namespace';
import { ScoreBars } from '../../ui/score-bars';
import { SupportNote } from '../support-note';
import { useScenarioText } from '../scenario-text';
import { citedGuidelines, debriefSteps, fixFirst } from './debrief-steps';
import { FixFirst } from './fix-first';
import { GuidelinesUsed } from './guidelines-used';
import { StepDetail } from './step-detail';
import { Trend, type TrendPoint } from './trend';
import './debrief.css';

export type { TrendPoint };

// The route map brings the graph layout and the best-route walk: its own chunk (issue 14).
const RouteMapView = lazy(() =>
  import('./route-map-view').then((m) => ({ default: m.RouteMapView })),
);

/**
 * The debrief, a view shared by features (DESIGN §8.8): props in, no storage. The trainee sees it
 * after a module; the cohort view and the dashboard show it read-only (`imported`).
 * A short summary first (verdict, what to fix first, the dimension chart, the welfare measures),
 * then the trend, the route map, every step collapsed to a line, and each guideline stated once.
 */
export function Debrief({
  scored,
  imported = false,
  actions,
  onReplay,
  trend,
}: {
  scored: ScoredAttempt;
  /** Read from a file or a cohort, not played here: no focus grab, claimed scores compared. */
  imported?: boolean;
  /** What the trainee can do next (try again, …): supplied by the feature showing the debrief. */
  actions?: ReactNode;
  /**
   * "Replay from this decision": starts a new practice attempt at step `index` (the feature
   * creates it; this attempt is never edited). Left out, no replay is offered.
   */
  onReplay?: ((index: number) => void) | undefined;
  /** The trainee's finished attempts of this module, oldest first, this one included. */
  trend?: TrendPoint[] | undefined;
}) {
  const { t } = useTranslation('play');
  const { t: td } = useTranslation('debrief');
  const ready = useNamespace('debrief');
  const heading = useRef<HTMLHeadingElement>(null);
  const uid = useId();
  // An imported file may hold several attempts: only a debrief of one's own attempt takes focus.
  useEffect(() => {
    if (!imported && ready) heading.current?.focus();
  }, [imported, ready]);
  const { record, result } = scored;
  if (!result.ok)
    return (
      <div className="notice" role="alert">
        <p>{t(`debrief.cannotScore.${result.reason}`, { detail: result.detail ?? '' })}</p>
      </div>
    );
  if (!scored.texts) return null;
  if (!result.score.ended && record.mode === 'assessed' && !imported)
    return (
      <div className="notice" role="alert" data-testid="debrief">
        <p>{t('debrief.assessedUnfinished')}</p>
        <a className="button" href={`#/play/${record.attemptId}`}>
          {t('debrief.resume')}
        </a>
      </div>
    );
  if (!ready) return <p role="status">{t('player.loading')}</p>;
  const { score, scenario } = result;
  const replay = imported ? undefined : onReplay;
  const pct = (v: number) => td('percent', { value: Math.round(v * 100) });
  const steps = debriefSteps(score.state.steps, score.state.path);
  const toReview = steps.filter((s) => s.notBest > 0);
  const wellDone = steps.filter((s) => s.notBest === 0);
  const detail = (s: (typeof steps)[number]) => (
    <li key={s.index}>
      <StepDetail
        s={s}
        uid={uid}
        scenario={scenario}
        texts={scored.texts!}
        seed={record.seed}
        onReplay={replay}
      />
    </li>
  );
  const measures = (
    ['timesRecounted', 'hoursToCare', 'identityExposures', 'familiesVerified'] as const
  ).filter((m) => score.measures[m] !== undefined);
  return (
    <div className="debrief" data-testid="debrief">
      <DebriefHeader scored={scored} headingRef={heading} imported={imported} />
      <section aria-labelledby={`${uid}-glance`} className="glance" data-testid="debrief-summary">
        <h2 id={`${uid}-glance`}>{td('summary.heading')}</h2>
        <FixFirst
          steps={fixFirst(steps)}
          uid={uid}
          scenario={scenario}
          texts={scored.texts}
          onReplay={replay}
        />
        {replay && toReview.length > 0 && <p className="muted replay-help">{td('replay.help')}</p>}
        <div className="glance-grid">
          <section aria-labelledby={`${uid}-dims`}>
            <h3 id={`${uid}-dims`}>{t('debrief.dimensions')}</h3>
            <ScoreBars
              title={t('debrief.dimensionsCaption')}
              passMark={score.passMark}
              passLabel={td('passLabel', { mark: Math.round(score.passMark * 100) })}
              format={pct}
              bars={DIMENSIONS.filter((d) => score.byDimension[d]).map((d) => ({
                key: d,
                label: t(`dimension.${d}`),
                value: score.byDimension[d]!.score,
                detail: t('debrief.items', { count: score.byDimension[d]!.available }),
              }))}
            />
          </section>
          {measures.length > 0 && (
            <section aria-labelledby={`${uid}-measures`}>
              <h3 id={`${uid}-measures`}>{t('debrief.measures')}</h3>
              <dl className="measures">
                {measures.map((m) => (
                  <div key={m}>
                    <dt>{t(`measure.${m}`)}</dt>
                    <dd>{score.measures[m]}</dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
        </div>
      </section>
      {trend && <Trend points={trend} passMark={score.passMark} />}
      <Suspense fallback={<p role="status">{td('route.loading')}</p>}>
        <RouteMapView
          scenario={scenario}
          state={score.state}
          texts={scored.texts}
          onReplay={replay}
        />
      </Suspense>
      <section aria-labelledby={`${uid}-decisions`}>
        <h2 id={`${uid}-decisions`}>{td('details.heading')}</h2>
        {score.criticalErrors.length > 0 && (
          <p className="critical-summary">
            {t('debrief.criticalFirst', { count: score.criticalErrors.length })}
          </p>
        )}
        {toReview.length === 0 && <p>{t('debrief.allBest')}</p>}
        <ol className="step-list">
          {[...toReview].sort((a, b) => b.critical - a.critical || a.index - b.index).map(detail)}
        </ol>
        {wellDone.length > 0 && (
          // What went well stays one click away, so the steps to learn from come first.
          <details className="disclosure well-done">
            <summary>{td('details.wellDone', { count: wellDone.length })}</summary>
            <ol className="step-list">{wellDone.map(detail)}</ol>
          </details>
        )}
      </section>
      <GuidelinesUsed ids={citedGuidelines(score.items)} uid={uid} />
      {scenario.heavy && <SupportNote />}
      {actions && <div className="actions">{actions}</div>}
    </div>
  );
}

function DebriefHeader({
  scored,
  headingRef,
  imported,
}: {
  scored: ScoredAttempt;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  imported: boolean;
}) {
  const { t, i18n } = useTranslation('play');
  const text = useScenarioText(scored.texts!);
  if (!scored.result.ok) return null;
  const { score, hashMatches } = scored.result;
  const claimed = scored.record.claimed;
  return (
    <header className="debrief-header">
      <h1 tabIndex={-1} ref={headingRef}>
        {t('debrief.title', { module: text(textKeys.title()) })}
      </h1>
      {score.ending && (
        <p className="ending">
          <strong>{text(textKeys.nodeTitle(score.ending.node))}.</strong>{' '}
          {text(textKeys.nodeText(score.ending.node))}
        </p>
      )}
      <p className={score.passed ? 'verdict pass' : 'verdict fail'} data-testid="verdict">
        {!score.ended
          ? t('debrief.unfinished')
          : score.passed
            ? t('debrief.passed')
            : t('debrief.notPassed')}{' '}
        <span data-testid="overall-score">
          {t('debrief.score', {
            score: Math.round(score.score * 100),
            mark: Math.round(score.passMark * 100),
          })}
        </span>
      </p>
      {score.criticalErrors.length > 0 && (
        <p className="verdict-why">
          {t('debrief.failedCritical', { count: score.criticalErrors.length })}
        </p>
      )}
      {imported && claimed && Math.round(claimed.score * 100) !== Math.round(score.score * 100) && (
        <p className="warning" role="note" data-testid="claimed-mismatch">
          {t('debrief.claimedMismatch', {
            claimed: Math.round(claimed.score * 100),
            actual: Math.round(score.score * 100),
          })}
        </p>
      )}
      {imported &&
        Math.round(scored.record.passMark * 100) !== Math.round(score.passMark * 100) && (
          <p className="warning" role="note">
            {t('debrief.passMarkReplaced', {
              file: Math.round(scored.record.passMark * 100),
              used: Math.round(score.passMark * 100),
            })}
          </p>
        )}
      {!hashMatches && <p className="warning">{t('debrief.hashMismatch')}</p>}
      <p className="meta">
        {t('debrief.meta', {
          pseudonym: scored.record.learner.pseudonym,
          mode: t(`mode.${scored.record.mode}`),
          date: new Date(scored.record.startedAt).toLocaleString(
            i18n.language === 'es' ? 'es-MX' : 'en',
          ),
        })}
      </p>
    </header>
  );
}
