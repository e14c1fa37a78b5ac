import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../records/assignment';
import type { AttemptRecord } from '../../records/attempt-record';
import { assignmentProgress } from './assignment-progress';

const a: Assignment = {
  id: 'abcdefghij',
  revision: 2,
  cohort: 'DIF',
  modules: ['orientation-first-contact', 'triage-safehouse', 'hospital-dispersion'],
  due: '2026-12-10',
  passMark: 0.8,
  language: 'choice',
  mode: 'assessed',
  feedback: 'end',
  contacts: [],
};
const attempt = (p: Partial<AttemptRecord>): AttemptRecord => ({
  recordVersion: 2,
  attemptId: crypto.randomUUID(),
  learner: { id: 'l1', pseudonym: 'Garza', role: 'ngo' },
  mode: 'assessed',
  feedback: 'end',
  assignment: { id: a.id, cohort: 'DIF' },
  languages: ['es-MX'],
  passMark: 0.8,
  scenario: { id: 'orientation-first-contact', version: 1, hash: 'h' },
  seed: 1,
  startedAt: '2026-12-01T10:00:00.000Z',
  log: [{ kind: 'continue', node: 'n', at: 1 }],
  ...p,
});

describe('assignment progress', () => {
  it('done, in progress and not started, in the assignment’s order; late when past the due day', () => {
    const attempts = [
      attempt({
        endedAt: new Date(2026, 11, 9, 18).toISOString(),
        claimed: { score: 0.9, passed: true },
      }),
      attempt({ scenario: { id: 'triage-safehouse', version: 1, hash: 'h' } }),
    ];
    const before = assignmentProgress(a, attempts, new Date(2026, 11, 10, 12));
    expect(before.map((s) => [s.moduleId, s.status, s.late, s.passed])).toEqual([
      ['orientation-first-contact', 'done', false, true],
      ['triage-safehouse', 'in-progress', false, undefined],
      ['hospital-dispersion', 'not-started', false, undefined],
    ]);
    const after = assignmentProgress(a, attempts, new Date(2026, 11, 11, 8));
    expect(after.map((s) => s.late)).toEqual([false, true, true]);
  });

  it('counts only attempts made under this assignment; a late finish stays late', () => {
    const attempts = [
      attempt({ assignment: { id: 'other00000' }, endedAt: '2026-12-02T10:00:00.000Z' }),
      attempt({ assignment: undefined, endedAt: '2026-12-02T10:00:00.000Z' }),
      attempt({
        scenario: { id: 'hospital-dispersion', version: 1, hash: 'h' },
        endedAt: new Date(2026, 11, 12).toISOString(),
        claimed: { score: 0.5, passed: false },
      }),
    ];
    const s = assignmentProgress(a, attempts, new Date(2026, 11, 13));
    expect(s.map((x) => [x.status, x.late, x.passed])).toEqual([
      ['not-started', true, undefined],
      ['not-started', true, undefined],
      ['done', true, false],
    ]);
  });
});
