import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS } from '../../engine/schema/dimensions';
import { textKeys } from '../../engine/text/text-keys';
import type { ScoredAttempt } from '../../content/score-record';
import { ScoreBars } from '../../ui/score-bars';
import { DecisionReview } from './decision-review';
import { SupportNote } from '../support-note';
import { useScenarioText, type ScenarioTexts } from '../scenario-text';

/**
 * The debrief, a view shared by features (DESIGN §8.8): props in, no storage. The trainee sees it
 * after a module; the cohort view and the dashboard show it read-only (`imported`).
 * Pass/fail, score per dimension, welfare measures, the path, every decision explained. */
export function Debrief({
  scored,
  imported = false,
  actions,
}: {
  scored: ScoredAttempt;
  /** Read from a file or a cohort, not played here: no focus grab, claimed scores compared. */
  imported?: boolean;
  /** What the trainee can do next (try again, …): supplied by the feature showing the debrief. */
  actions?: ReactNode;
}) {
  const { t } = useTranslation('play');
  const heading = useRef<HTMLHeadingElement>(null);
  const uid = useId();
  // An imported file may hold several attempts: only a debrief of one's own attempt takes focus.
  useEffect(() => {
    if (!imported) heading.current?.focus();
  }, [imported]);
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
  const { score, scenario } = result;
  // Critical errors first, then the rest to learn from, in the order met; best answers after.
  const met = score.items.filter((i) => i.kind !== 'ending');
  const toReview = met
    .filter((i) => i.quality !== 'best')
    .sort((a, b) => Number(b.critical) - Number(a.critical));
  const wellDone = met.filter((i) => i.quality === 'best');
  // The state each decision was taken in: the review shows the options the trainee actually saw.
  const steps = score.state.steps;
  const before = new Map(
    steps.flatMap((st, i) =>
      st.items.map(
        (item) =>
          [
            item,
            { node: st.node, vars: st.varsBefore, path: score.state.path.slice(0, i + 1) },
          ] as const,
      ),
    ),
  );
  const decisionList = (items: typeof met) => (
    <ol className="decision-list">
      {items.map((item) => (
        <li key={item.id}>
          <DecisionReview
            before={before.get(item)}
            item={item}
            scenario={scenario}
            texts={scored.texts!}
            seed={record.seed}
          />
        </li>
      ))}
    </ol>
  );
  return (
    <div className="debrief" data-testid="debrief">
      <DebriefHeader scored={scored} headingRef={heading} imported={imported} />
      <section aria-labelledby={`${uid}-dims`}>
        <h2 id={`${uid}-dims`}>{t('debrief.dimensions')}</h2>
        <ScoreBars
          title={t('debrief.dimensionsCaption')}
          passMark={score.passMark}
          bars={DIMENSIONS.filter((d) => score.byDimension[d]).map((d) => ({
            key: d,
            label: t(`dimension.${d}`),
            value: score.byDimension[d]!.score,
            detail: t('debrief.items', { count: score.byDimension[d]!.available }),
          }))}
        />
      </section>
      <section aria-labelledby={`${uid}-measures`}>
        <h2 id={`${uid}-measures`}>{t('debrief.measures')}</h2>
        <dl className="measures">
          {(['timesRecounted', 'hoursToCare', 'identityExposures', 'familiesVerified'] as const)
            .filter((m) => score.measures[m] !== undefined)
            .map((m) => (
              <div key={m}>
                <dt>{t(`measure.${m}`)}</dt>
                <dd>{score.measures[m]}</dd>
              </div>
            ))}
        </dl>
      </section>
      <PathTimeline
        steps={steps.map((s) => s.node)}
        ending={score.ending?.node}
        texts={scored.texts}
      />
      <section aria-labelledby={`${uid}-decisions`}>
        <h2 id={`${uid}-decisions`}>{t('debrief.decisions')}</h2>
        {score.criticalErrors.length > 0 && (
          <p className="critical-summary">
            {t('debrief.criticalFirst', { count: score.criticalErrors.length })}
          </p>
        )}
        {toReview.length === 0 && <p>{t('debrief.allBest')}</p>}
        {decisionList(toReview)}
        {wellDone.length > 0 && (
          // What went well stays one click away, so the decisions to learn from come first.
          <details className="well-done">
            <summary>{t('debrief.wellDone', { count: wellDone.length })}</summary>
            {decisionList(wellDone)}
          </details>
        )}
      </section>
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

function PathTimeline({
  steps,
  ending,
  texts,
}: {
  steps: string[];
  ending?: string | undefined;
  texts: ScenarioTexts;
}) {
  const { t } = useTranslation('play');
  const uid = useId();
  const text = useScenarioText(texts);
  const nodes = ending ? [...steps, ending] : steps;
  return (
    <section aria-labelledby={`${uid}-path`}>
      <h2 id={`${uid}-path`}>{t('debrief.path')}</h2>
      <ol className="timeline">
        {nodes.map((n, i) => (
          <li key={`${n}-${i}`}>{excerpt(text(textKeys.nodeText(n)))}</li>
        ))}
      </ol>
    </section>
  );
}

const excerpt = (s: string) => (s.length > 110 ? `${s.slice(0, 107).replace(/\s+\S*$/, '')}…` : s);
