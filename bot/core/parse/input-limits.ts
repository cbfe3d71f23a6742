// Bounds on what a manual may look like before the Markdown parser sees it. micromark and
// markdownlint slow down steeply on a few shapes no manual needs (measured on this project's
// machine: 600 lines of ever deeper indented list items take 3 s and 2,000 take 80 s; 20,000
// nested brackets 21 s; 10,000 nested `>` exhaust the heap in markdownlint's rules; a 400 KB line of
// `*a **a ` takes 20 s in MD037), so a file past a bound is reported, with the bound, instead.
// Every scan here is one linear pass over the lines.
import type { Finding } from "../findings.ts";
import { text } from "../messages/text.ts";

/** Characters in one line. A long legal paragraph on one line is about 2,000. */
export const MAX_LINE_LENGTH = 10_000;
/** Block quote and list markers opening one line (`> > - 1.`). Manuals nest three or four. */
export const MAX_NESTING = 32;
/** Columns of white space before a line's text, markers aside; deep list nesting is indentation. */
export const MAX_INDENT = 128;
/** Unclosed `[` or `(` inside one another within a paragraph. */
export const MAX_BRACKETS = 32;

const place = (file: string, line: number) => ({ file, line, rule: "input-limit", severity: "error" as const });

/** The first line (1-based, from `firstLine`) longer than MAX_LINE_LENGTH, as a finding. */
export function lineLengthFindings(file: string, lines: readonly string[], firstLine = 1): Finding[] {
  const index = lines.findIndex((line) => line.length > MAX_LINE_LENGTH);
  if (index === -1) return [];
  return [{ ...place(file, firstLine + index), message: text("limit.line-length", { length: lines[index]!.length, limit: MAX_LINE_LENGTH }) }];
}

/** Markers and indentation that open a line. */
function prefixOf(line: string): { markers: number; columns: number } {
  let markers = 0;
  let columns = 0;
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
      i++;
    } else {
      const ordered = /^\d{1,9}[.)](?=[ \t])/.exec(line.slice(i, i + 11));
      if (!ordered) return { markers, columns };
      markers++;
      i += ordered[0].length;
    }
  }
}

/** Nesting, indentation and bracket depth of the body, each reported once, where first exceeded. */
export function structureFindings(file: string, lines: readonly string[], firstLine: number): Finding[] {
  const findings: Finding[] = [];
  let nesting = false;
  let indent = false;
  // Bracket depth in the current paragraph; once past the bound, where and how deep it went.
  let square = 0;
  let round = 0;
  let exceeded: { line: number; bracket: string; depth: number } | null = null;
  let reported = false;
  const endParagraph = () => {
    if (exceeded && !reported) {
      reported = true;
      findings.push({ ...place(file, exceeded.line), message: text("limit.brackets", { bracket: exceeded.bracket, depth: exceeded.depth, limit: MAX_BRACKETS }) });
    }
    exceeded = null;
    square = 0;
    round = 0;
  };
  lines.forEach((line, index) => {
    const at = firstLine + index;
    const { markers, columns } = prefixOf(line);
    if (!nesting && markers > MAX_NESTING) {
      nesting = true;
      findings.push({ ...place(file, at), message: text("limit.nesting", { depth: markers, limit: MAX_NESTING }) });
    }
    if (!indent && columns > MAX_INDENT) {
      indent = true;
      findings.push({ ...place(file, at), message: text("limit.indent", { columns, limit: MAX_INDENT }) });
    }
    // Links cannot span a blank line, so bracket depth starts again with each paragraph.
    if (line.trim() === "") return endParagraph();
    if (reported) return;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === "\\") i++;
      else if (c === "[") square++;
      else if (c === "]") square = Math.max(0, square - 1);
      else if (c === "(") round++;
      else if (c === ")") round = Math.max(0, round - 1);
      else continue;
      const depth = Math.max(square, round);
      if (depth > MAX_BRACKETS) {
        if (exceeded) exceeded.depth = Math.max(exceeded.depth, depth);
        else exceeded = { line: at, bracket: square >= round ? "[" : "(", depth };
      }
    }
  });
  endParagraph();
  return findings;
}
