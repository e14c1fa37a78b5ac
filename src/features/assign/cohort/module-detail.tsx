import { useTranslation } from 'react-i18next';
import { DIMENSIONS } from '../../../engine/schema/dimensions';
import type { Scenario, TriageTag } from '../../../engine/schema/scenario';
import { textKeys } from '../../../engine/text/text-keys';
import type { MissedItem, ModuleRow } from '../../../analytics/aggregate-modules';
import type { MeasureName } from '../../../analytics/attempt-columns';
import { loadScenario, loadScenarioText } from '../../../content/scenario-source';
import { useAsync } from '../../../ui/use-async';
import { ScoreBars } from '../../../ui/score-bars';
import { GuidelineList } from '../../../views/debrief/guideline-list';
import { useScenarioText } from '../../../views/scenario-text';
import type { ScenarioTexts } from '../../../content/score-record';

type Text = (key: string) => string;
type Labels = { tag: (tag: string) => string; covered: string; missing: string };
function useLabels(): Labels {
  const { t } = useTranslation('assign');
  const { t: tp } = useTranslation('play');
  return {
    tag: (tag) => tp(`triage.tag.${tag as TriageTag}`),
    covered: t('cohort.modules.covered'),
    missing: t('cohort.modules.missing'),
  };
}
const MAX_PROMPT = 160;
const shorten = (s: string) => (s.length > MAX_PROMPT ? `${s.slice(0, MAX_PROMPT - 1)}…` : s);

/** What a module's figures mean: dimensions, welfare measures, the most missed decisions and their spread. */
export function ModuleDetail({ row }: { row: ModuleRow }) {
  const [loaded] = useAsync(async () => {
    const [scenario, es, en] = await Promise.all([
      loadScenario(row.scenarioId),
      loadScenarioText(row.scenarioId, 'es'),
      loadScenarioText(row.scenarioId, 'en'),
    ]);
    return scenario && es && en ? { scenario, texts: { es, en } } : undefined;
  }, [row.scenarioId]);
  if (loaded.status !== 'ready') return null;
  return <ModuleFigures row={row} scenario={loaded.value?.scenario} texts={loaded.value?.texts} />;
}

function ModuleFigures({
  row,
  scenario,
  texts,
}: {
  row: ModuleRow;
  scenario: Scenario | undefined;
  texts: ScenarioTexts | undefined;
}) {
  const { t } = useTranslation('assign');
  const { t: tp } = useTranslation('play');
  const text = useScenarioText(texts ?? { es: {}, en: {} });
  const labels = useLabels();
  const dims = DIMENSIONS.filter((d) => row.byDimension[d]);
  const measures = Object.entries(row.measures) as [MeasureName, number][];
  return (
    <div className="module-figures">
      {dims.length > 0 && (
        <>
          <ScoreBars
            title={t('cohort.modules.dimensions')}
            bars={dims.map((d) => ({
              key: d,
              label: tp(`dimension.${d}`),
              value: row.byDimension[d]!.score,
            }))}
          />
        </>
      )}
      {measures.length > 0 && (
        <>
          <h3>{t('cohort.modules.measures')}</h3>
          <ul>
            {measures.map(([m, v]) => (
              <li key={m}>
                {tp(`measure.${m}`)}: {Math.round(v * 10) / 10}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('cohort.modules.missed')}</h3>
      {row.mostMissed.length === 0 ? (
        <p>{t('cohort.modules.noneMissed')}</p>
      ) : (
        <ol className="missed-list" data-testid="missed-list">
          {row.mostMissed.map((m) => (
            <MissedDecision key={m.item} item={m} scenario={scenario} text={text} />
          ))}
        </ol>
      )}
      <h3>{t('cohort.modules.criticalSpots')}</h3>
      {row.criticalSpots.length === 0 ? (
        <p>{t('cohort.modules.noCritical')}</p>
      ) : (
        <ul>
          {row.criticalSpots.map((c) => (
            <li key={`${c.item}-${c.response}`}>
              {t('cohort.modules.criticalLine', {
                count: c.count,
                what: `${itemLabel(c.item, c.node, scenario, text)} → ${responseLabel(c.item, c.node, c.response, scenario, text, labels)}`,
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function MissedDecision({
  item,
  scenario,
  text,
}: {
  item: MissedItem;
  scenario: Scenario | undefined;
  text: Text;
}) {
  const { t } = useTranslation('assign');
  const { t: tp } = useTranslation('play');
  const labels = useLabels();
  const node = scenario?.nodes[item.node];
  // What the guidelines favour: the best choice of a decision, or the rules' answer for a board item.
  const best =
    node?.kind === 'decision' ? node.choices.find((c) => c.quality === 'best') : undefined;
  const expected = item.spread.find((s) => s.expected)?.expected;
  const favoured = best
    ? { label: text(textKeys.choiceText(item.node, best.id)), guidelines: best.guidelines }
    : expected
      ? {
          label: responseLabel(item.item, item.node, expected, scenario, text, labels),
          guidelines: item.spread.find((s) => s.quality === 'best')?.guidelines ?? [],
        }
      : undefined;
  return (
    <li data-testid="missed-item">
      <p className="missed-what">{itemLabel(item.item, item.node, scenario, text)}</p>
      <p>{t('cohort.modules.missedLine', { missed: item.missed, met: item.met })}</p>
      <p className="missed-spread-heading">{t('cohort.modules.spread')}</p>
      <ul className="missed-spread">
        {item.spread.map((s) => (
          <li key={s.response}>
            <span className={`quality-badge quality-${s.quality}`}>
              {tp(`quality.${s.quality}`)}
            </span>
            {s.critical && <span className="critical-badge">{tp('quality.critical')}</span>}{' '}
            {responseLabel(item.item, item.node, s.response, scenario, text, labels)} —{' '}
            {t('cohort.modules.chosen', {
              count: s.count,
              pct: Math.round((s.count / item.met) * 100),
            })}
          </li>
        ))}
      </ul>
      {favoured && (
        <div className="missed-favoured">
          <p>
            <strong>{t('cohort.modules.favoured')}</strong> {favoured.label}
          </p>
          <GuidelineList ids={favoured.guidelines} />
        </div>
      )}
    </li>
  );
}

/** The decision point in words: the node's prompt for a choice, the person or question for a board item. */
function itemLabel(id: string, node: string, scenario: Scenario | undefined, text: Text): string {
  const local = id.split('/')[1];
  if (!scenario || !local) return shorten(text(textKeys.nodeText(node)) || id);
  const n = scenario.nodes[node];
  if (n?.kind === 'triage') return text(textKeys.casualtyLabel(local)) || id;
  if (n?.kind === 'dispersion') return text(textKeys.survivorLabel(local)) || id;
  if (n?.kind === 'interview')
    return (
      text(textKeys.questionText(local)) ||
      text(textKeys.factText(local.replace(/^fact:/, ''))) ||
      id
    );
  return id;
}

function responseLabel(
  id: string,
  node: string,
  response: string,
  scenario: Scenario | undefined,
  text: Text,
  labels: Labels,
): string {
  const n = scenario?.nodes[node];
  if (!id.includes('/')) return text(textKeys.choiceText(node, response)) || response;
  if (n?.kind === 'triage') return labels.tag(response);
  if (n?.kind === 'dispersion') return text(textKeys.hospitalLabel(response)) || response;
  if (n?.kind === 'interview' && (response === 'covered' || response === 'missing'))
    return labels[response];
  return text(textKeys.questionText(response)) || response;
}
