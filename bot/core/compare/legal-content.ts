// The legal content of one manual version: its front-matter laws and what a reader sees of each
// legal section, as the projection's visible statements (parse/visible.ts). Formatting that
// CommonMark renders as formatting (white space, line wrapping, list markers, table padding,
// emphasis) leaves no trace there; every visible character, link address and table cell does.
import type { ManualDocument } from "../parse/document.ts";
import { sectionsByKey, type SectionsSpec } from "../sections-spec.ts";

export interface LawEntry {
  law: string;
  article: string;
  version: string;
}

export interface LegalContent {
  id: string | null;
  title: string | null;
  institution: string | null;
  department: string | null;
  owner: string | null;
  laws: LawEntry[];
  /** The visible statements of each legal section, by section key. */
  sections: Record<string, string[]>;
}

const str = (value: unknown) => (typeof value === "string" ? value : value === undefined || value === null ? null : String(value));

export function lawEntriesOf(frontMatter: unknown): LawEntry[] {
  const laws = (frontMatter as { laws?: unknown } | null | undefined)?.laws;
  if (!Array.isArray(laws)) return [];
  return laws.flatMap((entry: unknown) => {
    const e = entry as Record<string, unknown> | null;
    if (!e || typeof e !== "object" || e.law === undefined) return [];
    return [{ law: String(e.law), article: (str(e.article) ?? "").normalize("NFC").replace(/\s+/g, " ").trim(), version: str(e.version) ?? "" }];
  });
}

export function legalContentOf(document: ManualDocument, spec: SectionsSpec): LegalContent {
  const fm = (document.frontMatter && typeof document.frontMatter === "object" ? document.frontMatter : {}) as Record<string, unknown>;
  const byKey = sectionsByKey(spec, document);
  const sections: Record<string, string[]> = {};
  for (const section of spec.sections) {
    if (section.legal) sections[section.key] = (byKey.get(section.key)?.blocks ?? []).map((block) => block.statement);
  }
  return {
    id: str(fm.id),
    title: str(fm.title),
    institution: str(fm.institution),
    department: str(fm.department),
    owner: str(fm.owner),
    laws: lawEntriesOf(fm),
    sections,
  };
}
