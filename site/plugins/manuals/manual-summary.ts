// The one-line summary under a manual's title: the first sentence of its 업무개요 (the section the
// sections schema calls "overview"). Only that section is parsed (CommonMark, mdast), so a summary
// costs a fraction of a millisecond per manual and shows the text as a reader sees it.
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import { sectionKeyOf, type SectionsSpec } from "../../../bot/core/sections-spec.ts";

const OVERVIEW = "overview";

function headingLevel(line: string): { level: number; title: string } | null {
  const match = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
  return match ? { level: match[1]!.length, title: match[2]! } : null;
}

/** The first sentence of a text: up to the first . ! ? (or 。) followed by white space or the end. */
export function firstSentence(text: string): string {
  return /^.*?[.!?。](?=\s|$)/su.exec(text)?.[0] ?? text;
}

/** The overview's first paragraph, plain; empty when the manual has no overview paragraph. */
export function manualSummary(markdown: string, spec: SectionsSpec): string {
  const lines = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "").split(/\r?\n/);
  const start = lines.findIndex((line) => {
    const heading = headingLevel(line);
    return heading?.level === spec.level && sectionKeyOf(spec, heading.title) === OVERVIEW;
  });
  if (start < 0) return "";
  let end = start + 1;
  while (end < lines.length && !((headingLevel(lines[end]!)?.level ?? 99) <= spec.level)) end++;
  const tree = fromMarkdown(lines.slice(start + 1, end).join("\n"));
  const paragraph = tree.children.find((node) => node.type === "paragraph");
  return paragraph ? firstSentence(toString(paragraph).replace(/\s+/g, " ").trim()) : "";
}
