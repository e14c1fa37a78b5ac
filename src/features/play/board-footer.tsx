import type { ReactNode } from 'react';

/**
 * The end of every board, kept in view at the bottom of the screen (review UX #4): where the
 * board stands, announced as it changes, the board's own aids (`children`) and the submit button.
 * On a phone a 13-card board is thousands of pixels long; the count and the button stay reachable.
 */
export function BoardFooter({
  progress,
  canSubmit,
  label,
  children,
}: {
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
      <button type="submit" className="primary" disabled={!canSubmit} data-testid="submit-board">
        {label}
      </button>
    </div>
  );
}
