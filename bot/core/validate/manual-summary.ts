// What the repository-wide rules need to know of one manual, with the lines to point at.
// Small and serialisable, so workers can send it back and the cache can keep it.
import type { Completeness } from "./completeness.ts";
import type { Reading } from "./reading.ts";
import type { Citation } from "../parse/document.ts";
import type { FrontMatter } from "../parse/front-matter.ts";
import type { LinkTarget } from "../parse/links.ts";

export interface Located<T> {
  value: T;
  line: number;
}

export interface ManualSummary {
  file: string;
  /** False when the file could not be parsed at all; the rest is then empty. */
  parsed: boolean;
  id?: Located<string>;
  title?: string;
  institution?: Located<string>;
  department?: Located<string>;
  owner?: Located<string>;
  deputy?: Located<string>;
  lastReviewed?: Located<string>;
  reviewCycleMonths?: number;
  tags?: string[];
  laws: { law: string; article: string; version: string; line: number }[];
  /** Citations in the legal sections (관련법령 and any other section the schema marks legal). */
  citations: Citation[];
  /** Every link in the body. */
  links: LinkTarget[];
  /** The summary line and searchable text, when the whole manual was read (the check, not the index). */
  reading?: Reading;
  /** Tips written and scaffold text left, when the whole manual was read (the check). */
  completeness?: Completeness;
}

/**
 * The summary's front-matter part, read leniently: fields of the wrong type are left out (the
 * schema reports them), so the repository rules and the CLI's index work on broken manuals too.
 */
export function summariseFrontMatter(file: string, frontMatter: unknown, locate: FrontMatter["locate"]): ManualSummary {
  const data = (frontMatter && typeof frontMatter === "object" && !Array.isArray(frontMatter) ? frontMatter : {}) as Record<string, unknown>;
  const str = (key: string) => (typeof data[key] === "string" ? { value: data[key] as string, line: locate([key]).line } : undefined);
  const laws = Array.isArray(data.laws)
    ? data.laws.flatMap((entry: unknown, index: number) => {
        const e = entry as Record<string, unknown> | null;
        return e && typeof e.law === "string"
          ? [{ law: e.law, article: typeof e.article === "string" ? e.article : "", version: typeof e.version === "string" ? e.version : "", line: locate(["laws", index, "law"]).line }]
          : [];
      })
    : [];
  return {
    file,
    parsed: frontMatter !== undefined,
    id: str("id"),
    title: typeof data.title === "string" ? data.title : undefined,
    institution: str("institution"),
    department: str("department"),
    owner: str("owner"),
    deputy: str("deputy"),
    lastReviewed: str("last_reviewed"),
    reviewCycleMonths: typeof data.review_cycle_months === "number" ? data.review_cycle_months : undefined,
    tags: Array.isArray(data.tags) ? data.tags.filter((t): t is string => typeof t === "string") : undefined,
    laws,
    citations: [],
    links: [],
  };
}
