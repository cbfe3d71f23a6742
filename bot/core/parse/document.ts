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

export interface Section {
  heading: string;
  level: number;
  /** File line of the heading. */
  line: number;
  /** Last file line of the section's content. */
  endLine: number;
  /** The section's Markdown source (without its heading), line endings normalised to \n. */
  text: string;
  words: number;
  lists: ListBlock[];
  tables: TableBlock[];
  links: Link[];
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
