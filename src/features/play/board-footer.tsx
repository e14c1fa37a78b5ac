/** The end of every board: progress announced as it changes, and the submit button. */
export function BoardFooter({
  progress,
  canSubmit,
  label,
}: {
  progress: string;
  canSubmit: boolean;
  label: string;
}) {
  return (
    <>
      <p className="board-progress" aria-live="polite">
        {progress}
      </p>
      <button type="submit" className="primary" disabled={!canSubmit} data-testid="submit-board">
        {label}
      </button>
    </>
  );
}
