import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogue } from '../../../scripts/lib/load-scenarios';
import { checkScenario } from './check-scenario';
import { parseScenario } from './parse-scenario';
import type { Scenario } from '../schema/scenario';
import { formatIssue } from './scenario-issue';

const dir = join(import.meta.dirname, '../../../scenarios/sample-first-hour');
const { index } = loadCatalogue();
const sample = (): Scenario => JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8'));
const en = JSON.parse(readFileSync(join(dir, 'locales/en.json'), 'utf8'));
const es = JSON.parse(readFileSync(join(dir, 'locales/es.json'), 'utf8'));
const check = (s: Scenario, locales = { es, en }) =>
  checkScenario(
    {
      file: 'scenarios/sample-first-hour/scenario.json',
      scenario: s,
      locales: {
        es: { file: 'es.json', data: locales.es },
        en: { file: 'en.json', data: locales.en },
      },
    },
    index,
  ).map(formatIssue);

describe('scenario validator', () => {
  it('passes the sample module', () => expect(check(sample())).toEqual([]));

  it('names the file, the JSON path and the problem for a schema error', () => {
    const r = parseScenario('x/scenario.json', '{"schemaVersion":1,"id":"Bad Id"}');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map(formatIssue)).toContain(
        'error: x/scenario.json at id: must be a kebab-case id (lowercase letters, digits and single hyphens)',
      );
    const broken = parseScenario('x/scenario.json', '{ nope');
    expect(!broken.ok && broken.issues[0]?.message).toMatch(/not valid JSON/);
  });

  it('finds an unknown guideline, a missing best choice and an unknown target', () => {
    const s = sample();
    const arrival = s.nodes.arrival!;
    if (arrival.kind !== 'decision') throw new Error();
    arrival.choices[0] = {
      ...arrival.choices[0]!,
      quality: 'acceptable',
      guidelines: ['NOT-REAL'],
      next: 'nowhere',
    };
    const issues = check(s);
    expect(issues).toContain(
      'error: scenarios/sample-first-hour/scenario.json at nodes.arrival.choices.introduce-offer-water.guidelines[0]: cites guideline "NOT-REAL", which is not in the catalogue.',
    );
    expect(issues).toContain(
      'error: scenarios/sample-first-hour/scenario.json at nodes.arrival.choices: has no choice of quality "best"',
    );
    expect(issues).toContain(
      'error: scenarios/sample-first-hour/scenario.json at nodes.arrival.choices.introduce-offer-water.next: leads to node "nowhere", which does not exist.',
    );
  });

  it('refuses feedback that cites only unverified [U] guidelines', () => {
    const s = sample();
    const media = s.nodes['media-door']!;
    if (media.kind !== 'decision') throw new Error();
    media.choices[1] = { ...media.choices[1]!, guidelines: ['HOSP-SECURITY-DISPERSE'] };
    expect(check(s).join('\n')).toMatch(
      /media-door\.choices\.share-numbers-nationalities\.guidelines: cites only unverified \[U\] guidelines/,
    );
  });

  it('finds unreachable nodes and cycles with no way out', () => {
    const s = sample();
    s.nodes.orphan = { kind: 'narrative', next: 'orphan' };
    s.nodes.handover = { kind: 'narrative', next: 'loop' };
    s.nodes.loop = { kind: 'narrative', next: 'handover' };
    const issues = check(s).join('\n');
    expect(issues).toMatch(/nodes\.orphan: cannot be reached from "start"/);
    expect(issues).toMatch(/nodes\.handover: is a dead end or a cycle with no way out/);
  });

  it('finds a text key missing in one language, naming the locale file and key', () => {
    const enMissing = structuredClone(en);
    delete enMissing.nodes['media-door'].choices['post-list-of-names'].feedback;
    expect(check(sample(), { es, en: enMissing })).toContain(
      'error: en.json at nodes.media-door.choices.post-list-of-names.feedback: is missing: the English text for this key is required',
    );
  });

  it('requires the open question of a decision point that needs an expert decision', () => {
    const s = sample();
    const arrival = s.nodes.arrival!;
    if (arrival.kind !== 'decision') throw new Error();
    arrival.decisionPoints = ['DP-T-07'];
    expect(check(s).join('\n')).toMatch(
      /uses DP-T-07, which needs an expert decision: record its open question in review\.notes/,
    );
    s.review.notes = [{ decisionPoint: 'DP-T-07', question: 'Which ORS?' }];
    expect(check(s)).toEqual([]);
  });

  it('proves each board solvable and checks casualty findings are complete', () => {
    const s = sample();
    s.hospitals!['childrens-hospital']!.capacity = 0;
    s.casualties!['older-man'] = { age: 67, walks: false, breathing: true };
    const issues = check(s).join('\n');
    expect(issues).toMatch(/nodes\.choose-hospitals: has no placement that breaks no rule/);
    expect(issues).toMatch(/casualties\.older-man: is breathing: give "respiratoryRate"/);
  });
});

describe('JumpSTART findings', () => {
  it('require the rescue-breath outcome for an apnoeic child with a pulse', () => {
    const s = sample();
    s.casualties!['boy-slow-breathing'] = {
      age: 4,
      walks: false,
      breathing: false,
      breathesAfterAirway: false,
      pulse: true,
    };
    expect(check(s).join('\n')).toMatch(
      /casualties\.boy-slow-breathing: is a child with a pulse who is not breathing/,
    );
  });
});
