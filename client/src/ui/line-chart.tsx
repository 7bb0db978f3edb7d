// A small time-series line chart (uPlot on a canvas) that fits its container's
// width. The numbers behind it are in a table beside it, for screen readers
// and for anyone who wants them exactly.
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export interface LineSeries {
  label: string;
  color: string;
  values: (number | null)[];
}

export interface LineChartProps {
  /** Unix seconds. */
  xs: number[];
  series: LineSeries[];
  /** Axis label and value suffix, e.g. "%" or "ms". */
  unit: string;
  /** A fixed y range, e.g. [0, 100] for percentages; otherwise it fits the data. */
  yRange?: [number, number];
  height?: number;
}

export function LineChart({ xs, series, unit, yRange, height = 200 }: LineChartProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const options: uPlot.Options = {
      width: Math.max(element.clientWidth, 200),
      height,
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true }, y: yRange ? { range: yRange } : { auto: true } },
      axes: [{}, { label: unit, size: 60, values: (_u, ticks) => ticks.map((t) => `${t}${unit === "%" ? "%" : ""}`) }],
      series: [
        {},
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          width: 2,
          points: { show: true, size: 5 },
          value: (_u: uPlot, v: number | null) => (v == null ? "–" : `${v} ${unit}`),
        })),
      ],
    };
    const chart = new uPlot(options, [xs, ...series.map((s) => s.values)] as uPlot.AlignedData, element);
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(element.clientWidth, 200), height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [xs, series, unit, yRange, height]);
  return <div ref={container} className="line-chart" aria-hidden="true" />;
}
