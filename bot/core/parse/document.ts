// The manual document: the projection of a Markdown manual that schemas validate and compare reads.
export interface Heading {
  text: string;
  level: number;
  line: number;
}

export interface ListBlock {
  ordered: boolean;
  line: number;
  items: string[];
}

export interface TableBlock {
  line: number;
  header: string[];
  rows: string[][];
}

export interface Link {
  text: string;
  href: string;
  line: number;
  column: number;
}

export interface Citation {
  /** The law's name as written between 「 」. */
  name: string;
  /** "제16조", "제16조의2", "제16조제1항" … or null when no article follows. */
  article: string | null;
  line: number;
}

/** A block (paragraph, heading, list item's paragraph, table row, code line …) as a reader sees it. */
export interface VisibleBlock {
  /** File line where the block starts. */
  line: number;
  /** Its visible text: NFC, runs of white space as one space, trimmed. */
  text: string;
  /**
   * The text with the rest of what a reader gets, for compare: "> " per quote level, two spaces per
   * list level below the first, an ordered item's number, table cells as " | ", and each link's
   * address as " ⟨address⟩" (with `\`, `⟨`, `⟩`, `|` in the text escaped by a backslash).
   */
  statement: string;
}

export interface Section {
  heading: string;
  level: number;
  /** File line of the heading. */
  line: number;
  /** Last file line of the section's content. */
  endLine: number;
  /** The section's Markdown source (without its heading), line endings normalised to \n. */
  text: string;
  /** What a reader sees of it, block by block; HTML comments and other hidden text are not here. */
  blocks: VisibleBlock[];
  /** Words of the visible text. */
  words: number;
  lists: ListBlock[];
  tables: TableBlock[];
  links: Link[];
  /** Citations in the visible text. */
  citations: Citation[];
}

export interface ManualDocument {
  file: string;
  /** Front matter data as parsed (unknown until validated). */
  frontMatter: unknown;
  /** File line where the body starts. */
  bodyLine: number;
  /** Lines in the file as an editor counts them (a final line ending starts no new line). */
  lineCount: number;
  /** Every heading of the body, in order. */
  headings: Heading[];
  /** The body split at section-level (and higher) headings, in order. */
  sections: Section[];
  /** Content before the first section heading, when there is any. */
  preamble: { line: number; text: string } | null;
}
