// Machine-readable findings, with messages in the chosen language.
import type { Finding, Language } from "../../core/findings.ts";

export function formatJson(findings: readonly Finding[], lang: Language, files: number): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  return JSON.stringify(
    {
      files,
      errors,
      warnings: findings.length - errors,
      findings: findings.map((f) => ({ file: f.file, line: f.line, ...(f.column ? { column: f.column } : {}), rule: f.rule, severity: f.severity, message: f.message[lang] })),
    },
    null,
    2,
  );
}
