// Findings are data with a place; wording is chosen at the edge (see bot/cli/format/).
export type Severity = "error" | "warning";

/** A message in every language the product speaks; the edge picks one. */
export interface Text {
  ko: string;
  en: string;
}
export type Language = keyof Text;

export interface Finding {
  /** Repository-relative path with forward slashes. */
  file: string;
  /** 1-based line in the file as stored (front matter included). */
  line: number;
  column?: number;
  /** Stable rule name, e.g. "front-matter/required" or "section-order". */
  rule: string;
  severity: Severity;
  message: Text;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
