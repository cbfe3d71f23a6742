// What a reader gets of a manual besides its page, from the same projection the check validates
// and the review compares: the one-line summary (the first sentence of 업무개요) and the visible
// text the site's search indexes. Link addresses, front matter and hidden text are not in it.
import type { ManualDocument, Section } from "../parse/document.ts";

export interface Reading {
  /** The first sentence of 업무개요's first block; empty without one. */
  overview: string;
  /** Every section's visible text, heading and blocks, one line each. */
  text: string;
  /** File line where the body starts (after the front matter). */
  bodyLine: number;
}

/** The first sentence of a text: up to the first . ! ? (or 。) followed by white space or the end. */
export function firstSentence(text: string): string {
  return /^.*?[.!?。](?=\s|$)/su.exec(text)?.[0] ?? text;
}

export function readingOf(document: ManualDocument, overview: Section | undefined): Reading {
  const first = overview?.blocks.find((block) => block.text !== "");
  return {
    overview: first ? firstSentence(first.text) : "",
    text: document.sections.flatMap((section) => [section.heading, ...section.blocks.map((block) => block.text)]).join("\n"),
    bodyLine: document.bodyLine,
  };
}
