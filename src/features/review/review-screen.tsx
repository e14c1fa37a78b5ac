import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewAggregate, ReviewTable } from '../../analytics/aggregate-review';
import { periodKey, parsePeriodKey, type Period } from '../../analytics/periods';
import { filterToQuery, queryToFilter } from '../../analytics/review-filter';
import { resolveK } from '../../analytics/suppress';
import { loadLibrary } from '../../content/library';
import { useNamespace } from '../../i18n/use-namespace';
import { navigate } from '../../ui/routes';
import { useAsync } from '../../ui/use-async';
import { FilterForm, type FilterState } from './filter-form';
import { ReviewTableSection, type Labels } from './review-table';
import { SourcePanel } from './source-panel';
import { useReviewData } from './use-review-data';
import './review.css';

/** The organization dashboard (issue 12), `#/review?…`: the query holds the filters. */
export function ReviewScreen({ query }: { query: string }) {
  const ready = useNamespace('review');
  const { t } = useTranslation();
  if (!ready) return <p role="status">{t('loading')}</p>;
  return <Review query={query} />;
}

function readState(query: string): FilterState {
  const { filter, period } = queryToFilter(query);
  const k = resolveK(Number(new URLSearchParams(query).get('k') ?? undefined));
  return { filter, period, k };
}
function writeState(s: FilterState): string {
  const q = new URLSearchParams(filterToQuery(s.filter, s.period));
  if (s.k !== 5) q.set('k', String(s.k));
  return q.toString();
}

function Review({ query }: { query: string }) {
  const { t, i18n } = useTranslation('review');
  const { t: tp } = useTranslation('play');
  const data = useReviewData();
  const state = useMemo(() => readState(query), [query]);
  // The figures with the filters they were counted for: while they differ, a recount is running.
  const [result, setResult] = useState<{
    agg: ReviewAggregate;
    for: FilterState;
    version: number;
  }>();
  const [library] = useAsync(loadLibrary, []);
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const locale = lang === 'es' ? 'es-MX' : 'en-US';
  const titleOf = (id: string) =>
    (library.status === 'ready' && library.value.find((l) => l.id === id)?.title[lang]) || id;

  const { aggregator, version, attempts } = data;
  useEffect(() => {
    if (!attempts) return;
    let live = true;
    void aggregator
      .review({ filter: state.filter, period: state.period, k: state.k })
      .then((a) => live && setResult({ agg: a, for: state, version }));
    return () => {
      live = false;
    };
  }, [aggregator, version, attempts, state]);
  const agg = attempts ? result?.agg : undefined;
  const recounting = !!attempts && (result?.for !== state || result.version !== version);

  // A printed report shows the filters that made it.
  const periodLabel = (start: number, period: Period) =>
    period === 'month'
      ? new Date(start).toLocaleDateString(locale, {
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        })
      : new Date(start).toLocaleDateString(locale, {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const labels: Labels = {
    percent: (v) => pct.format(Math.round(v * 100) / 100),
    number: (v) => num.format(v),
    title: (col, v) => (col === 'module' || col === 'group' ? titleIfModule(v) : undefined),
    text: (table: ReviewTable, col, v) => {
      if (col === 'module') return titleOf(v);
      if (col === 'dimension') return tp(`dimension.${v as 'safety'}`);
      if (col === 'quality') return tp(`quality.${v as 'best'}`);
      if (col === 'source') return t(`source.${v as 'device'}`);
      if (col === 'score_band') return t('label.band', { band: v.replace('-', '–') });
      if (col !== 'group') return v;
      switch (table.id) {
        case 'overview':
          return t('label.all');
        case 'by-module':
          return titleOf(v);
        case 'by-cohort':
          return v || t('label.noCohort');
        case 'by-role':
          return tp(`role.${v as 'ngo'}`);
        case 'by-language':
          return t(`label.${v as 'en'}`);
        case 'by-mode':
          return tp(`mode.${v as 'practice'}`);
        case 'attempt-order':
          return t(`label.${v as 'first'}`);
        case 'trend': {
          const start = parsePeriodKey(v, state.period);
          return start === undefined ? v : periodLabel(start, state.period);
        }
        default:
          return v;
      }
    },
  };
  const modules = new Set(agg?.choices.modules ?? []);
  function titleIfModule(v: string) {
    return modules.has(v) ? titleOf(v) : undefined;
  }

  const shown = agg?.verdict.ok ? agg : undefined;
  const sourceLine = t('sourceLine', {
    sources: (shown?.sources ?? []).map((s) => t(`source.${s as 'device'}`)).join('; '),
  });
  const stamp = new Date().toISOString().slice(0, 10);
  const fileBase = `acompana-dashboard-${stamp}`;
  const f = state.filter;
  const printed = [
    f.module && `${t('filters.module')}: ${titleOf(f.module)}`,
    f.cohort && `${t('filters.cohort')}: ${f.cohort}`,
    f.role && `${t('filters.role')}: ${tp(`role.${f.role}`)}`,
    f.language && `${t('filters.language')}: ${t(`label.${f.language}`)}`,
    f.mode && `${t('filters.mode')}: ${tp(`mode.${f.mode}`)}`,
    f.from !== undefined && `${t('filters.from')}: ${periodLabel(f.from, state.period)}`,
    f.to !== undefined && `${t('filters.to')}: ${periodKey(f.to - 1, state.period)}`,
  ].filter(Boolean);

  return (
    <div className="review">
      <h1>{t('title')}</h1>
      <p className="review-intro">{t('intro', { k: state.k })}</p>
      <SourcePanel data={data} />
      <div role="status" className="review-status no-print" data-testid="review-recount">
        {recounting && agg && (
          <>
            <span>{t('sources.aggregating')}</span>{' '}
            <progress aria-label={t('sources.aggregating')} />
          </>
        )}
      </div>
      {agg && (
        <FilterForm
          state={state}
          choices={agg.choices}
          titleOf={titleOf}
          periodLabel={periodLabel}
          onChange={(s) => navigate({ name: 'review', query: writeState(s) })}
        />
      )}
      {!data.attempts ? (
        <p data-testid="review-empty">{t('empty')}</p>
      ) : !agg ? (
        <p role="status">{t('sources.aggregating')}</p>
      ) : !agg.verdict.ok ? (
        <p className="notice" role="status" data-testid="review-withheld">
          {agg.verdict.reason === 'too-few'
            ? t('withheld.too-few', { k: agg.k })
            : t('withheld.difference', {
                k: agg.k,
                relaxed: agg.verdict.relaxed.map((d) => t(`dimension.${d}`)).join(', '),
              })}
        </p>
      ) : (
        <>
          <p data-testid="review-summary">
            {t('summary', {
              learners: num.format(agg.learners ?? 0),
              attempts: num.format(agg.attempts ?? 0),
            })}{' '}
            {sourceLine}
          </p>
          {printed.length > 0 && (
            <p className="print-only">{t('filters.printed', { filters: printed.join('; ') })}</p>
          )}
          <p className="review-threshold">{t('threshold', { k: agg.k })}</p>
          <p className="no-print">
            <button type="button" onClick={() => window.print()}>
              {t('print')}
            </button>
          </p>
          {agg.tables.map((table) => (
            <ReviewTableSection
              key={table.id}
              table={table}
              labels={labels}
              sourceLine={sourceLine}
              fileBase={fileBase}
            />
          ))}
        </>
      )}
    </div>
  );
}
