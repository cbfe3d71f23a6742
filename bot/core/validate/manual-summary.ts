// What the repository-wide rules need to know of one manual, with the lines to point at.
// Small and serialisable, so workers can send it back and the cache can keep it.
import type { Citation } from "../parse/document.ts";
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
}
