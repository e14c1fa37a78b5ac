import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../i18n/test-i18n';
import { scenarioSchema, type InterviewNode } from '../../engine/schema/scenario';
import { scoreInterview } from '../../engine/rules/interview-record';
import { textKeys } from '../../engine/text/text-keys';
import { lookupText } from '../../engine/text/text-keys';
import interviewing from '../../../scenarios/interviewing-without-revictimization/scenario.json';
import es from '../../../scenarios/interviewing-without-revictimization/locales/es.json';
import en from '../../../scenarios/interviewing-without-revictimization/locales/en.json';
import { ItemExplanation } from './item-explanation';

// The real module: «¿Por qué no se escapó…?» is typed `blaming` (issue 13, review A′3).
const scenario = scenarioSchema.parse(interviewing);
const node = scenario.nodes['marta-interview'] as InterviewNode;
const { items } = scoreInterview(
  'marta-interview',
  node,
  scenario.facts ?? {},
  scenario.questions ?? {},
  ['free-recall', 'why-not-run'],
);
const blaming = items.find((i) => i.id === 'marta-interview/why-not-run')!;

const renderItem = (lng: 'es' | 'en') => {
  const locale = lng === 'es' ? es : en;
  render(
    <I18nextProvider i18n={testI18n(lng)}>
      <ItemExplanation
        item={blaming}
        scenario={scenario}
        text={(key) => lookupText(locale, key) ?? `(${key})`}
      />
    </I18nextProvider>,
  );
};

describe('a blaming interview question in the debrief', () => {
  it('is scored harmful and critical', () => {
    expect(blaming).toMatchObject({ quality: 'harmful', critical: true, reason: 'blaming' });
  });
  it('shows the question, the critical badge and why, in English', () => {
    renderItem('en');
    expect(screen.getByText('Critical error')).toBeInTheDocument();
    expect(
      screen.getByText(/Why didn't you run away when the guards fell asleep\?/),
    ).toBeInTheDocument();
    expect(screen.getByText(/blames the survivor for what was done to them/)).toBeInTheDocument();
  });
  it('shows the same in Spanish', () => {
    renderItem('es');
    expect(
      screen.getByText(/¿Por qué no se escapó cuando los guardias se quedaban dormidos\?/),
    ).toBeInTheDocument();
    expect(screen.getByText(/culpa a la persona de lo que le hicieron/)).toBeInTheDocument();
    expect(lookupText(es, textKeys.questionText('why-not-run'))).toMatch(/escapó/);
  });
});
