// The projection: a manual's micromark tokens → the manual document the schemas validate and compare
// reads: headings, sections (each with its source, its visible blocks, lists, tables, links and
// citations), and what comes before the first section. Counts and citations come from the visible
// content only, so text a reader never sees (an HTML comment) cannot satisfy a rule.
import type { Heading, ListBlock, ManualDocument, Section, TableBlock } from "./document.ts";
import { definitionsOf, linkTargets } from "./links.ts";
import type { ReadManual } from "./read-manual.ts";
import { findAll, firstOf, type Token } from "./tokens.ts";
import { visibleContent } from "./visible.ts";

const HEADINGS = new Set(["atxHeading", "setextHeading"]);
const LISTS = new Set(["listOrdered", "listUnordered"]);
const TABLES = new Set(["table"]);
const HEADINGS_AND_TABLES = new Set([...HEADINGS, ...TABLES]);
const ROWS = new Set(["tableRow"]);
/** markdownlint re-parses raw HTML as Markdown for its rules; readers see that HTML as typed text. */
const NOT_MARKDOWN = new Set(["htmlFlow"]);

function headingOf(token: Token, offset: number): Heading {
  if (token.type === "atxHeading") {
    const sequence = firstOf(token, "atxHeadingSequence")?.text ?? "#";
    return { text: (firstOf(token, "atxHeadingText")?.text ?? "").trim(), level: sequence.length, line: token.startLine + offset };
  }
  const underline = firstOf(token, "setextHeadingLineSequence")?.text ?? "=";
  return { text: (firstOf(token, "setextHeadingText")?.text ?? "").trim().replace(/\s+/g, " "), level: underline.startsWith("=") ? 1 : 2, line: token.startLine + offset };
}

/** The visible text of tokens, block texts joined by spaces. */
function textOf(tokens: readonly Token[], definitions: ReadonlyMap<string, string>): string {
  return visibleContent(tokens, 0, definitions)
    .blocks.map((b) => b.text)
    .join(" ");
}

function listOf(token: Token, offset: number, definitions: ReadonlyMap<string, string>): ListBlock {
  // An item is what follows its prefix up to the next one; an item a reader sees empty is no item.
  const groups: Token[][] = [];
  for (const child of token.children) {
    if (child.type === "listItemPrefix") groups.push([]);
    else groups.at(-1)?.push(child);
  }
  const items = groups.map((group) => textOf(group, definitions)).filter((item) => item !== "");
  return { ordered: token.type === "listOrdered", line: token.startLine + offset, items };
}

function cells(row: Token, cellType: string, definitions: ReadonlyMap<string, string>): string[] {
  return row.children.filter((c) => c.type === cellType).map((cell) => textOf(cell.children.filter((c) => (c.type as string) === "tableContent"), definitions));
}

function tableOf(token: Token, offset: number, definitions: ReadonlyMap<string, string>): TableBlock {
  const rows = findAll(token.children, ROWS);
  const headerRow = rows.find((row) => row.children.some((c) => (c.type as string) === "tableHeader"));
  return {
    line: token.startLine + offset,
    header: headerRow ? cells(headerRow, "tableHeader", definitions) : [],
    rows: rows.filter((row) => row !== headerRow).map((row) => cells(row, "tableData", definitions)),
  };
}

// A word is a run of characters that are neither white space nor Markdown punctuation.
const WORD = /[^\s#>*_`|[\]()!:-]+/g;

function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) count++;
  return count;
}

/** markdownlint's own tokens that stand for no text of the file (copies for its reference rules). */
const ARTIFICIAL = /^undefinedReference/;

export function project({ file, frontMatter: { data: frontMatter }, bodyLines, offset }: ReadManual, tokens: readonly Token[], sectionLevel: number): ManualDocument {
  const headings: Heading[] = [];
  const sections: Section[] = [];
  const links = linkTargets(tokens).map((link) => ({ ...link, line: link.line + offset }));
  const definitions = definitionsOf(tokens);
  let firstSectionLine: number | null = null;
  const preamble: Token[] = [];

  // Each section keeps its own top-level tokens and, found in the same walk as nested headings, its tables.
  type Open = { heading: Heading; tokens: Token[]; tables: Token[] };
  let open: Open | null = null;
  const close = (next: Open | null, endBefore: number) => {
    if (open) sections.push(makeSection(open, endBefore));
    open = next;
  };
  const makeSection = ({ heading, tokens: own, tables }: Open, endBefore: number): Section => {
    // Content lines are those after the heading up to the next section heading, trimmed of blanks.
    let end = endBefore - 1;
    while (end > heading.line && (bodyLines[end - offset - 1] ?? "").trim() === "") end--;
    const content = bodyLines.slice(heading.line - offset, end - offset).join("\n");
    const visible = visibleContent(own, offset, definitions);
    return {
      heading: heading.text,
      level: heading.level,
      line: heading.line,
      endLine: end,
      text: content.replace(/^(?:[ \t]*\n)+/, ""),
      blocks: visible.blocks,
      words: countWords(visible.blocks.map((b) => b.text).join(" ")),
      lists: own.filter((t) => LISTS.has(t.type)).map((t) => listOf(t, offset, definitions)),
      tables: tables.map((t) => tableOf(t, offset, definitions)),
      links: links.filter((link) => link.line > heading.line && link.line <= end),
      citations: visible.citations,
    };
  };

  for (const token of tokens) {
    if (ARTIFICIAL.test(token.type)) continue;
    let tables: Token[];
    if (HEADINGS.has(token.type)) {
      const heading = headingOf(token, offset);
      headings.push(heading);
      if (heading.level <= sectionLevel) {
        firstSectionLine ??= heading.line;
        close({ heading, tokens: [], tables: [] }, heading.line);
        continue;
      }
      tables = [];
    } else {
      tables = [];
      for (const nested of findAll([token], HEADINGS_AND_TABLES, NOT_MARKDOWN)) {
        if (TABLES.has(nested.type)) tables.push(nested);
        else headings.push(headingOf(nested, offset));
      }
    }
    const current = open as Open | null;
    if (current) {
      current.tokens.push(token);
      current.tables.push(...tables);
    } else {
      preamble.push(token);
    }
  }
  close(null, bodyLines.length + offset + 1);

  const total = offset + bodyLines.length;
  // Content before the first section counts only when a reader sees some.
  const before = visibleContent(preamble, offset, definitions).blocks;
  const preambleEnd = (firstSectionLine ?? bodyLines.length + offset + 1) - offset - 1;
  const preambleText = bodyLines.slice(0, preambleEnd).join("\n").trim();
  return {
    file,
    frontMatter,
    bodyLine: offset + 1,
    lineCount: Math.max(1, total > 1 && bodyLines.at(-1) === "" ? total - 1 : total),
    headings,
    sections,
    preamble: before.length > 0 ? { line: offset + 1 + bodyLines.findIndex((l) => l.trim() !== ""), text: preambleText } : null,
  };
}
