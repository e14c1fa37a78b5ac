/**
 * Small organizations for the dashboard's hand-computed tests: one attempt per learner unless a
 * test adds more, each described by the few fields a test changes.
 */
import type { Role } from '../engine/schema/scenario';
import type { AttemptSummary } from '../records/attempt-summary';
import { attempt } from './hand-cohort.fixture';

export type Person = {
  id: string;
  cohort?: string;
  role?: Role;
  passed?: boolean;
  score?: number;
  day?: string;
  module?: string;
};

export function people(list: readonly Person[]): AttemptSummary[] {
  return list.map((p, i) => {
    const a = attempt({
      attemptId: `att-${p.id}-${i}`,
      learnerId: p.id,
      pseudonym: `Pseudo-${p.id}`,
      role: p.role ?? 'paramedic',
      cohort: p.cohort ?? '',
      passed: p.passed ?? false,
      score: p.score ?? (p.passed ? 0.9 : 0.5),
      scenarioId: p.module ?? 'm1',
      startedAt: `${p.day ?? '2026-11-03'}T10:00:00.000Z`,
      endedAt: `${p.day ?? '2026-11-03'}T10:30:00.000Z`,
    });
    if (!p.cohort) {
      delete a.cohort;
      delete a.assignmentId;
    }
    return a;
  });
}

/** `n` learners named `${prefix}1…n`, sharing the rest of `p`. */
export const many = (n: number, prefix: string, p: Omit<Person, 'id'> = {}): Person[] =>
  Array.from({ length: n }, (_, i) => ({ ...p, id: `${prefix}${i + 1}` }));
