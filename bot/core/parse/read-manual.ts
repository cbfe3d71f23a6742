// The first half of parse, before any Markdown parser runs: the content decoded, the input bounds
// checked, the front matter parsed. A manual that stops here is final: its findings say why.
import type { Finding } from "../findings.ts";
import { text } from "../messages/text.ts";
import { readManualText, type ManualContent } from "./decode.ts";
import type { ManualDocument } from "./document.ts";
import { parseFrontMatter, type FrontMatter } from "./front-matter.ts";
import { lineLengthFindings, structureFindings } from "./input-limits.ts";

export interface ParsedManual {
  file: string;
  /** null when the content cannot be read as a manual at all (binary, not UTF-8, empty, too large, past a bound). */
  document: ManualDocument | null;
  findings: Finding[];
  /** Source map for the front matter: a JSON path → file line. */
  locate: FrontMatter["locate"];
}

/** A manual read as far as its body: front matter parsed, body lines ready for the Markdown parser. */
export interface ReadManual {
  file: string;
  frontMatter: FrontMatter;
  findings: Finding[];
  /** File lines before the body (the front matter's). */
  offset: number;
  bodyLines: string[];
}

const nowhere = () => ({ line: 1, column: 1 });

function unreadable(file: string, findings: Finding[]): ParsedManual {
  return { file, document: null, findings, locate: nowhere };
}

export function readManual(file: string, input: Uint8Array | string | ManualContent): ReadManual | ParsedManual {
  const decoded = readManualText(file, input);
  if (!decoded.ok) return unreadable(file, [decoded.finding]);
  const lines = decoded.text.split(/\r\n|\r|\n/);
  // Long lines first: the YAML parser sees the front matter's.
  const tooLong = lineLengthFindings(file, lines);
  if (tooLong.length > 0) return unreadable(file, tooLong);
  const frontMatter = parseFrontMatter(lines);
  const findings: Finding[] = frontMatter.problems.map((problem) => ({
    file,
    line: problem.line,
    ...(problem.column ? { column: problem.column } : {}),
    rule: problem.kind === "yaml" ? "front-matter-syntax" : "front-matter-present",
    severity: "error" as const,
    message:
      problem.kind === "missing" ? text("front-matter.missing") : problem.kind === "unclosed" ? text("front-matter.unclosed") : text("front-matter.yaml", { detail: problem.detail ?? "" }),
  }));
  const offset = frontMatter.lineCount;
  const bodyLines = lines.slice(offset);
  const bounds = structureFindings(file, bodyLines, offset + 1);
  if (bounds.length > 0) return { ...unreadable(file, [...findings, ...bounds]), locate: frontMatter.locate };
  return { file, frontMatter, findings, offset, bodyLines };
}

export function isFinal(manual: ReadManual | ParsedManual): manual is ParsedManual {
  return "document" in manual;
}
