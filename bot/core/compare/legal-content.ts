// The legal content of one manual version, normalised so that formatting noise (whitespace, line
// wrapping, list markers, table padding, emphasis) is never mistaken for a change in substance.
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
  /** Normalised statements of each legal section, by section key. */
  sections: Record<string, string[]>;
}

const LIST_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const ORDERED_MARKER = /^\s*(\d{1,9})[.)]\s+/;
const TABLE_ROW = /^\s*\|/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/;
const HEADING = /^\s{0,3}#{1,6}\s+/;
/** Emphasis delimiters (*, _, **, __, ***) touching text; a lone "*" between spaces is not one. */
const EMPHASIS = /[*_]+(?=\S)|(?<=\S)[*_]+/g;

function clean(text: string): string {
  return text
    .normalize("NFC")
    .replace(EMPHASIS, "")
    .replace(/\s+/g, " ")
    .trim();
}

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;

/** Splits Markdown into statements: paragraphs, list items, table rows and headings, each on one line. */
export function normaliseStatements(markdown: string): string[] {
  const statements: string[] = [];
  let block: string[] = [];
  // Where the open block's text starts: column 0 for a paragraph, after the marker for a list item.
  let contentIndent: number | null = null;
  const flush = () => {
    const statement = clean(block.join(" "));
    if (statement) statements.push(statement);
    block = [];
    contentIndent = null;
  };
  // As in CommonMark, a numbered line other than "1." does not interrupt a paragraph: wrapping
  // "… 2025.\n10. 1. 시행" is still one statement (in a list item, when indented under its text).
  const continuesText = (raw: string) => {
    const ordered = ORDERED_MARKER.exec(raw);
    return block.length > 0 && ordered !== null && Number(ordered[1]) !== 1 && (contentIndent === 0 || indentOf(raw) >= contentIndent!);
  };
  for (const raw of markdown.split(/\r\n|\r|\n/)) {
    if (raw.trim() === "") {
      flush();
    } else if (TABLE_ROW.test(raw)) {
      flush();
      if (TABLE_DELIMITER.test(raw)) continue;
      const cells = raw.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map(clean);
      statements.push(cells.join(" | "));
    } else if (HEADING.test(raw)) {
      // A heading is one line: what follows it is another statement, blank line or not.
      flush();
      block.push(raw.replace(HEADING, ""));
      flush();
    } else if (LIST_MARKER.test(raw) && !continuesText(raw)) {
      flush();
      contentIndent = LIST_MARKER.exec(raw)![0].length;
      block.push(raw.replace(LIST_MARKER, ""));
    } else {
      if (block.length === 0) contentIndent = 0;
      block.push(raw);
    }
  }
  flush();
  return statements;
}

const str = (value: unknown) => (typeof value === "string" ? value : value === undefined || value === null ? null : String(value));

export function lawEntriesOf(frontMatter: unknown): LawEntry[] {
  const laws = (frontMatter as { laws?: unknown } | null | undefined)?.laws;
  if (!Array.isArray(laws)) return [];
  return laws.flatMap((entry: unknown) => {
    const e = entry as Record<string, unknown> | null;
    if (!e || typeof e !== "object" || e.law === undefined) return [];
    return [{ law: String(e.law), article: clean(str(e.article) ?? ""), version: str(e.version) ?? "" }];
  });
}

export function legalContentOf(document: ManualDocument, spec: SectionsSpec): LegalContent {
  const fm = (document.frontMatter && typeof document.frontMatter === "object" ? document.frontMatter : {}) as Record<string, unknown>;
  const byKey = sectionsByKey(spec, document);
  const sections: Record<string, string[]> = {};
  for (const section of spec.sections) {
    if (section.legal) sections[section.key] = normaliseStatements(byKey.get(section.key)?.text ?? "");
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
