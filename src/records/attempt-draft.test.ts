import { describe, expect, it } from 'vitest';
import { boardDraftFor, currentDraft } from './attempt-draft';

describe('attempt drafts', () => {
  const saved = {
    attemptId: 'x',
    logLength: 3,
    feedbackOpen: false,
    board: { kind: 'triage', node: 'yard', tags: { a: 'red' } },
  };

  it('applies only at the log length it was made for', () => {
    expect(currentDraft(saved, 'x', 3)).toEqual(saved);
    expect(currentDraft(saved, 'x', 4)).toBeUndefined();
    expect(currentDraft(saved, 'y', 3)).toBeUndefined();
  });

  it('drops a board of the wrong shape but keeps the feedback flag', () => {
    const bad = {
      attemptId: 'x',
      logLength: 1,
      feedbackOpen: true,
      board: { kind: 'triage', node: 'n', tags: [1] },
    };
    expect(currentDraft(bad, 'x', 1)).toEqual({ attemptId: 'x', logLength: 1, feedbackOpen: true });
    expect(currentDraft('junk', 'x', 1)).toBeUndefined();
  });

  it('gives a board its draft only on the same node and board kind', () => {
    const d = currentDraft(saved, 'x', 3);
    expect(boardDraftFor(d, 'yard', 'triage')?.tags).toEqual({ a: 'red' });
    expect(boardDraftFor(d, 'yard', 'dispersion')).toBeUndefined();
    expect(boardDraftFor(d, 'other', 'triage')).toBeUndefined();
  });
});
