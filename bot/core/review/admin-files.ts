// A changed registry, schema or configuration file must itself be valid, judged by the base's schemas.
import { compareFindings, type Finding } from "../findings.ts";
import { text } from "../messages/text.ts";
import { configFile, loadConfig, loadRegistry, registryFiles } from "../registry.ts";
import { schemaFiles, type Validators } from "../schemas.ts";
import { compileSynonymsSchema, loadSynonyms, synonymsFile, synonymsSchemaFile } from "../synonyms.ts";
import type { ReviewPlan } from "./plan.ts";
import { registrySourcesAt, type TextAt } from "./trusted.ts";

/** The search synonyms as changed, by the base's synonyms schema (the head's when the base has none yet). */
function synonymsFindings(base: TextAt, head: TextAt): Finding[] {
  const schemaText = base(synonymsSchemaFile) ?? head(synonymsSchemaFile);
  if (schemaText === null) return [];
  let validate;
  try {
    validate = compileSynonymsSchema(JSON.parse(schemaText) as object);
  } catch (error) {
    return [{ file: synonymsSchemaFile, line: 1, rule: "schema-json", severity: "error", message: text("config.schema-json", { detail: (error as Error).message }) }];
  }
  return loadSynonyms({ file: synonymsFile, text: head(synonymsFile) }, validate).findings;
}

export function adminFileFindings(plan: ReviewPlan, base: TextAt, head: TextAt, validators: Validators): Finding[] {
  const changed = new Set(plan.adminFiles.filter((f) => !f.deleted).map((f) => f.file));
  const findings: Finding[] = [];
  const registryChanged: string[] = Object.values(registryFiles).filter((f) => changed.has(f));
  if (registryChanged.length) {
    // The changed files at the head, the others as the base has them: the registry this change would make.
    const { findings: registryFindings } = loadRegistry(registrySourcesAt((file) => (changed.has(file) ? head : base)(file)), validators);
    findings.push(...registryFindings.filter((f) => registryChanged.includes(f.file)));
  }
  if (changed.has(configFile)) findings.push(...loadConfig({ file: configFile, text: head(configFile) }, validators).findings);
  if (changed.has(synonymsFile)) findings.push(...synonymsFindings(base, head));
  for (const path of Object.values(schemaFiles)) {
    if (!changed.has(path)) continue;
    try {
      JSON.parse(head(path) ?? "");
    } catch (error) {
      findings.push({ file: path, line: 1, rule: "schema-json", severity: "error", message: text("config.schema-json", { detail: (error as Error).message }) });
    }
  }
  return findings.sort(compareFindings);
}
