// How bench scripts hand their figures to `npm run bench`: each prints its own details and calls
// `recordSummary` with a few lines; run.ts collects those (through the file named by BENCH_REPORT)
// and prints them together at the end. A script run on its own just prints.
import { appendFileSync } from "node:fs";

export interface BenchSummary {
  bench: string;
  /** One line per headline figure, e.g. "10,000 manuals: check cold 8.1 s (0.18× markdownlint)". */
  lines: string[];
  /** Targets the bench checks; a missed target is reported, not thrown. */
  targets?: { label: string; met: boolean }[];
}

export function recordSummary(summary: BenchSummary): void {
  const file = process.env.BENCH_REPORT;
  if (file) appendFileSync(file, JSON.stringify(summary) + "\n");
}

/** Plain-text table with right-aligned numbers, for terminal output. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  return [line(cells[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

export function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(2)} s`;
}

export function count(n: number): string {
  return n.toLocaleString("en-US");
}
