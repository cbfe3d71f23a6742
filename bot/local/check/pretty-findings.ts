// Findings for people at a terminal: grouped by file, one line each, coloured on a TTY.
import pc from "picocolors";
import type { Finding, Language } from "../../core/findings.ts";
import { say } from "../../core/messages/text.ts";

export function formatPretty(findings: readonly Finding[], lang: Language, files: number, colour: boolean): string {
  const c = pc.createColors(colour);
  const out: string[] = [];
  let current = "";
  for (const f of findings) {
    if (f.file !== current) {
      if (current) out.push("");
      out.push(c.underline(f.file));
      current = f.file;
    }
    const place = `${f.line}${f.column ? `:${f.column}` : ""}`.padEnd(7);
    const severity = f.severity === "error" ? c.red(say(lang, "format.error")) : c.yellow(say(lang, "format.warning"));
    out.push(`  ${c.dim(place)} ${severity}  ${f.message[lang]}  ${c.dim(f.rule)}`);
  }
  if (findings.length === 0) {
    out.push(c.green(say(lang, files === 0 ? "check.none" : "check.clean", { files })));
  } else {
    const errors = findings.filter((f) => f.severity === "error").length;
    const summary = say(lang, "check.summary", { files, errors, warnings: findings.length - errors, affected: new Set(findings.map((f) => f.file)).size });
    out.push("", errors ? c.red(c.bold(`✖ ${summary}`)) : c.yellow(`⚠ ${summary}`));
  }
  return out.join("\n");
}
