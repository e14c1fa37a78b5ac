/**
 * What the trainee has on screen but has not yet sent (review UX #1, #2): a half-filled board, or
 * the practice feedback panel still open. Kept beside the attempt record so a reload (or a phone
 * dropping a background tab) comes back to it; never part of the decision log, which is scored.
 * A draft belongs to one moment of the attempt: `logLength` is the log's length when it was
 * made, and a draft whose log has since moved on is ignored.
 */
import type { TriageTag } from '../engine/schema/scenario';

export type BoardDraft =
  | { kind: 'triage'; node: string; tags: Record<string, TriageTag> }
  | { kind: 'dispersion'; node: string; placements: Record<string, string> }
  | { kind: 'interview'; node: string; questions: string[] };

export type AttemptDraft = {
  attemptId: string;
  logLength: number;
  /** The feedback for the last step was open (practice mode). */
  feedbackOpen?: boolean;
  board?: BoardDraft;
};

const isStringMap = (v: unknown): v is Record<string, string> =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.values(v).every((x) => typeof x === 'string');

/**
 * The draft that still applies to this attempt at this log length, checked by hand: a draft is
 * disposable, so one that does not fit is dropped rather than reported.
 */
export function currentDraft(
  raw: unknown,
  attemptId: string,
  logLength: number,
): AttemptDraft | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const d = raw as Partial<AttemptDraft>;
  if (d.attemptId !== attemptId || d.logLength !== logLength) return undefined;
  const b = d.board as Partial<BoardDraft> | undefined;
  const board =
    b && typeof b.node === 'string'
      ? b.kind === 'triage' && isStringMap((b as { tags?: unknown }).tags)
        ? (b as BoardDraft)
        : b.kind === 'dispersion' && isStringMap((b as { placements?: unknown }).placements)
          ? (b as BoardDraft)
          : b.kind === 'interview' &&
              Array.isArray((b as { questions?: unknown }).questions) &&
              (b as { questions: unknown[] }).questions.every((q) => typeof q === 'string')
            ? (b as BoardDraft)
            : undefined
      : undefined;
  return {
    attemptId,
    logLength,
    feedbackOpen: d.feedbackOpen === true,
    ...(board ? { board } : {}),
  };
}

/** The board draft for this node and board kind, if any. */
export const boardDraftFor = <K extends BoardDraft['kind']>(
  draft: AttemptDraft | undefined,
  node: string,
  kind: K,
): Extract<BoardDraft, { kind: K }> | undefined =>
  draft?.board?.node === node && draft.board.kind === kind
    ? (draft.board as Extract<BoardDraft, { kind: K }>)
    : undefined;
