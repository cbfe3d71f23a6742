// The statements compare holds for a 관련법령 section body, read through the real parse.
import { parseManual } from "../../bot/core/parse/parse-manual.ts";

export function legalStatements(body: string): string[] {
  const parsed = parseManual("manuals/x/y/statements.md", `---\nid: statements\n---\n## 관련법령\n\n${body}`);
  const section = parsed.document?.sections[0];
  if (!section) throw new Error(`no section parsed: ${JSON.stringify(parsed.findings)}`);
  return section.blocks.map((block) => block.statement);
}
