// Bounds on what a manual may look like before the Markdown parser sees it. micromark and
// markdownlint slow down steeply on a few shapes no manual needs (measured on this project's
// machine: 600 lines of ever deeper indented list items take 3 s and 2,000 take 80 s; 20,000
// nested brackets 21 s; 10,000 nested `>` exhaust the heap in markdownlint's rules; a 400 KB line of
// `*a **a ` takes 20 s in MD037; 200 KB of `*a_ ` in one paragraph over a minute), so a file past
// a bound is reported, with the bound, instead. What is slow but linear is left to the size limit
// and to the check's time budget per file.
// Every scan here is one linear pass over the lines.
import type { Finding } from "../findings.ts";
import { text } from "../messages/text.ts";

/** Characters in one line. A long legal paragraph on one line is about 2,000. */
export const MAX_LINE_LENGTH = 10_000;
/** Block quote and list markers opening one line (`> > - 1.`). Manuals nest three or four. */
export const MAX_NESTING = 32;
/** Columns of white space before a line's text, markers aside; deep list nesting is indentation. */
export const MAX_INDENT = 128;
/**
 * Emphasis delimiters (`*`, `_`), link brackets (`[`, `]`) or tag openers (`<`) in one paragraph,
 * each kind counted apart. micromark pairs them up in time that grows with the square of their
 * number (a paragraph of 5,000 `*a_ ` takes 2 s, and markdownlint's undefined-reference check does
 * the same with `]`); at this bound a 1 MB manual of such paragraphs still checks in about 2 s.
 * A long legal paragraph with twenty bold phrases has 80.
 */
export const MAX_INLINE_MARKS = 256;

const place = (file: string, line: number) => ({ file, line, rule: "input-limit", severity: "error" as const });

/** The first line (1-based, from `firstLine`) longer than MAX_LINE_LENGTH, as a finding. */
export function lineLengthFindings(file: string, lines: readonly string[], firstLine = 1): Finding[] {
  const index = lines.findIndex((line) => line.length > MAX_LINE_LENGTH);
  if (index === -1) return [];
  return [{ ...place(file, firstLine + index), message: text("limit.line-length", { length: lines[index]!.length, limit: MAX_LINE_LENGTH }) }];
}

/** Markers and indentation that open a line, whether a list item opens there, and the rest of it. */
function prefixOf(line: string): { markers: number; columns: number; item: boolean; rest: string } {
  let markers = 0;
  let columns = 0;
  let item = false;
  let i = 0;
  for (;;) {
    const c = line[i];
    if (c === " ") {
      columns++;
      i++;
    } else if (c === "\t") {
      columns += 4 - (columns % 4);
      i++;
    } else if (c === ">") {
      markers++;
      i++;
    } else if ((c === "-" || c === "*" || c === "+") && (line[i + 1] === " " || line[i + 1] === "\t")) {
      markers++;
      item = true;
      i++;
    } else {
      const ordered = /^\d{1,9}[.)](?=[ \t])/.exec(line.slice(i, i + 11));
      // The one space after each marker belongs to the marker, not to indentation.
      if (!ordered) return { markers, columns: Math.max(0, columns - markers), item, rest: line.slice(i) };
      markers++;
      item = true;
      i += ordered[0].length;
    }
  }
}

const MARKS: Record<string, string> = { "*": "* _", _: "* _", "[": "[ ]", "]": "[ ]", "<": "<" };
const FENCE = /^(`{3,}|~{3,})/;

/** Nesting, indentation and inline marks of the body, each reported once, where first exceeded. */
export function structureFindings(file: string, lines: readonly string[], firstLine: number): Finding[] {
  const findings: Finding[] = [];
  let nesting = false;
  let indent = false;
  let marksReported = false;
  let fence: string | null = null;
  // Marks of each kind in the current paragraph; once past the bound, where and how many.
  let counts = new Map<string, number>();
  let exceeded: { line: number; kind: string } | null = null;
  const endParagraph = () => {
    if (exceeded && !marksReported) {
      marksReported = true;
      findings.push({ ...place(file, exceeded.line), message: text("limit.inline-marks", { marks: exceeded.kind, count: counts.get(exceeded.kind)!, limit: MAX_INLINE_MARKS }) });
    }
    exceeded = null;
    counts = new Map();
  };
  lines.forEach((line, index) => {
    const at = firstLine + index;
    const { markers, columns, item, rest } = prefixOf(line);
    if (!nesting && markers > MAX_NESTING) {
      nesting = true;
      findings.push({ ...place(file, at), message: text("limit.nesting", { depth: markers, limit: MAX_NESTING }) });
    }
    if (!indent && columns > MAX_INDENT) {
      indent = true;
      findings.push({ ...place(file, at), message: text("limit.indent", { columns, limit: MAX_INDENT }) });
    }
    // Code is not parsed for emphasis or links.
    const opened = FENCE.exec(rest)?.[1];
    if (fence !== null) {
      if (opened && opened[0] === fence[0] && opened.length >= fence.length) fence = null;
      return;
    }
    if (opened) {
      endParagraph();
      fence = opened;
      return;
    }
    // A paragraph ends at a blank line; list items, headings and table rows parse on their own.
    if (rest.trim() === "" || item || rest.startsWith("#") || rest.startsWith("|")) endParagraph();
    if (marksReported || rest.trim() === "") return;
    for (let i = line.length - rest.length; i < line.length; i++) {
      const c = line[i]!;
      if (c === "\\") {
        i++;
        continue;
      }
      const kind = MARKS[c];
      if (!kind) continue;
      const count = (counts.get(kind) ?? 0) + 1;
      counts.set(kind, count);
      if (count > MAX_INLINE_MARKS && !exceeded) exceeded = { line: at, kind };
    }
  });
  endParagraph();
  return findings;
}
