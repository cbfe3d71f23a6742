// Other projects' Markdown suites through the check and compare: the CommonMark spec's 652
// examples (npm commonmark-spec) and markdownlint's own documentation (its npm package ships no
// test fixtures; the 57 Markdown files of its doc/ folder are the Markdown it does ship). Each
// document is checked as a whole file and as the 관련법령 of a valid manual: the check never fails
// inside, every finding points at a line of its file, and compare never throws. And the core's
// visible text of every spec example without raw HTML is the text of the spec's own HTML.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { lint } from "markdownlint/sync";
import { decodeString } from "micromark-util-decode-string";
import type { MicromarkToken } from "markdownlint";
import { describe, expect, test } from "vitest";
import { checkManuals } from "../../bot/core/check-manual.ts";
import { compareManuals } from "../../bot/core/compare/compare-manuals.ts";
import type { Finding } from "../../bot/core/findings.ts";
import { findAll } from "../../bot/core/parse/tokens.ts";
import { visibleContent } from "../../bot/core/parse/visible.ts";
import { spec, validators } from "../support/samples.ts";
import { fixturesRoot } from "../support/fixture-expectations.ts";
import { lineCount } from "../support/manual-mutations.ts";
import { projectRoot } from "../support/temp-repository.ts";

const require = createRequire(import.meta.url);
const examples = (require("commonmark-spec") as { tests: { markdown: string; html: string; number: number }[] }).tests.map((t) => ({
  name: `CommonMark example ${t.number}`,
  // The spec writes tabs as →.
  markdown: t.markdown.replace(/→/g, "\t"),
  html: t.html.replace(/→/g, "\t"),
}));
const docsDir = join(projectRoot, "node_modules/markdownlint/doc");
const docs = readdirSync(docsDir)
  .filter((name) => name.endsWith(".md"))
  .map((name) => ({ name: `markdownlint doc/${name}`, markdown: readFileSync(join(docsDir, name), "utf8") }));
const documents = [...examples, ...docs];

const FILE = "manuals/community-center/dong-civil/suite.md";
const baseline = readFileSync(`${fixturesRoot}manuals/community-center/dong-civil/valid-baseline.md`, "utf8").split("<!-- expect")[0]!;
const asLaws = (markdown: string) => baseline.replace(/## 관련법령\n\n[^\n]*\n/, `## 관련법령\n\n${markdown}\n`);

function misplaced(findings: readonly Finding[], text: string): string[] {
  const lines = lineCount(text);
  return findings.flatMap((f) => {
    const problems: string[] = [];
    if (f.rule === "check-failed") problems.push(`check failed: ${f.message.en}`);
    if (f.file !== FILE) problems.push(`file ${f.file}`);
    if (!Number.isInteger(f.line) || f.line < 1 || f.line > lines) problems.push(`line ${f.line} of ${lines}`);
    return problems.map((p) => `${f.rule}@${f.line}: ${p}`);
  });
}

/** Each test here checks or compares some 700 documents: seconds on a quiet machine, more on a loaded one. */
const HEAVY = 180_000;

describe.each([
  ["as a whole file", (markdown: string) => markdown],
  ["as the 관련법령 of a valid manual", asLaws],
])("%s", (_how, place) => {
  test("checked without a failure inside the check, every finding on a line of its file", () => {
    const texts = documents.map((d) => place(d.markdown));
    const checks = checkManuals(
      texts.map((input) => ({ file: FILE, input })),
      validators,
    );
    const problems = checks.flatMap((check, i) => misplaced(check.findings, texts[i]!).map((p) => `${documents[i]!.name}: ${p}`));
    expect(problems).toEqual([]);
    expect(checks).toHaveLength(652 + docs.length);
  }, HEAVY);

  test("compared with the next document, and with itself, without throwing", () => {
    const texts = documents.map((d) => place(d.markdown));
    const failures: string[] = [];
    texts.forEach((text, i) => {
      try {
        const next = texts[(i + 1) % texts.length]!;
        compareManuals([{ base: { file: FILE, text }, head: { file: FILE, text: next } }], spec);
        const same = compareManuals([{ base: { file: FILE, text }, head: { file: FILE, text } }], spec);
        if (same.some((c) => c.legal)) failures.push(`${documents[i]!.name}: a legal change against itself`);
      } catch (error) {
        failures.push(`${documents[i]!.name}: ${(error as Error).stack}`);
      }
    });
    expect(failures).toEqual([]);
  }, HEAVY);
});

// The spec's HTML as a reader sees it: tags gone (blocks apart), references decoded, an image as its alt text.
const BLOCK_TAGS = /<\/?(p|h[1-6]|li|ul|ol|blockquote|pre|hr|table|tr|td|th|thead|tbody|br)\b[^>]*>/g;
const collapse = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();
// decodeString also takes backslash escapes, which HTML does not have: keep every backslash as one.
const decodeReferences = (s: string) => decodeString(s.replace(/\\/g, "\\\\"));
const textOfHtml = (html: string) =>
  collapse(
    decodeReferences(
      html
        .replace(/<img [^>]*alt="([^"]*)"[^>]*>/g, "$1")
        .replace(BLOCK_TAGS, " ")
        .replace(/<[^>]*>/g, ""),
    ),
  );

function tokensOf(markdown: string): readonly MicromarkToken[] {
  let tokens: readonly MicromarkToken[] = [];
  const capture = { names: ["capture"], description: "capture", tags: ["test"], parser: "micromark" as const, function: (params: { parsers: { micromark: { tokens: readonly MicromarkToken[] } } }) => void (tokens = params.parsers.micromark.tokens) };
  lint({ strings: { a: markdown }, config: { default: false, capture: true }, customRules: [capture], frontMatter: null });
  return tokens;
}

const HTML = new Set(["htmlFlow", "htmlText"]);

test("the visible text of every spec example is the text of the spec's HTML (raw HTML aside: the site shows it as typed)", () => {
  const mismatches: string[] = [];
  let compared = 0;
  for (const example of examples) {
    const tokens = tokensOf(example.markdown);
    if (findAll(tokens, HTML).length > 0) continue;
    compared++;
    const visible = collapse(visibleContent(tokens, 0).blocks.map((b) => b.text).join(" "));
    const expected = textOfHtml(example.html);
    if (visible !== expected) mismatches.push(`${example.name}: ${JSON.stringify(example.markdown)} → ${JSON.stringify(visible)}, the spec ${JSON.stringify(expected)}`);
  }
  expect(mismatches).toEqual([]);
  expect(compared).toBeGreaterThan(550);
});
