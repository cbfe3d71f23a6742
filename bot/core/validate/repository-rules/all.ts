// The repository-wide rules, run in this order over all manuals.
import type { Finding } from "../../findings.ts";
import type { RepositoryContext, RepositoryRule } from "./context.ts";
import { lawCitations } from "./law-citations.ts";
import { materialLinks } from "./material-links.ts";
import { ownerDeputy } from "./owner-deputy.ts";
import { pathLayout } from "./path-layout.ts";
import { registryKeys } from "./registry-keys.ts";
import { reviewDate } from "./review-date.ts";
import { specialFiles } from "./special-files.ts";
import { uniqueIds } from "./unique-ids.ts";

export const repositoryRules: RepositoryRule[] = [specialFiles, pathLayout, uniqueIds, registryKeys, lawCitations, materialLinks, reviewDate, ownerDeputy];

export function checkRepository(context: RepositoryContext): Finding[] {
  return repositoryRules.flatMap((rule) => rule(context));
}
