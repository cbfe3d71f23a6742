// The site's Markdown reading of what Korean manuals write with `~` and `$`: as typed, the way the
// core reads it (the parity test in published-text.test.ts checks whole built pages).
import { describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import { toString } from "mdast-util-to-string";
import inertMarkdown from "../../../site/plugins/remark/inert-markdown.ts";

function published(markdown: string): { text: string; types: string[] } {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(inertMarkdown);
  const file = { value: markdown };
  const tree = processor.runSync(processor.parse(markdown), file as never) as { children?: unknown[] };
  const types: string[] = [];
  const visit = (node: { type: string; children?: unknown[] }) => {
    types.push(node.type);
    for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
  };
  visit(tree as { type: string });
  return { text: toString(tree as never), types };
}

describe("inert markdown", () => {
  it.each([
    ["2~3월 05~07시", "2~3월 05~07시"],
    ["A4~까지 05~07시~~종전~~ 이후", "A4~까지 05~07시~~종전~~ 이후"],
    ["~~종전~~", "~~종전~~"],
    ["~바깥 ~~안쪽~~ 끝~", "~바깥 ~~안쪽~~ 끝~"],
    ["*$1,000*  $2,000", "*$1,000*  $2,000"],
    ["$$\n수식\n$$", "$$\n수식\n$$"],
  ])("%j is published as typed", (markdown, text) => {
    const out = published(markdown);
    expect(out.text).toBe(text);
    expect(out.types).not.toContain("delete");
    expect(out.types).not.toContain("inlineMath");
    expect(out.types).not.toContain("math");
  });
});
