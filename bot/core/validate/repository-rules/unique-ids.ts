// Every manual has its own id: ids are stable links and the key that pairs a manual across commits.
import type { Finding } from "../../findings.ts";
import { text } from "../../messages/text.ts";
import type { RepositoryRule } from "./context.ts";

export const uniqueIds: RepositoryRule = ({ manuals }) => {
  const first = new Map<string, string>();
  const findings: Finding[] = [];
  for (const manual of [...manuals].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    if (!manual.id) continue;
    const other = first.get(manual.id.value);
    if (other) {
      findings.push({ file: manual.file, line: manual.id.line, rule: "unique-id", severity: "error", message: text("repo.duplicate-id", { id: manual.id.value, other }) });
    } else {
      first.set(manual.id.value, manual.file);
    }
  }
  return findings;
};
