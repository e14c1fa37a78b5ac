/**
 * The authoring review's five deliberate mistakes (issue 15), each on a copy of the sample: every
 * message is a sentence naming the file, the choice by its id, and the likely fix, with no zod
 * wording anywhere.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/engine/load/scenario-issue.ts';
import { check, errorsOf, rawModules, type RawModule } from './module-files.ts';

const sample = rawModules().find((m) => m.id === 'sample-first-hour')!;
type Choice = { id: string; next: string; guidelines?: string[] };
const arrival = (m: RawModule) =>
  (m.scenario.nodes as Record<string, { choices: Choice[] }>).arrival!.choices;
const messages = (m: RawModule) => errorsOf(check(m)).map(formatIssue);
const ZOD_WORDS = /Too small|expected array|received undefined|Invalid input|Invalid option|>=/;

describe('the five mistakes of the authoring review', () => {
  it('1. a mistyped next names the choice by id and suggests the node', () => {
    const m = structuredClone(sample);
    arrival(m)[0]!.next = 'sort-casualtes';
    expect(messages(m)).toEqual([
      'error: scenarios/sample-first-hour/scenario.json at nodes.arrival.choices.introduce-offer-water.next: leads to node "sort-casualtes", which does not exist. Did you mean "sort-casualties"?',
    ]);
  });

  it('2. a missing Spanish feedback names the key', () => {
    const m = structuredClone(sample);
    const es = m.locales.es as { nodes: Record<string, { choices: Record<string, object> }> };
    delete (es.nodes.arrival!.choices['ask-what-happened'] as { feedback?: string }).feedback;
    expect(messages(m)).toEqual([
      'error: scenarios/sample-first-hour/locales/es.json at nodes.arrival.choices.ask-what-happened.feedback: is missing: the Spanish text for this key is required',
    ]);
  });

  it('3. a mistyped guideline id suggests the catalogue id', () => {
    const m = structuredClone(sample);
    arrival(m)[0]!.guidelines![1] = 'TIC-SAFETYY';
    expect(messages(m)).toEqual([
      'error: scenarios/sample-first-hour/scenario.json at nodes.arrival.choices.introduce-offer-water.guidelines[1]: cites guideline "TIC-SAFETYY", which is not in the catalogue. Did you mean "TIC-SAFETY"?',
    ]);
  });

  it('4. a node nothing leads to is named', () => {
    const m = structuredClone(sample);
    (m.scenario.nodes as Record<string, object>)['orphan-note'] = {
      kind: 'narrative',
      next: 'handover',
    };
    for (const lang of ['es', 'en'] as const)
      (m.locales[lang].nodes as Record<string, object>)['orphan-note'] = { text: 'x' };
    expect(messages(m)).toEqual([
      'error: scenarios/sample-first-hour/scenario.json at nodes.orphan-note: cannot be reached from "start"',
    ]);
  });

  it('5. an empty or missing guidelines list says so in words', () => {
    const empty = structuredClone(sample);
    arrival(empty)[0]!.guidelines = [];
    const missing = structuredClone(sample);
    delete arrival(missing)[0]!.guidelines;
    const [e] = messages(empty);
    const [g] = messages(missing);
    expect(e).toMatch(
      /^error: scenarios\/sample-first-hour\/scenario.json at nodes.arrival.choices.introduce-offer-water.guidelines: is empty: every choice must cite at least one guideline/,
    );
    expect(g).toMatch(/at nodes.arrival.choices.introduce-offer-water.guidelines: is missing: /);
    expect(`${e}\n${g}`).not.toMatch(ZOD_WORDS);
  });

  it('other schema mistakes read as sentences too', () => {
    const m = structuredClone(sample);
    (arrival(m)[1] as { quality: string } & Choice).quality = 'great';
    (arrival(m)[2] as unknown as { next: number }).next = 5;
    m.scenario.minutes = 'x';
    m.scenario.roles = [];
    const out = messages(m).join('\n');
    expect(out).toContain(
      'at nodes.arrival.choices.ask-what-happened.quality: is the text "great", but must be one of "best", "acceptable", "poor", "harmful"',
    );
    expect(out).toContain(
      'at nodes.arrival.choices.line-up-for-id.next: must be a text, not number 5',
    );
    expect(out).toContain('at minutes: must be a number, not the text "x"');
    expect(out).toContain('at roles: must list at least 1 item');
    expect(out).not.toMatch(ZOD_WORDS);
  });
});
