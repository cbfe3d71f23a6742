// Horizontal bar charts for the status page, laid out at build time with d3-scale (scaleBand for
// the rows, scaleLinear for the lengths) and drawn by the page as plain SVG elements: no chart
// library reaches the reader's phone. d3-scale over a charting library (Chart.js, Recharts,
// Observable Plot): those render in the browser or ship their runtime; two scales are all a bar
// chart needs, and the page's own table carries the same numbers for screen readers.
import { scaleBand, scaleLinear } from "d3-scale";

export interface Bar {
  label: string;
  value: number;
  /** Top of the bar, its length and thickness, in SVG units. */
  y: number;
  width: number;
  height: number;
}

export interface BarChart {
  width: number;
  height: number;
  /** Where bars start: labels sit to the left of it. */
  left: number;
  bars: Bar[];
  ticks: { x: number; value: number }[];
}

export function barChart(rows: readonly { label: string; value: number }[], options: { width?: number; rowHeight?: number; left?: number } = {}): BarChart {
  const width = options.width ?? 640;
  const rowHeight = options.rowHeight ?? 26;
  const left = options.left ?? 180;
  const right = 40;
  const height = rows.length * rowHeight + 24;
  const y = scaleBand<number>().domain(rows.map((_, i) => i)).range([0, rows.length * rowHeight]).padding(0.2);
  const max = Math.max(1, ...rows.map((r) => r.value));
  const x = scaleLinear().domain([0, max]).range([0, width - left - right]).nice();
  return {
    width,
    height,
    left,
    bars: rows.map((r, i) => ({ label: r.label, value: r.value, y: y(i) ?? 0, width: x(r.value), height: y.bandwidth() })),
    ticks: x.ticks(Math.min(5, max)).filter(Number.isInteger).map((value) => ({ x: left + x(value), value })),
  };
}
