// Impact: manuals that cite a law whose entry this change touched, and that the change left alone.
// Their owners may need to update them too.
import type { ManualSummary } from "../validate/manual-summary.ts";
import type { ManualChange } from "./compare-manuals.ts";

export interface Impact {
  law: string;
  /** Articles of that law the change touched. */
  articles: string[];
  file: string;
  id: string | null;
  title: string | null;
  department: string | null;
  owner: string | null;
  /** The articles of that law the other manual cites. */
  cites: string[];
}

export function impactOf(changes: readonly ManualChange[], manuals: readonly ManualSummary[]): Impact[] {
  const touched = new Map<string, Set<string>>();
  for (const change of changes) {
    for (const law of change.laws) {
      const articles = touched.get(law.law) ?? new Set<string>();
      if (law.before) articles.add(law.before.article);
      if (law.after) articles.add(law.after.article);
      touched.set(law.law, articles);
    }
  }
  const changedFiles = new Set(changes.flatMap((c) => [c.file, c.previousFile].filter((f): f is string => !!f)));
  const impact: Impact[] = [];
  for (const manual of manuals) {
    if (changedFiles.has(manual.file)) continue;
    for (const [law, articles] of touched) {
      const cites = manual.laws.filter((l) => l.law === law).map((l) => l.article);
      if (cites.length) {
        impact.push({ law, articles: [...articles].sort(), file: manual.file, id: manual.id?.value ?? null, title: manual.title ?? null, department: manual.department?.value ?? null, owner: manual.owner?.value ?? null, cites });
      }
    }
  }
  return impact.sort((a, b) => (a.law + a.file < b.law + b.file ? -1 : 1));
}
