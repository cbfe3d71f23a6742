// fast-check arbitraries for section bodies: a document (what is said: paragraphs, lists, tables,
// sub-headings) and a style (how it is written: list markers, wrapping, spaces, table padding,
// emphasis). Rendering one document in two styles is formatting noise and nothing else.
import fc from "fast-check";

export type Block =
  | { kind: "paragraph"; words: string[] }
  | { kind: "bullets" | "numbers"; items: string[][] }
  | { kind: "table"; rows: string[][][] }
  | { kind: "heading"; words: string[] };

export interface Style {
  bullet: "-" | "*" | "+";
  delimiter: "." | ")";
  renumber: boolean;
  spacesAfterMarker: number;
  looseLists: boolean;
  /** Wrap lines longer than this at spaces (list items continue indented under their text). */
  wrap: number | null;
  paragraphIndent: number;
  wordGap: number;
  trailingSpaces: number;
  blankLines: number;
  blankAfterHeading: boolean;
  cellPadding: number;
  outerPipes: boolean;
  delimiterRow: "---" | ":---" | "---:" | ":-:";
  emphasis: "" | "*" | "_" | "**" | "__";
  emphasisEvery: number;
}

// Words as manuals use them, including numbers that end in "." or ")" (dates such as 2025. 10. 1.):
// wrapped to a line start they must not turn a paragraph into a list. "1." and "1)" are left out
// because at a line start they do start a list in CommonMark.
const fixedWords = ["「건축법」", "제11조(건축허가):", "허가", "신청서를", "처리기간은", "15일", "이내", "2025.", "10.", "3)", "12.", "회신합니다", "관계기관", "(별지", "제1호서식)", "100분의", "85", "A4", "5년", "·", "→", "※", "「지방세특례제한법」", "제36조의3"];
const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((code) => String.fromCharCode(code));
export const word = fc.oneof(fc.constantFrom(...fixedWords), fc.array(syllable, { minLength: 1, maxLength: 5 }).map((s) => s.join("")));
const listLike = /^\d+[.)]$/;
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max });
/** Words that open a paragraph or list item: a leading "12." would make the text a list in CommonMark. */
const opening = (min: number, max: number) => words(min, max).filter((w) => !listLike.test(w[0]!));

export const block: fc.Arbitrary<Block> = fc.oneof(
  opening(1, 24).map((w) => ({ kind: "paragraph" as const, words: w })),
  fc.array(opening(1, 14), { minLength: 1, maxLength: 4 }).map((items) => ({ kind: "bullets" as const, items })),
  fc.array(opening(1, 14), { minLength: 1, maxLength: 4 }).map((items) => ({ kind: "numbers" as const, items })),
  fc.integer({ min: 2, max: 3 }).chain((columns) => fc.array(fc.array(words(1, 3), { minLength: columns, maxLength: columns }), { minLength: 2, maxLength: 4 }).map((rows) => ({ kind: "table" as const, rows }))),
  words(1, 4).map((w) => ({ kind: "heading" as const, words: w })),
);

export const document = fc.array(block, { minLength: 1, maxLength: 5 });

export const style: fc.Arbitrary<Style> = fc.record({
  bullet: fc.constantFrom("-", "*", "+"),
  delimiter: fc.constantFrom(".", ")"),
  renumber: fc.boolean(),
  spacesAfterMarker: fc.integer({ min: 1, max: 3 }),
  looseLists: fc.boolean(),
  wrap: fc.option(fc.integer({ min: 8, max: 60 }), { nil: null }),
  // Two or more spaces would continue a preceding list's last item (its text starts there), which a
  // reader sees: the next list then numbers on from it. One space is noise.
  paragraphIndent: fc.integer({ min: 0, max: 1 }),
  wordGap: fc.integer({ min: 1, max: 3 }),
  trailingSpaces: fc.integer({ min: 0, max: 3 }),
  blankLines: fc.integer({ min: 1, max: 3 }),
  blankAfterHeading: fc.boolean(),
  cellPadding: fc.integer({ min: 0, max: 3 }),
  outerPipes: fc.constant(true),
  delimiterRow: fc.constantFrom("---", ":---", "---:", ":-:"),
  emphasis: fc.constantFrom("", "*", "_", "**", "__"),
  emphasisEvery: fc.integer({ min: 1, max: 4 }),
});

function emphasise(text: string[], s: Style): string[] {
  return text.map((w, i) => (s.emphasis && i % s.emphasisEvery === 0 ? `${s.emphasis}${w}${s.emphasis}` : w));
}

/** Lines of `text` wrapped at spaces; continuation lines start with `indent`. */
function wrapWords(parts: string[], s: Style, first: string, indent: string): string[] {
  const gap = " ".repeat(s.wordGap);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const part of parts) {
    if (!empty && s.wrap !== null && line.length + gap.length + part.length > s.wrap) {
      lines.push(line);
      line = indent + part;
    } else {
      line += (empty ? "" : gap) + part;
    }
    empty = false;
  }
  lines.push(line);
  return lines.map((l) => l + " ".repeat(s.trailingSpaces));
}

export function render(blocks: readonly Block[], s: Style): string {
  const out: string[] = [];
  const separator = Array.from({ length: s.blankLines }, () => "");
  blocks.forEach((b, index) => {
    if (index > 0) out.push(...separator);
    if (b.kind === "paragraph") {
      const indent = " ".repeat(s.paragraphIndent);
      out.push(...wrapWords(emphasise(b.words, s), s, indent, indent));
    } else if (b.kind === "heading") {
      out.push(`### ${emphasise(b.words, s).join(" ")}`);
      if (s.blankAfterHeading) out.push("");
    } else if (b.kind !== "table") {
      const bullets = b.kind === "bullets";
      b.items.forEach((item, i) => {
        if (i > 0 && s.looseLists) out.push("");
        const marker = bullets ? s.bullet : `${s.renumber ? 1 : i + 1}${s.delimiter}`;
        const first = marker + " ".repeat(s.spacesAfterMarker);
        out.push(...wrapWords(emphasise(item, s), s, first, " ".repeat(first.length)));
      });
    } else {
      const pad = " ".repeat(s.cellPadding);
      const row = (cells: string[]) => `|${cells.map((c) => `${pad}${c}${pad}`).join("|")}|`;
      const [header, ...body] = b.rows.map((cells) => cells.map((c) => emphasise(c, s).join(" ")));
      out.push(row(header!), row(header!.map(() => s.delimiterRow)), ...body.map(row));
    }
  });
  return out.join("\n") + "\n";
}

/** The same document with one word replaced: a change in substance. */
export const edited = (blocks: readonly Block[]) =>
  fc.tuple(fc.nat(), word.filter((w) => !listLike.test(w))).map(([seed, replacement]): Block[] | null => {
    const slots: { set: (w: string) => void; get: () => string }[] = [];
    const copy: Block[] = structuredClone(blocks) as Block[];
    for (const b of copy) {
      const lists = b.kind === "paragraph" || b.kind === "heading" ? [b.words] : b.kind === "table" ? b.rows.flat() : b.items;
      for (const list of lists) list.forEach((_, i) => slots.push({ get: () => list[i]!, set: (w) => (list[i] = w) }));
    }
    const slot = slots[seed % slots.length]!;
    if (slot.get() === replacement) return null;
    slot.set(replacement);
    return copy;
  });
