// The manuals' front matter, read from the working tree without the full check: enough for
// `due`, `impact` and `handover`, fast even on large repositories.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontMatter } from "../core/parse/front-matter.ts";
import type { ManualSummary } from "../core/validate/manual-summary.ts";
import { listRepository } from "./local-repository.ts";

export function readManualIndex(root: string): ManualSummary[] {
  return listRepository(root).manuals.map((file) => {
    let text = "";
    try {
      text = readFileSync(join(root, file), "utf8").replace(/^\uFEFF/, "");
    } catch {
      // unreadable files have no front matter; `manuals check` reports them
    }
    const fm = parseFrontMatter(text.split(/\r\n|\r|\n/));
    const data = (fm.data && typeof fm.data === "object" ? fm.data : {}) as Record<string, unknown>;
    const located = (key: string) => (typeof data[key] === "string" ? { value: data[key] as string, line: fm.locate([key]).line } : undefined);
    const laws = Array.isArray(data.laws)
      ? data.laws.flatMap((e: unknown, i: number) => {
          const entry = e as Record<string, unknown> | null;
          return entry && typeof entry.law === "string" ? [{ law: entry.law, article: String(entry.article ?? ""), version: String(entry.version ?? ""), line: fm.locate(["laws", i]).line }] : [];
        })
      : [];
    return {
      file,
      parsed: fm.data !== undefined,
      id: located("id"),
      title: typeof data.title === "string" ? data.title : undefined,
      institution: located("institution"),
      department: located("department"),
      owner: located("owner"),
      deputy: located("deputy"),
      lastReviewed: located("last_reviewed"),
      reviewCycleMonths: typeof data.review_cycle_months === "number" ? data.review_cycle_months : undefined,
      tags: Array.isArray(data.tags) ? data.tags.map(String) : undefined,
      laws,
      citations: [],
      links: [],
    };
  });
}
