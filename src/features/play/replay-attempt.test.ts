import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../../records/attempt-record';
import type { Profile } from './profile';
import { replayRecord } from './replay-attempt';

const from: AttemptRecord = {
  recordVersion: 2,
  attemptId: 'old',
  learner: { id: 'l1', pseudonym: 'Ana', role: 'paramedic' },
  mode: 'practice',
  feedback: 'immediate',
  assignment: { id: 'as1', cohort: 'c1' },
  languages: ['es-MX'],
  passMark: 0.7,
  scenario: { id: 'two-decisions', version: 3, hash: 'h' },
  seed: 42,
  startedAt: '2026-12-01T10:00:00.000Z',
  endedAt: '2026-12-01T10:10:00.000Z',
  log: [
    { kind: 'choose', node: 'greet', choice: 'force', at: 1 },
    { kind: 'back', at: 2 },
    { kind: 'choose', node: 'greet', choice: 'rush', at: 3 },
    { kind: 'choose', node: 'ask', choice: 'press', at: 4 },
    { kind: 'continue', node: 'wrap', at: 5 },
  ],
  claimed: { score: 0.2, passed: false },
};
const profile: Profile = {
  learnerId: 'l1',
  pseudonym: 'Ana',
  role: 'paramedic',
  shareConsent: false,
  privacyAcknowledgedAt: '2026-12-01T09:00:00.000Z',
};

describe('replay from a decision', () => {
  const now = new Date('2026-12-03T12:00:00.000Z');
  const r = replayRecord(from, 1, profile, 'en', now, 'new');

  it('is a new practice attempt with the steps before the decision, undone steps left out', () => {
    expect(r.attemptId).toBe('new');
    expect(r.mode).toBe('practice');
    expect(r.log).toEqual([{ kind: 'choose', node: 'greet', choice: 'rush', at: now.getTime() }]);
    expect(r.endedAt).toBeUndefined();
    expect(r.claimed).toBeUndefined();
  });

  it('keeps the module version, pass mark and choice order, outside any assignment', () => {
    expect(r.scenario).toEqual(from.scenario);
    expect(r.seed).toBe(42);
    expect(r.passMark).toBe(0.7);
    expect(r.assignment).toBeUndefined();
    expect(r.startedAt).toBe(now.toISOString());
  });

  it('leaves the old attempt as it was', () => {
    expect(from.log).toHaveLength(5);
    expect(from.endedAt).toBeDefined();
  });
});
