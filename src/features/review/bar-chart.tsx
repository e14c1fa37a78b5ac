/**
 * A horizontal bar chart of one percentage column (@visx: declarative SVG, so the bars are real
 * DOM elements a test can read and a printer prints). Each bar's label sits above it, full width,
 * so long module titles fit at 360 px. Hidden figures get no bar, only the word. The table after
 * the chart carries the same figures for screen readers; the chart itself is one labelled image.
 */
import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useEffect, useRef, useState } from 'react';

export type BarDatum = { key: string; label: string; value: number | null | undefined };

const ROW = 40;
const BAR = 14;
const AXIS = 28;
const PAD = 8;

function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(320);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(200, Math.floor(el.getBoundingClientRect().width)));
    measure();
    const ro = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    ro?.observe(el);
    return () => ro?.disconnect();
  }, []);
  return [ref, width] as const;
}

export function BarChart({
  data,
  label,
  format,
  hiddenText,
}: {
  data: readonly BarDatum[];
  label: string;
  format: (v: number) => string;
  hiddenText: string;
}) {
  const [ref, width] = useWidth();
  const inner = width - 2 * PAD - 48;
  const x = scaleLinear<number>({ domain: [0, 1], range: [0, inner] });
  const height = data.length * ROW + AXIS;
  return (
    <div className="review-chart" ref={ref}>
      <svg width={width} height={height} role="img" aria-label={label} data-testid="chart">
        <Group left={PAD} top={4}>
          {data.map((d, i) => {
            const y = i * ROW;
            const v = typeof d.value === 'number' ? d.value : undefined;
            return (
              <g
                key={d.key}
                data-testid="bar"
                data-key={d.key}
                data-value={v === undefined ? '' : format(v)}
              >
                <text x={0} y={y + 12} className="review-chart-label">
                  {d.label.length > 70 ? `${d.label.slice(0, 69)}…` : d.label}
                </text>
                {v !== undefined ? (
                  <>
                    <Bar
                      x={0}
                      y={y + 17}
                      width={Math.max(1, x(v))}
                      height={BAR}
                      className="review-chart-bar"
                    />
                    <text x={x(v) + 4} y={y + 29} className="review-chart-value">
                      {format(v)}
                    </text>
                  </>
                ) : (
                  <text x={0} y={y + 29} className="review-chart-value review-chart-hidden">
                    {d.value === null ? hiddenText : '—'}
                  </text>
                )}
              </g>
            );
          })}
          <AxisBottom
            top={data.length * ROW}
            scale={x}
            numTicks={width < 400 ? 3 : 5}
            tickFormat={(v) => format(Number(v))}
            stroke="currentColor"
            tickStroke="currentColor"
            tickLabelProps={{ fill: 'currentColor', fontSize: 11, textAnchor: 'middle' }}
          />
        </Group>
      </svg>
    </div>
  );
}
