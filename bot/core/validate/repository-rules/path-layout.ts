// A manual lives at manuals/<institution>/<department>/<task>.md, as its front matter says.
import type { Finding } from "../../findings.ts";
import { text } from "../../messages/text.ts";
import type { RepositoryRule } from "./context.ts";

export const pathLayout: RepositoryRule = ({ manuals }) => {
  const findings: Finding[] = [];
  for (const manual of manuals) {
    const parts = manual.file.split("/");
    if (parts.length !== 4 || parts[0] !== "manuals") {
      findings.push({ file: manual.file, line: 1, rule: "path-layout", severity: "error", message: text("repo.outside-layout", { file: manual.file }) });
      continue;
    }
    if (!manual.institution || !manual.department) continue;
    if (parts[1] !== manual.institution.value || parts[2] !== manual.department.value) {
      const expected = `manuals/${manual.institution.value}/${manual.department.value}/${parts[3]}`;
      const line = parts[1] !== manual.institution.value ? manual.institution.line : manual.department.line;
      findings.push({ file: manual.file, line, rule: "path-layout", severity: "error", message: text("repo.path-mismatch", { expected }) });
    }
  }
  return findings;
};
