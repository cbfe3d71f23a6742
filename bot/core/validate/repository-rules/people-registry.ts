// A manual's owner and deputy are people staff must be able to reach: each should have an entry in
// manuals/people.yml (name, position, team, phone), or the site and the handover checklist can only
// show a GitHub login. A warning, not an error: the manual is still right, its contact card is not.
import type { Finding } from "../../findings.ts";
import { closeMatch } from "../../messages/suggestion.ts";
import { text } from "../../messages/text.ts";
import { personOf } from "../../people/person-of.ts";
import type { RepositoryRule } from "./context.ts";

export const peopleRegistry: RepositoryRule = ({ manuals, registry }) => {
  if (!registry) return [];
  const findings: Finding[] = [];
  const logins = Object.keys(registry.people);
  for (const manual of manuals) {
    for (const field of ["owner", "deputy"] as const) {
      const login = manual[field];
      if (!login || personOf(registry.people, login.value)) continue;
      findings.push({
        file: manual.file,
        line: login.line,
        rule: "people-registry",
        severity: "warning",
        message: text(field === "owner" ? "repo.owner-not-in-people" : "repo.deputy-not-in-people", { login: login.value, suggestion: closeMatch(login.value, logins) ?? "" }),
      });
    }
  }
  return findings;
};
