// Law citations in Korean legal style: 「법령명」 제16조, 제16조의2, 제16조제1항제2호.
// No library parses this notation, hence the expression below. It reads visible text (already NFC,
// so a name typed on macOS in decomposed jamo matches the registry's).
const CITATION = /「([^」\n]{1,80})」\s*(제\s?\d+\s?조(?:\s?의\s?\d+)?(?:\s?제\s?\d+\s?항)?(?:\s?제\s?\d+\s?호)?)?/gu;

export interface FoundCitation {
  /** The law's name as written between 「 」. */
  name: string;
  /** "제16조", "제16조의2", "제16조제1항" … or null when no article follows. */
  article: string | null;
  /** Where in the text the citation starts. */
  offset: number;
}

export function findCitations(text: string): FoundCitation[] {
  const citations: FoundCitation[] = [];
  for (const match of text.normalize("NFC").matchAll(CITATION)) {
    citations.push({ name: (match[1] ?? "").trim(), article: match[2] ? match[2].replace(/\s+/g, "") : null, offset: match.index });
  }
  return citations;
}
