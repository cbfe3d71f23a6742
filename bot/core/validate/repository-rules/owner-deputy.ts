// The deputy exists to cover the owner's absence, so it must be someone else.
import type { Finding } from "../../findings.ts";
import { text } from "../../messages/text.ts";
import type { RepositoryRule } from "./context.ts";

export const ownerDeputy: RepositoryRule = ({ manuals }) => {
  const findings: Finding[] = [];
  for (const manual of manuals) {
    if (manual.owner && manual.deputy && manual.owner.value.toLowerCase() === manual.deputy.value.toLowerCase()) {
      findings.push({ file: manual.file, line: manual.deputy.line, rule: "owner-deputy", severity: "warning", message: text("repo.owner-is-deputy", { login: manual.owner.value }) });
    }
  }
  return findings;
};
