// The repository-wide rules, run in this order over all manuals.
import type { Finding } from "../../findings.ts";
import type { RepositoryContext, RepositoryRule } from "./context.ts";
import { lawCitations } from "./law-citations.ts";
import { materialLinks } from "./material-links.ts";
import { ownerDeputy } from "./owner-deputy.ts";
import { pathLayout } from "./path-layout.ts";
import { peopleRegistry } from "./people-registry.ts";
import { registryKeys } from "./registry-keys.ts";
import { reviewDate } from "./review-date.ts";
import { specialFiles } from "./special-files.ts";
import { uniqueIds } from "./unique-ids.ts";

/**
 * What a rule must see to be right about a manual: only that manual (with the registry and the
 * files it links to), or every manual of the repository. A pull request's review runs the second
 * kind only where its source can list the whole repository (git can; GitHub cannot cheaply).
 */
export type RuleNeeds = "the-manual" | "whole-repository";

export const repositoryRules: readonly { rule: RepositoryRule; needs: RuleNeeds }[] = [
  { rule: specialFiles, needs: "the-manual" },
  { rule: pathLayout, needs: "the-manual" },
  { rule: uniqueIds, needs: "whole-repository" },
  { rule: registryKeys, needs: "the-manual" },
  { rule: lawCitations, needs: "the-manual" },
  { rule: materialLinks, needs: "the-manual" },
  { rule: reviewDate, needs: "the-manual" },
  { rule: ownerDeputy, needs: "the-manual" },
  { rule: peopleRegistry, needs: "the-manual" },
];

export function checkRepository(context: RepositoryContext, needs: readonly RuleNeeds[] = ["the-manual", "whole-repository"]): Finding[] {
  return repositoryRules.filter((r) => needs.includes(r.needs)).flatMap((r) => r.rule(context));
}
