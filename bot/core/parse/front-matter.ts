// Splits the YAML front matter (between `---` lines) from the body and parses it with positions.
import { parseYamlSource, type YamlSource } from "./yaml-source.ts";

export interface FrontMatter {
  /** Parsed data, or undefined when there is none or it does not parse. */
  data: unknown;
  /** Number of file lines the front matter takes, delimiters included (0 when absent or unclosed). */
  lineCount: number;
  problems: { line: number; column?: number; kind: "missing" | "unclosed" | "yaml"; detail?: string }[];
  locate: YamlSource["locate"];
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;
const nowhere = () => ({ line: 1, column: 1 });

export function parseFrontMatter(lines: readonly string[]): FrontMatter {
  if (!OPEN.test(lines[0] ?? "")) return { data: undefined, lineCount: 0, problems: [{ line: 1, kind: "missing" }], locate: nowhere };
  const close = lines.findIndex((line, index) => index > 0 && CLOSE.test(line));
  if (close === -1) return { data: undefined, lineCount: 0, problems: [{ line: 1, kind: "unclosed" }], locate: nowhere };
  const yaml = parseYamlSource(lines.slice(1, close).join("\n"), 2);
  return {
    data: yaml.data,
    lineCount: close + 1,
    problems: yaml.problems.map((p) => ({ ...p, kind: "yaml" as const })),
    locate: yaml.locate,
  };
}
