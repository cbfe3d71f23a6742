// Law citations in Korean legal style: 「법령명」 제16조, 제16조의2, 제16조제1항제2호.
// No library parses this notation, hence the expression below.
import type { Citation } from "./document.ts";

const CITATION = /「([^」\n]{1,80})」\s*(제\s?\d+\s?조(?:\s?의\s?\d+)?(?:\s?제\s?\d+\s?항)?(?:\s?제\s?\d+\s?호)?)?/gu;

export function findCitations(text: string, firstLine: number): Citation[] {
  const citations: Citation[] = [];
  text.split("\n").forEach((line, index) => {
    for (const match of line.matchAll(CITATION)) {
      citations.push({ name: (match[1] ?? "").trim(), article: match[2] ? match[2].replace(/\s+/g, "") : null, line: firstLine + index });
    }
  });
  return citations;
}
