/**
 * "Step 3 of about 12" with a thin bar, kept at the top of the screen while the trainee scrolls
 * (review UX #3). The words carry the meaning; the bar is decoration, drawn with SVG attributes
 * because the content security policy allows no inline styles.
 */
export function PlayProgress({
  label,
  done,
  total,
}: {
  label: string;
  done: number;
  total: number;
}) {
  const share = total > 0 ? Math.min(done / total, 1) : 0;
  return (
    <div className="play-progress" data-testid="play-progress">
      <p className="play-progress-label">{label}</p>
      <svg
        className="play-progress-bar"
        viewBox="0 0 100 4"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect className="play-progress-track" x="0" y="0" width="100" height="4" rx="2" />
        <rect className="play-progress-fill" x="0" y="0" width={share * 100} height="4" rx="2" />
      </svg>
    </div>
  );
}
