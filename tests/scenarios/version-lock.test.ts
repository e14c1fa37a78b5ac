/**
 * The lock trap of the authoring review (L1, DESIGN §8.4): a draft never demands a bump or a
 * history copy; a released module does, and the message says how; a stale working lock is the
 * one error `--update-lock` resolves.
 */
import { describe, expect, it } from 'vitest';
import { structureHash } from '../../src/engine/attempt/structure-hash';
import type { Scenario } from '../../src/engine/schema/scenario';
import { loadAll } from '../../scripts/lib/load-scenarios';
import { checkVersions } from '../../scripts/lib/version-lock';

const sample = loadAll().scenarios.find((l) => l.id === 'sample-first-hour')!.scenario!;
// An id with no folder: no history files to find.
const draft: Scenario = { ...sample, id: 'shelter-arrival', version: 1 };
const edited: Scenario = { ...draft, minutes: draft.minutes + 5 };
const entry = (s: Scenario) => ({ [s.id]: { version: s.version, hash: structureHash(s) } });
const errors = (issues: ReturnType<typeof checkVersions>) =>
  issues.filter((i) => i.severity === 'error');

describe('version lock', () => {
  it('a module in no lock is a draft: one note, no error', () => {
    const issues = checkVersions(edited, {}, undefined, {});
    expect(errors(issues)).toEqual([]);
    expect(issues[0]!.message).toMatch(/^is an unreleased draft .* change it freely/);
  });

  it('a draft already in the working lock but not on main changes freely: only the lock entry is stale', () => {
    const issues = checkVersions(edited, entry(draft), undefined, {});
    expect(errors(issues)).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: 'scenarios/versions.lock.json',
      path: 'shelter-arrival',
    });
    expect(issues[0]!.message).toMatch(/--update-lock/);
    expect(JSON.stringify(issues)).not.toMatch(/history|bump/);
  });

  it('a released module changed at the same version must be bumped, and says how', () => {
    const issues = errors(checkVersions(edited, entry(edited), undefined, entry(draft)));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain(
      'is still 1, the version released on main, but the structure changed: keep the released file with `git show main:scenarios/shelter-arrival/scenario.json > scenarios/shelter-arrival/history/1.json`, set "version" to 2',
    );
  });

  it('a released module bumped without its history file is an error', () => {
    const bumped = { ...edited, version: 2 };
    const issues = errors(checkVersions(bumped, entry(bumped), undefined, entry(draft)));
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^was bumped from 1: keep the released file as history\/1.json/),
    ]);
  });

  it('an unchanged released module has nothing to say', () => {
    expect(checkVersions(draft, entry(draft), undefined, entry(draft))).toEqual([]);
  });
});
