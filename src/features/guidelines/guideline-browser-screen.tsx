import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS, type Dimension } from '../../engine/schema/guideline';
import { useNamespace } from '../../i18n/use-namespace';
import { useAsync } from '../../ui/use-async';
import {
  filterGuidelines,
  indexGuidelines,
  type GuidelineFilter,
  type GuidelineMark,
  type GuidelineStep,
} from './guideline-search';
import { loadGuidelineEntries } from './load-guideline-entries';
import { GuidelineCard } from './guideline-card';
import './guidelines.css';

const STEPS: readonly GuidelineStep[] = ['T', 'H', 'R', 'I', 'S', 'A', 'ALL'];
const MARKS: readonly GuidelineMark[] = ['V', 'P', 'U'];
const EMPTY: GuidelineFilter = { query: '' };

/**
 * Every guideline of the catalogue, searchable (issue 15): for authors choosing what to cite, and
 * for trainees who follow a citation from a debrief (`#/guidelines/<id>` shows that one).
 */
export function GuidelineBrowserScreen({ guidelineId }: { guidelineId?: string }) {
  const ready = useNamespace('guidelines');
  const { t, i18n } = useTranslation('guidelines');
  const [data] = useAsync(loadGuidelineEntries, []);
  const [filter, setFilter] = useState<GuidelineFilter>(EMPTY);
  const index = useMemo(
    () => (data.status === 'ready' ? indexGuidelines(data.value.entries) : []),
    [data],
  );
  const shown = useMemo(() => filterGuidelines(index, filter), [index, filter]);
  const ids = { search: useId(), hint: useId() };
  if (!ready || data.status === 'loading') return <p role="status">…</p>;
  if (data.status === 'failed') throw data.error;
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const moduleTitle = (id: string) =>
    data.value.modules.find((m) => m.id === id)?.title[lang] ?? id;

  if (guidelineId) {
    const one = index.find((e) => e.guideline.id === guidelineId);
    return (
      <div className="guideline-browser">
        <p>
          <a href="#/guidelines">{t('all')}</a>
        </p>
        {one ? (
          <GuidelineCard entry={one} moduleTitle={moduleTitle} headingLevel={1} />
        ) : (
          <>
            <h1>{t('title')}</h1>
            <p role="alert">{t('notFound', { id: guidelineId })}</p>
          </>
        )}
      </div>
    );
  }

  const set = (patch: Partial<GuidelineFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const filtered =
    filter.query.trim() !== '' || Boolean(filter.step || filter.mark || filter.dimension);
  return (
    <div className="guideline-browser">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <details className="guideline-marks">
        <summary>{t('marks.heading')}</summary>
        <ul>
          {MARKS.map((m) => (
            <li key={m}>{t(`marks.${m}`)}</li>
          ))}
        </ul>
      </details>
      <form className="guideline-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field guideline-query">
          <label htmlFor={ids.search}>{t('search')}</label>
          <input
            id={ids.search}
            type="search"
            aria-describedby={ids.hint}
            value={filter.query}
            onChange={(e) => set({ query: e.target.value })}
            data-testid="guideline-search"
          />
          <p id={ids.hint} className="hint">
            {t('searchHint')}
          </p>
        </div>
        <Select
          label={t('step')}
          value={filter.step}
          options={STEPS.map((s) => [s, t(`steps.${s}`)])}
          anyLabel={t('any')}
          onChange={(v) => set({ step: v as GuidelineStep | undefined })}
          testId="guideline-step"
        />
        <Select
          label={t('mark')}
          value={filter.mark}
          options={MARKS.map((m) => [m, t(`markLabel.${m}`)])}
          anyLabel={t('any')}
          onChange={(v) => set({ mark: v as GuidelineMark | undefined })}
          testId="guideline-mark"
        />
        <Select
          label={t('dimension')}
          value={filter.dimension}
          options={DIMENSIONS.map((d) => [d, t(`dimension.${d}`, { ns: 'play' })])}
          anyLabel={t('any')}
          onChange={(v) => set({ dimension: v as Dimension | undefined })}
          testId="guideline-dimension"
        />
      </form>
      <div className="guideline-count">
        <p role="status" data-testid="guideline-count">
          {t('count', { count: shown.length, total: index.length })}
        </p>
        {filtered && (
          <button type="button" onClick={() => setFilter(EMPTY)}>
            {t('clear')}
          </button>
        )}
      </div>
      {shown.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="guideline-list">
          {shown.map((e) => (
            <li key={e.guideline.id}>
              <GuidelineCard entry={e} moduleTitle={moduleTitle} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('forAuthors')}</p>
    </div>
  );
}

function Select({
  label,
  value,
  options,
  anyLabel,
  onChange,
  testId,
}: {
  label: string;
  value: string | undefined;
  options: [string, string][];
  anyLabel: string;
  onChange: (v: string | undefined) => void;
  testId: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || undefined)}
        data-testid={testId}
      >
        <option value="">{anyLabel}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
