// The "처음 오셨나요?" path: the order in which a newcomer should read a department's manuals.
// Tasks built on the department's common laws come first (they teach the ground the other tasks
// stand on), then the more specialised ones; among equals, the task with fewer provisions first.

export interface PathCandidate {
  title: string;
  /** Law keys the manual follows. */
  laws: readonly string[];
}

export function readingOrder<T extends PathCandidate>(manuals: readonly T[]): T[] {
  const keys = manuals.map((m) => new Set(m.laws));
  const shared = manuals.map((_, i) => manuals.reduce((n, __, j) => (i !== j && [...keys[i]!].some((k) => keys[j]!.has(k)) ? n + 1 : n), 0));
  return manuals
    .map((manual, i) => ({ manual, shared: shared[i]!, laws: keys[i]!.size }))
    .sort((a, b) => b.shared - a.shared || a.laws - b.laws || a.manual.title.localeCompare(b.manual.title, "ko"))
    .map((entry) => entry.manual);
}
