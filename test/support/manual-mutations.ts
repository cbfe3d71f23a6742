// fast-check arbitraries for manuals that went wrong: real sample manuals mutated the ways files
// get damaged in practice (lines lost, doubled or moved, pasted Unicode, truncation, stray bytes,
// line endings and byte-order marks switched, front matter replaced by arbitrary YAML).
import fc from "fast-check";

export type Mutation = (bytes: Uint8Array) => Uint8Array;

const encoder = new TextEncoder();
const lenient = new TextDecoder("utf-8");
const BOM = [0xef, 0xbb, 0xbf];

function lines(bytes: Uint8Array): string[] {
  return lenient.decode(bytes).split("\n");
}
function join(parts: string[]): Uint8Array {
  return encoder.encode(parts.join("\n"));
}
function at(list: readonly unknown[], index: number): number {
  return list.length === 0 ? 0 : index % list.length;
}

/** Text people paste: Korean, CJK punctuation, emoji, combining marks, controls, odd spaces and Markdown/YAML syntax. */
const pasted = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: fc.constantFrom("가", "힣", "「", "」", "·", "…", "\u200b", "\u00a0", "\u3000", "\u0301", "😀", "\t", "\r", "\0", "\u2028", "**", "__", "`", "|", "#", "## ", "- ", "1. ", "[", "](", ")", "<", ">", "<!--", "-->", "---", ":", "&", "*", "!", "'", '"', "\\", "제16조", "&#9;", "javascript:"), maxLength: 16 }),
);

/** YAML that is anything but the front matter a manual should have. */
const randomYaml = fc.oneof(
  fc.string({ unit: fc.constantFrom("a", "id", ":", " ", "  ", "\n", "- ", "[", "]", "{", "}", ",", "&x", "*x", "!!str", "|", ">", "#", "'", '"', "\t", "?", "laws", "version", "2026-02-30", "~", "null", "제16조"), maxLength: 40 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.dictionary(fc.constantFrom("id", "title", "institution", "department", "owner", "deputy", "laws", "review_cycle_months", "last_reviewed", "tags", "extra"), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 9 }).map((record) =>
    Object.entries(record)
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
      .join("\n"),
  ),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i): Mutation => (bytes) => {
    const list = lines(bytes);
    list.splice(at(list, i), 1);
    return join(list);
  }),
  fc.nat().map((i): Mutation => (bytes) => {
    const list = lines(bytes);
    const index = at(list, i);
    list.splice(index, 0, list[index] ?? "");
    return join(list);
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (bytes) => {
    const list = lines(bytes);
    const [a, b] = [at(list, i), at(list, j)];
    [list[a], list[b]] = [list[b]!, list[a]!];
    return join(list);
  }),
  fc.tuple(fc.nat(), fc.nat(), pasted).map(([i, column, text]): Mutation => (bytes) => {
    const list = lines(bytes);
    const index = at(list, i);
    const line = list[index] ?? "";
    const cut = column % (line.length + 1);
    list[index] = line.slice(0, cut) + text + line.slice(cut);
    return join(list);
  }),
  fc.nat().map((n): Mutation => (bytes) => bytes.slice(0, n % (bytes.length + 1))),
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits): Mutation => (bytes) => {
    const copy = bytes.slice();
    for (const [position, value] of edits) if (copy.length) copy[position % copy.length] = value;
    return copy;
  }),
  fc.constant<Mutation>((bytes) => {
    const text = lenient.decode(bytes);
    return encoder.encode(text.includes("\r\n") ? text.replace(/\r\n/g, "\n") : text.replace(/\n/g, "\r\n"));
  }),
  fc.constant<Mutation>((bytes) => (bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2] ? bytes.slice(3) : new Uint8Array([...BOM, ...bytes]))),
  fc.constant<Mutation>((bytes) => encoder.encode(lenient.decode(bytes).replace(/\n/g, "\r"))),
  randomYaml.map((yaml): Mutation => (bytes) => {
    const text = lenient.decode(bytes);
    const close = text.indexOf("\n---", 4);
    return encoder.encode(`---\n${yaml}${close === -1 ? "\n---\n" : text.slice(close)}`);
  }),
);

/** A sample manual, then one to five mutations applied in turn. */
export function mutatedManual(samples: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc.tuple(fc.constantFrom(...samples), fc.array(mutation, { minLength: 1, maxLength: 5 })).map(([sample, mutations]) => mutations.reduce((bytes, mutate) => mutate(bytes), sample));
}

/** Input with no manual in it at all: random bytes, random text, random Markdown-ish lines. */
export const arbitraryInput: fc.Arbitrary<Uint8Array | string> = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.string({ unit: "binary", maxLength: 500 }),
  fc.array(fc.oneof(pasted, randomYaml), { maxLength: 40 }).map((parts) => parts.join("\n")),
  fc.tuple(randomYaml, fc.array(pasted, { maxLength: 30 })).map(([yaml, body]) => `---\n${yaml}\n---\n${body.join("\n")}`),
);

/** Lines in the file as an editor counts them, whatever the line endings: a final line ending starts no new line. */
export function lineCount(input: Uint8Array | string): number {
  const text = typeof input === "string" ? input : lenient.decode(input);
  const lines = text.split(/\r\n|\r|\n/);
  return lines.length > 1 && lines.at(-1) === "" ? lines.length - 1 : lines.length;
}
