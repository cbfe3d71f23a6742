// parse: a manual's bytes → the manual document with file lines, plus the findings that come from
// reading it (encoding, front matter syntax, Markdown form). markdownlint's micromark parse is the
// expensive step, so it runs once per file: the projection is taken from the same tokens the form
// rules see.
import { lint } from "markdownlint/sync";
import type { Rule } from "markdownlint";
import type { Finding, Severity } from "../findings.ts";
import { text } from "../messages/text.ts";
import { builtinRules } from "../validate/markdown-rules/builtin-rules.ts";
import { projectRules } from "../validate/markdown-rules/project-rules.ts";
import { decodeDetail } from "../validate/markdown-rules/rule-message.ts";
import { findCitations } from "./citations.ts";
import { decodeManual } from "./decode.ts";
import type { Heading, ListBlock, ManualDocument, Section, TableBlock } from "./document.ts";
import { parseFrontMatter, type FrontMatter } from "./front-matter.ts";
import { linkTargets } from "./links.ts";
import type { Token } from "./tokens.ts";

export interface ParsedManual {
  file: string;
  /** null when the bytes cannot be read as a manual at all (binary, not UTF-8, empty, too large). */
  document: ManualDocument | null;
  findings: Finding[];
  /** Source map for the front matter: a JSON path → file line. */
  locate: FrontMatter["locate"];
}

export interface ParseOptions {
  /** Heading level that starts a section (from the sections schema's x-section-level). */
  sectionLevel?: number;
}

const severityOf = new Map<string, Severity>([
  ...Object.entries(builtinRules).map(([name, rule]) => [name, rule.severity] as const),
  ...projectRules.map(({ rule, severity }) => [rule.names[0]!, severity] as const),
]);

const lintConfig: Record<string, boolean> = { default: false, "wm-capture": true };
for (const name of severityOf.keys()) lintConfig[name] = true;

export interface ManualInput {
  file: string;
  input: Uint8Array | string;
}

export function parseManual(file: string, input: Uint8Array | string, options: ParseOptions = {}): ParsedManual {
  return parseManuals([{ file, input }], options)[0]!;
}

/** A manual read as far as its body: front matter parsed, body lines ready for markdownlint. */
interface ReadManual {
  file: string;
  frontMatter: FrontMatter;
  findings: Finding[];
  /** File lines before the body (the front matter's). */
  offset: number;
  bodyLines: string[];
}

/**
 * Several manuals in one markdownlint run, which then sets itself up (checks the custom rules, maps
 * rule names) once rather than per manual. Each result is what parseManual gives for that manual alone.
 */
export function parseManuals(inputs: readonly ManualInput[], options: ParseOptions = {}): ParsedManual[] {
  const sectionLevel = options.sectionLevel ?? 2;
  const read = inputs.map(({ file, input }) => readManual(file, input));

  // Each manual is projected as soon as its tokens exist, so a batch holds one token tree at a time.
  // markdownlint turns a rule's exception into a finding; a failing projection must fail the parse
  // instead, so it is kept and rethrown.
  const documents = new Map<string, ManualDocument>();
  let failure: { error: unknown } | null = null;
  const capture: Rule = {
    names: ["wm-capture"],
    description: "Captures the parse for the manual document",
    tags: ["internal"],
    parser: "micromark",
    function(params) {
      const manual = read[Number(params.name)];
      if (!manual || "document" in manual || failure) return;
      try {
        documents.set(params.name, project(manual, params.parsers.micromark.tokens, sectionLevel));
      } catch (error) {
        failure = { error };
      }
    },
  };
  const strings: Record<string, string> = {};
  read.forEach((manual, index) => {
    if (!("document" in manual)) strings[String(index)] = manual.bodyLines.join("\n");
  });
  const results =
    Object.keys(strings).length === 0
      ? {}
      : lint({
          strings,
          config: lintConfig,
          customRules: [capture, ...projectRules.map(({ rule }) => rule)],
          frontMatter: null,
          noInlineConfig: true,
          handleRuleFailures: true,
        });
  if (failure) throw (failure as { error: unknown }).error;

  return read.map((manual, index): ParsedManual => {
    if ("document" in manual) return manual;
    const { file, offset, frontMatter } = manual;
    const findings = [...manual.findings];
    for (const error of results[String(index)] ?? []) {
      const name = error.ruleNames[0] ?? "markdown";
      const custom = decodeDetail(error.errorDetail);
      const builtin = builtinRules[name];
      findings.push({
        file,
        line: error.lineNumber + offset,
        ...(error.errorRange ? { column: error.errorRange[0] } : {}),
        rule: custom ? name : `markdownlint/${error.ruleNames.join("/")}`,
        severity: severityOf.get(name) ?? "warning",
        message: custom
          ? text(custom.id, custom.params)
          : {
              ko: text("markdown.lint", { rule: name, description: builtin?.description.ko ?? error.ruleDescription, detail: error.errorDetail ?? "" }).ko,
              en: text("markdown.lint", { rule: name, description: builtin?.description.en ?? error.ruleDescription, detail: error.errorDetail ?? "" }).en,
            },
      });
    }
    return { file, document: documents.get(String(index)) ?? project(manual, [], sectionLevel), findings, locate: frontMatter.locate };
  });
}

/** Decodes a manual and parses its front matter; an unreadable one is returned as its final result. */
function readManual(file: string, input: Uint8Array | string): ReadManual | ParsedManual {
  const decoded = typeof input === "string" ? { ok: true as const, text: input.replace(/^\uFEFF/, "") } : decodeManual(input);
  if (!decoded.ok) {
    return {
      file,
      document: null,
      findings: [{ file, line: decoded.line, rule: "file-readable", severity: "error", message: text(decoded.message, decoded.params) }],
      locate: () => ({ line: 1, column: 1 }),
    };
  }
  const lines = decoded.text.split(/\r\n|\r|\n/);
  const frontMatter = parseFrontMatter(lines);
  const findings: Finding[] = frontMatter.problems.map((problem) => ({
    file,
    line: problem.line,
    ...(problem.column ? { column: problem.column } : {}),
    rule: problem.kind === "yaml" ? "front-matter-syntax" : "front-matter-present",
    severity: "error" as const,
    message:
      problem.kind === "missing" ? text("front-matter.missing") : problem.kind === "unclosed" ? text("front-matter.unclosed") : text("front-matter.yaml", { detail: problem.detail ?? "" }),
  }));
  const offset = frontMatter.lineCount;
  return { file, frontMatter, findings, offset, bodyLines: lines.slice(offset) };
}

const HEADINGS = new Set(["atxHeading", "setextHeading"]);
const LISTS = new Set(["listOrdered", "listUnordered"]);
const TABLES = new Set(["table"]);
const HEADINGS_AND_TABLES = new Set([...HEADINGS, ...TABLES]);
const ROWS = new Set(["tableRow"]);

// The projection walks every token tree; plain recursion here rather than the generator walkers of
// tokens.ts, whose nested `yield*` cost more than the rest of the projection put together.

/** The tokens of `types` among `tokens` and their descendants, in document order. */
function collect(tokens: readonly Token[], types: ReadonlySet<string>, into: Token[] = []): Token[] {
  for (const token of tokens) {
    if (types.has(token.type)) into.push(token);
    if (token.children.length > 0) collect(token.children, types, into);
  }
  return into;
}

/** The first descendant of `token` of the given type, in document order. */
function firstOf(token: Token, type: string): Token | undefined {
  for (const child of token.children) {
    if (child.type === type) return child;
    const nested = child.children.length > 0 ? firstOf(child, type) : undefined;
    if (nested) return nested;
  }
  return undefined;
}

function headingOf(token: Token, offset: number): Heading {
  if (token.type === "atxHeading") {
    const sequence = firstOf(token, "atxHeadingSequence")?.text ?? "#";
    return { text: (firstOf(token, "atxHeadingText")?.text ?? "").trim(), level: sequence.length, line: token.startLine + offset };
  }
  const underline = firstOf(token, "setextHeadingLineSequence")?.text ?? "=";
  return { text: (firstOf(token, "setextHeadingText")?.text ?? "").trim().replace(/\s+/g, " "), level: underline.startsWith("=") ? 1 : 2, line: token.startLine + offset };
}

function listOf(token: Token, offset: number): ListBlock {
  const items: string[] = [];
  let current: string[] | null = null;
  for (const child of token.children) {
    if (child.type === "listItemPrefix") {
      if (current) items.push(current.join(" ").trim());
      current = [];
    } else if (current && child.type !== "lineEnding" && child.type !== "lineEndingBlank" && child.type !== "linePrefix" && child.type !== "listItemIndent") {
      current.push(child.text.replace(/\s+/g, " "));
    }
  }
  if (current) items.push(current.join(" ").trim());
  return { ordered: token.type === "listOrdered", line: token.startLine + offset, items };
}

function cells(row: Token, cellType: string): string[] {
  return row.children.filter((c) => c.type === cellType).map((cell) => (firstOf(cell, "tableContent")?.text ?? "").trim());
}

function tableOf(token: Token, offset: number): TableBlock {
  const rows = collect(token.children, ROWS);
  const headerRow = rows.find((row) => row.children.some((c) => (c.type as string) === "tableHeader"));
  return {
    line: token.startLine + offset,
    header: headerRow ? cells(headerRow, "tableHeader") : [],
    rows: rows.filter((row) => row !== headerRow).map((row) => cells(row, "tableData")),
  };
}

// A word is a run of characters that are neither white space nor Markdown punctuation.
const WORD = /[^\s#>*_`|[\]()!:-]+/g;

function countWords(markdown: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.test(markdown)) count++;
  return count;
}

function project({ file, frontMatter: { data: frontMatter }, bodyLines, offset }: ReadManual, tokens: readonly Token[], sectionLevel: number): ManualDocument {
  const headings: Heading[] = [];
  const sections: Section[] = [];
  const links = linkTargets(tokens).map((link) => ({ ...link, line: link.line + offset }));
  let firstSectionLine: number | null = null;

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
    return {
      heading: heading.text,
      level: heading.level,
      line: heading.line,
      endLine: end,
      text: content.replace(/^(?:[ \t]*\n)+/, ""),
      words: countWords(content),
      lists: own.filter((t) => LISTS.has(t.type)).map((t) => listOf(t, offset)),
      tables: tables.map((t) => tableOf(t, offset)),
      links: links.filter((link) => link.line > heading.line && link.line <= end),
      citations: findCitations(content, heading.line + 1),
    };
  };

  for (const token of tokens) {
    let tables: Token[];
    if (HEADINGS.has(token.type)) {
      const heading = headingOf(token, offset);
      headings.push(heading);
      if (heading.level <= sectionLevel) {
        firstSectionLine ??= heading.line;
        close({ heading, tokens: [], tables: [] }, heading.line);
        continue;
      }
      tables = collect([token], TABLES);
    } else {
      tables = [];
      for (const nested of collect([token], HEADINGS_AND_TABLES)) {
        if (TABLES.has(nested.type)) tables.push(nested);
        else headings.push(headingOf(nested, offset));
      }
    }
    const current = open as Open | null;
    if (current) {
      current.tokens.push(token);
      current.tables.push(...tables);
    }
  }
  close(null, bodyLines.length + offset + 1);

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
    preamble: preambleText ? { line: offset + 1 + bodyLines.findIndex((l) => l.trim() !== ""), text: preambleText } : null,
  };
}
