/**
 * An assignment (issue 10, DESIGN §1 and §8.11): what an instructor gives a group — modules in
 * order, cohort, due date, pass mark, language, mode and feedback timing, support contacts and an
 * optional LRS. Shared by the builder (features/assign), the trainee's link screen (features/play)
 * and the cohort view, so it lives here, below the features.
 */
import type { FeedbackTiming, Mode } from './attempt-record';

/** A fixed language, or the trainee's choice. */
export type AssignmentLanguage = 'es' | 'en' | 'choice';

/** Written by the instructor in the assignment's language; a phone, a web address, or both. */
export type SupportContact = { name: string; phone?: string; url?: string };

export type Assignment = {
  /** Stable across revisions: attempts carry it, so the cohort view groups every revision. */
  id: string;
  /** 1, 2, …: an edit is a new revision; links to older revisions keep working (they are self-contained). */
  revision: number;
  cohort: string;
  /** Scenario ids, in the order the trainee should take them. */
  modules: string[];
  /** Last day to finish, `YYYY-MM-DD`, inclusive, in the trainee's local time. */
  due?: string;
  /** 0–1, as records carry it; the link stores whole percent. */
  passMark: number;
  language: AssignmentLanguage;
  mode: Mode;
  /** Practice always gives feedback at once; this applies to assessed attempts. */
  feedback: FeedbackTiming;
  contacts: SupportContact[];
  /**
   * Where the full list of support contacts is, when it does not fit in the link: a web address,
   * or '' for "the support contacts built into this app" (public/support-contacts.json).
   */
  contactsRef?: string;
  /** Statements go here when set; the key must be write-only (DESIGN §8.1, checked by standards). */
  lrs?: { endpoint: string; key: string };
};

/** What the instructor's device keeps: the current revision and every earlier one. */
export type SavedAssignment = {
  current: Assignment;
  /** Earlier revisions, oldest first, so results made under them can still be read against them. */
  history: Assignment[];
  createdAt: string;
  updatedAt: string;
  archived: boolean;
};

export const MAX_COHORT_LENGTH = 60;

/** A short random id: 10 base-36 characters (about 51 bits), short enough for a QR code. */
export function newAssignmentId(random: (n: number) => Uint8Array): string {
  return [...random(10)].map((b) => (b % 36).toString(36)).join('');
}

/**
 * The end of the due day in local time: work finished after it is late.
 * @example dueEnd('2026-12-10') // 2026-12-10T23:59:59.999 local
 */
export function dueEnd(due: string): Date {
  const [y, m, d] = due.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 23, 59, 59, 999);
}

/** True when something done (or still not done) at `when` is past the assignment's due day. */
export const isLate = (a: Pick<Assignment, 'due'>, when: Date): boolean =>
  a.due !== undefined && when.getTime() > dueEnd(a.due).getTime();

/** The fields an instructor edits: everything but the identity and revision. */
export type AssignmentDraft = Omit<Assignment, 'id' | 'revision'>;

export function createSaved(id: string, draft: AssignmentDraft, now: string): SavedAssignment {
  return {
    current: { ...draft, id, revision: 1 },
    history: [],
    createdAt: now,
    updatedAt: now,
    archived: false,
  };
}

/** An edit: the next revision, same id; the old one is kept (its links still open). */
export function revise(
  saved: SavedAssignment,
  draft: AssignmentDraft,
  now: string,
): SavedAssignment {
  const { id, revision } = saved.current;
  return {
    ...saved,
    current: { ...draft, id, revision: revision + 1 },
    history: [...saved.history, saved.current],
    updatedAt: now,
  };
}

/** A copy to adapt for another group: a new id, revision 1, no history, not archived. */
export const duplicate = (saved: SavedAssignment, id: string, now: string): SavedAssignment => {
  const { id: _id, revision: _revision, ...draft } = saved.current;
  return createSaved(id, draft, now);
};

/** Every revision of a saved assignment, newest first. */
export const revisions = (saved: SavedAssignment): Assignment[] => [
  saved.current,
  ...[...saved.history].reverse(),
];
