import { useTranslation } from 'react-i18next';
import type { ReviewAggregate } from '../../analytics/aggregate-review';
import { nextPeriod, periodKey, periodStart, type Period } from '../../analytics/periods';
import type { ReviewFilter } from '../../analytics/review-filter';

export type FilterState = { filter: ReviewFilter; period: Period; k: number };

/** Period starts from the first to the last attempt, for the date selects. */
function periodOptions(first: number | undefined, last: number | undefined, period: Period) {
  if (first === undefined || last === undefined) return [];
  const out: number[] = [];
  for (let t = periodStart(first, period); t <= last && out.length < 520; t = nextPeriod(t, period))
    out.push(t);
  return out;
}

/** The filters, bound to the URL by the screen (each change is a new address to share). */
export function FilterForm({
  state,
  choices,
  onChange,
  titleOf,
  periodLabel,
}: {
  state: FilterState;
  choices: ReviewAggregate['choices'];
  onChange: (s: FilterState) => void;
  titleOf: (module: string) => string;
  periodLabel: (start: number, period: Period) => string;
}) {
  const { t } = useTranslation('review');
  const { t: tp } = useTranslation('play');
  const { filter, period, k } = state;
  const set = (patch: Partial<ReviewFilter>) => {
    const f: ReviewFilter = { ...filter, ...patch };
    for (const key of Object.keys(f) as (keyof ReviewFilter)[])
      if (f[key] === undefined || f[key] === '') delete f[key];
    onChange({ ...state, filter: f });
  };
  const periods = periodOptions(choices.first, choices.last, period);
  const select = (
    id: keyof ReviewFilter,
    label: string,
    values: readonly string[],
    text: (v: string) => string,
  ) => (
    <span className="review-filter">
      <label htmlFor={`review-filter-${id}`}>{label}</label>
      <select
        id={`review-filter-${id}`}
        data-testid={`filter-${id}`}
        value={String(filter[id] ?? '')}
        onChange={(e) => set({ [id]: e.target.value || undefined })}
      >
        <option value="">{t('filters.all')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {text(v)}
          </option>
        ))}
      </select>
    </span>
  );
  const dateSelect = (id: 'from' | 'to', label: string) => {
    // `to` is exclusive: the select names the last period kept.
    const current =
      id === 'from'
        ? filter.from
        : filter.to !== undefined
          ? periodStart(filter.to - 1, period)
          : undefined;
    return (
      <span className="review-filter">
        <label htmlFor={`review-filter-${id}`}>{label}</label>
        <select
          id={`review-filter-${id}`}
          data-testid={`filter-${id}`}
          value={current === undefined ? '' : periodKey(current, period)}
          onChange={(e) => {
            const start = periods.find((p) => periodKey(p, period) === e.target.value);
            set({
              [id]:
                start === undefined ? undefined : id === 'from' ? start : nextPeriod(start, period),
            });
          }}
        >
          <option value="">{t('filters.all')}</option>
          {periods.map((p) => (
            <option key={p} value={periodKey(p, period)}>
              {periodLabel(p, period)}
            </option>
          ))}
        </select>
      </span>
    );
  };
  return (
    <section aria-labelledby="review-filters-heading" className="review-filters no-print">
      <h2 id="review-filters-heading">{t('filters.heading')}</h2>
      <div className="review-filter-grid">
        {select('module', t('filters.module'), choices.modules, titleOf)}
        {select('cohort', t('filters.cohort'), choices.cohorts, (v) => v)}
        {select('role', t('filters.role'), choices.roles, (v) => tp(`role.${v as 'ngo'}`))}
        {select('language', t('filters.language'), choices.languages, (v) =>
          t(`label.${v as 'en'}`),
        )}
        {select('mode', t('filters.mode'), choices.modes, (v) => tp(`mode.${v as 'practice'}`))}
        <span className="review-filter">
          <label htmlFor="review-filter-by">{t('filters.by')}</label>
          <select
            id="review-filter-by"
            data-testid="filter-by"
            value={period}
            onChange={(e) => {
              const p = e.target.value === 'week' ? 'week' : 'month';
              // Whole periods of the new kind (DESIGN §8.2): the range snaps outward.
              const f = { ...filter };
              if (f.from !== undefined) f.from = periodStart(f.from, p);
              if (f.to !== undefined) f.to = nextPeriod(f.to - 1, p);
              onChange({ ...state, filter: f, period: p });
            }}
          >
            <option value="month">{t('filters.month')}</option>
            <option value="week">{t('filters.week')}</option>
          </select>
        </span>
        {dateSelect('from', t('filters.from'))}
        {dateSelect('to', t('filters.to'))}
        <span className="review-filter">
          <label htmlFor="review-filter-k">{t('filters.k')}</label>
          <input
            id="review-filter-k"
            type="number"
            min={5}
            step={1}
            value={k}
            aria-describedby="review-filter-k-help"
            data-testid="filter-k"
            onChange={(e) => onChange({ ...state, k: Math.max(5, Number(e.target.value) || 5) })}
          />
          <small id="review-filter-k-help">{t('filters.kHelp')}</small>
        </span>
      </div>
      <p>
        <button type="button" onClick={() => onChange({ filter: {}, period, k })}>
          {t('filters.reset')}
        </button>{' '}
        <small>{t('filters.shared')}</small>
      </p>
    </section>
  );
}
