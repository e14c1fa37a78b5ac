import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../../records/attempt-record';
import { ownAttempts, progressOf, unfinishedAttempt } from './attempts-data';
import type { Profile } from './profile';

const attempt = (over: Partial<AttemptRecord> & { attemptId: string }): AttemptRecord => ({
  recordVersion: 2,
  learner: { id: 'l-1', pseudonym: 'Coyote', role: 'paramedic' },
  mode: 'practice',
  feedback: 'immediate',
  languages: ['en'],
  passMark: 0.8,
  scenario: { id: 'm', version: 1, hash: 'h' },
  seed: 1,
  startedAt: '2026-12-01T10:00:00.000Z',
  log: [{ kind: 'continue', node: 'a', at: 1 }],
  ...over,
});
const ended = { endedAt: '2026-12-01T10:20:00.000Z' };
const failed = { ...ended, claimed: { score: 0.4, passed: false } };

describe('module progress on the home screen (review item 10)', () => {
  it('calls a finished practice run "practiced", never a failure', () => {
    expect(progressOf('m', [attempt({ attemptId: 'a', ...failed })])).toBe('practiced');
  });

  it('says "not passed" only after a finished assessed attempt', () => {
    const list = [
      attempt({ attemptId: 'a', ...failed }),
      attempt({ attemptId: 'b', mode: 'assessed', ...failed }),
    ];
    expect(progressOf('m', list)).toBe('not-passed');
  });

  it('passed wins over everything; an open attempt with steps is in progress', () => {
    const pass = attempt({ attemptId: 'p', ...ended, claimed: { score: 0.9, passed: true } });
    const open = attempt({ attemptId: 'o' });
    expect(progressOf('m', [open, pass])).toBe('passed');
    expect(progressOf('m', [open, attempt({ attemptId: 'a', mode: 'assessed', ...failed })])).toBe(
      'in-progress',
    );
    expect(unfinishedAttempt('m', [attempt({ attemptId: 'x', ...ended }), open])?.attemptId).toBe(
      'o',
    );
    expect(progressOf('other', [open])).toBe('not-started');
  });
});

describe("a shared device lists only the current trainee's attempts (review item 12)", () => {
  const profile: Profile = {
    learnerId: 'l-2',
    pseudonym: 'Garza',
    role: 'ngo',
    shareConsent: false,
    privacyAcknowledgedAt: '2026-12-01T09:00:00.000Z',
  };
  const mine = attempt({
    attemptId: 'mine',
    learner: { id: 'l-2', pseudonym: 'Garza', role: 'ngo' },
  });
  const samePseudonym = attempt({
    attemptId: 'old',
    learner: { id: 'v1-derived', pseudonym: 'Garza', role: 'ngo' },
  });
  const someoneElse = attempt({ attemptId: 'theirs' });

  it('keeps the same learner id or pseudonym and hides the rest', () => {
    expect(
      ownAttempts([mine, samePseudonym, someoneElse], profile).map((a) => a.attemptId),
    ).toEqual(['mine', 'old']);
  });

  it('filters nothing without a profile (an LMS launch)', () => {
    expect(ownAttempts([mine, someoneElse], undefined)).toHaveLength(2);
  });
});
