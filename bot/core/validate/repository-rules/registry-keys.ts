// Institution, department and law keys name entries of the registry, and a department sits in
// the institution the registry gives it.
import type { Finding } from "../../findings.ts";
import { closeMatch } from "../../messages/suggestion.ts";
import { text } from "../../messages/text.ts";
import type { RepositoryRule } from "./context.ts";

const suggestion = (key: string, known: string[]) => closeMatch(key, known) ?? "";

export const registryKeys: RepositoryRule = ({ manuals, registry }) => {
  if (!registry) return [];
  const findings: Finding[] = [];
  const institutions = Object.keys(registry.institutions);
  const departments = Object.keys(registry.departments);
  const laws = Object.keys(registry.laws);
  for (const manual of manuals) {
    const { file } = manual;
    if (manual.institution && !registry.institutions[manual.institution.value]) {
      findings.push({ file, line: manual.institution.line, rule: "registry-key", severity: "error", message: text("repo.unknown-institution", { key: manual.institution.value, known: institutions.join(", ") }) });
    }
    if (manual.department) {
      const department = registry.departments[manual.department.value];
      if (!department) {
        findings.push({ file, line: manual.department.line, rule: "registry-key", severity: "error", message: text("repo.unknown-department", { key: manual.department.value, suggestion: suggestion(manual.department.value, departments) }) });
      } else if (manual.institution && registry.institutions[manual.institution.value] && department.institution !== manual.institution.value) {
        findings.push({
          file,
          line: manual.institution.line,
          rule: "registry-key",
          severity: "error",
          message: text("repo.department-institution", { department: manual.department.value, institution: manual.institution.value, expected: department.institution }),
        });
      }
    }
    for (const law of manual.laws) {
      if (!registry.laws[law.law]) {
        findings.push({ file, line: law.line, rule: "registry-key", severity: "error", message: text("repo.unknown-law", { key: law.law, suggestion: suggestion(law.law, laws) }) });
      }
    }
  }
  return findings;
};
