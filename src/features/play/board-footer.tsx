import type { ReactNode } from 'react';

/**
 * The end of every board, kept in view at the bottom of the screen (review UX #4): where the
 * board stands, announced as it changes, the board's own aids (`children`) and the submit button.
 * On a phone a 13-card board is thousands of pixels long; the count and the button stay reachable.
 * It is rendered after the form, not in it (the button names the form): a sticky box cannot leave
 * its parent, and the form starts below the story text, so inside it the footer would start the
 * board half off the bottom of the screen.
 */
export function BoardFooter({
  form,
  progress,
  canSubmit,
  label,
  children,
}: {
  /** The board's form: the footer sits beside it, so it can stick from the top of the story. */
  form: string;
  progress: string;
  canSubmit: boolean;
  label: string;
  children?: ReactNode;
}) {
  return (
    <div className="board-footer" data-testid="board-footer">
      <p className="board-progress" aria-live="polite">
        {progress}
      </p>
      {children}
      <button
        type="submit"
        form={form}
        className="primary"
        disabled={!canSubmit}
        data-testid="submit-board"
      >
        {label}
      </button>
    </div>
  );
}
