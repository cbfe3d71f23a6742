// The projection: a manual's micromark tokens → the manual document the schemas validate and compare
// reads: headings, sections (each with its source, its visible blocks, lists, tables, links and
// citations), and what comes before the first section. Counts and citations come from the visible
// content only, so text a reader never sees (an HTML comment) cannot satisfy a rule.
import type { Heading, ManualDocument, Section } from "./document.ts";
import { definitionsOf, linkTargets } from "./links.ts";
import type { ReadManual } from "./read-manual.ts";
import { firstOf, type Token } from "./tokens.ts";
import { visibleContent } from "./visible.ts";

const HEADINGS = new Set(["atxHeading", "setextHeading"]);

function headingOf(token: Token, offset: number): Heading {
  if (token.type === "atxHeading") {
    const sequence = firstOf(token, "atxHeadingSequence")?.text ?? "#";
    return { text: (firstOf(token, "atxHeadingText")?.text ?? "").trim(), level: sequence.length, line: token.startLine + offset };
  }
  const underline = firstOf(token, "setextHeadingLineSequence")?.text ?? "=";
  return { text: (firstOf(token, "setextHeadingText")?.text ?? "").trim().replace(/\s+/g, " "), level: underline.startsWith("=") ? 1 : 2, line: token.startLine + offset };
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
  const nested: Token[] = [];

  // Each section keeps its own top-level tokens; one walk over them gives what a reader sees.
  type Open = { heading: Heading; tokens: Token[] };
  let open: Open | null = null;
  const close = (next: Open | null, endBefore: number) => {
    if (open) sections.push(makeSection(open, endBefore));
    open = next;
  };
  const makeSection = ({ heading, tokens: own }: Open, endBefore: number): Section => {
    // Content lines are those after the heading up to the next section heading, trimmed of blanks.
    let end = endBefore - 1;
    while (end > heading.line && (bodyLines[end - offset - 1] ?? "").trim() === "") end--;
    const content = bodyLines.slice(heading.line - offset, end - offset).join("\n");
    const visible = visibleContent(own, offset, definitions);
    nested.push(...visible.headings);
    return {
      heading: heading.text,
      level: heading.level,
      line: heading.line,
      endLine: end,
      text: content.replace(/^(?:[ \t]*\n)+/, ""),
      blocks: visible.blocks,
      words: countWords(visible.blocks.map((b) => b.text).join(" ")),
      lists: visible.lists,
      tables: visible.tables,
      links: links.filter((link) => link.line > heading.line && link.line <= end),
      citations: visible.citations,
    };
  };

  for (const token of tokens) {
    if (ARTIFICIAL.test(token.type)) continue;
    if (HEADINGS.has(token.type)) {
      const heading = headingOf(token, offset);
      if (heading.level <= sectionLevel) {
        headings.push(heading);
        firstSectionLine ??= heading.line;
        close({ heading, tokens: [] }, heading.line);
        continue;
      }
    }
    const current = open as Open | null;
    if (current) current.tokens.push(token);
    else preamble.push(token);
  }
  close(null, bodyLines.length + offset + 1);

  // Content before the first section counts only when a reader sees some.
  const before = visibleContent(preamble, offset, definitions);
  nested.push(...before.headings);
  // Every heading in document order: section headings and those the walks met inside sections.
  headings.push(...nested.map((token) => headingOf(token, offset)));
  headings.sort((a, b) => a.line - b.line);

  const total = offset + bodyLines.length;
  const preambleEnd = (firstSectionLine ?? bodyLines.length + offset + 1) - offset - 1;
  const preambleText = bodyLines.slice(0, preambleEnd).join("\n").trim();
  return {
    file,
    frontMatter,
    bodyLine: offset + 1,
    lineCount: Math.max(1, total > 1 && bodyLines.at(-1) === "" ? total - 1 : total),
    headings,
    sections,
    preamble: before.blocks.length > 0 ? { line: offset + 1 + bodyLines.findIndex((l) => l.trim() !== ""), text: preambleText } : null,
  };
}
