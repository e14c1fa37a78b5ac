/**
 * Horizontal bars for scores in [0, 1], drawn in SVG (no inline styles, so the CSP holds) with
 * the numbers also in text for screen readers. Knows no domain: labels come in through props.
 * Every row shares one grid (CSS subgrid), so the tracks have one width and the pass mark falls
 * at the same x on every row (UX review 6); `passLabel` names it once, above the bars.
 */
export type Bar = { key: string; label: string; value: number; detail?: string };

/** "45%": callers in a language that spaces the sign pass a formatter with a no-break space. */
const defaultFormat = (v: number) => `${Math.round(v * 100)}%`;

export function ScoreBars({
  bars,
  title,
  passMark,
  passLabel,
  format = defaultFormat,
}: {
  bars: Bar[];
  title: string;
  passMark?: number;
  /** Shown above the pass-mark line, e.g. "80 % to pass". */
  passLabel?: string;
  format?: (value: number) => string;
}) {
  const mark = passMark === undefined ? undefined : Math.round(passMark * 1000) / 10;
  return (
    <figure className="score-bars">
      <figcaption>{title}</figcaption>
      <ul>
        {mark !== undefined && passLabel && (
          // Decoration: the pass mark is also in the caption and the verdict, in words.
          <li className="bar-scale" aria-hidden="true">
            <span className="bar-label" />
            <svg className="bar-scale-mark" focusable="false">
              <text
                x={`${mark}%`}
                y="75%"
                textAnchor={mark > 70 ? 'end' : mark < 30 ? 'start' : 'middle'}
                dx={mark > 70 ? -4 : mark < 30 ? 4 : 0}
              >
                {passLabel}
              </text>
              <line x1={`${mark}%`} x2={`${mark}%`} y1="0" y2="100%" className="bar-mark" />
            </svg>
            <span className="bar-value" />
          </li>
        )}
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
              {mark !== undefined && (
                <line x1={mark} x2={mark} y1="0" y2="10" className="bar-mark" />
              )}
            </svg>
            <span className="bar-value">
              <span className="bar-number">{format(b.value)}</span>
              {b.detail && <span className="bar-detail"> · {b.detail}</span>}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
