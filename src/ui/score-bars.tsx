/**
 * Horizontal bars for scores in [0, 1], drawn in SVG (no inline styles, so the CSP holds) with
 * the numbers also in text for screen readers. Knows no domain: labels come in through props.
 */
export type Bar = { key: string; label: string; value: number; detail?: string };

export function ScoreBars({
  bars,
  title,
  passMark,
}: {
  bars: Bar[];
  title: string;
  passMark?: number;
}) {
  return (
    <figure className="score-bars">
      <figcaption>{title}</figcaption>
      <ul>
        {bars.map((b) => (
          <li key={b.key}>
            <span className="bar-label">{b.label}</span>
            <svg
              className="bar"
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
              aria-hidden="true"
              focusable="false"
            >
              <rect x="0" y="0" width="100" height="10" className="bar-track" />
              <rect
                x="0"
                y="0"
                width={Math.round(b.value * 100)}
                height="10"
                className={
                  passMark !== undefined && b.value < passMark ? 'bar-fill low' : 'bar-fill'
                }
              />
              {passMark !== undefined && (
                <line x1={passMark * 100} x2={passMark * 100} y1="0" y2="10" className="bar-mark" />
              )}
            </svg>
            <span className="bar-value">
              {Math.round(b.value * 100)}%{b.detail ? ` · ${b.detail}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
