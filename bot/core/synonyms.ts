// The search synonyms (manuals/synonyms.yml): groups of words that mean the same to a reader, read
// with their own schema (schemas/synonyms.schema.json). Optional: a repository without the file has
// no synonyms and no finding. The site's search reads the groups at build time; the check reports a
// broken file with its line, as it does the registry.
import type { ValidateFunction } from "ajv/dist/2020.js";
import * as precompiled from "./generated/validators.ts";
import type { Finding } from "./findings.ts";
import { text } from "./messages/text.ts";
import { parseYamlSource } from "./parse/yaml-source.ts";
import type { SourceText } from "./registry.ts";
import { schemaCompiler, schemaKeyOf } from "./schemas.ts";
import { schemaFindings } from "./validate/schema-findings.ts";

export const synonymsFile = "manuals/synonyms.yml";
export const synonymsSchemaFile = "schemas/synonyms.schema.json";

export type SynonymGroups = string[][];

/** The committed schema's validator was compiled ahead of time (generated/validators.ts); another schema is compiled here. */
export function compileSynonymsSchema(schema: object): ValidateFunction<SynonymGroups> {
  if (schemaKeyOf(schema) === precompiled.synonymsKey) return Object.assign(precompiled.synonyms as ValidateFunction<SynonymGroups>, { schema });
  return schemaCompiler().compile<SynonymGroups>(schema);
}

/** The groups, or none with findings when the file is broken; a missing file is no synonyms. */
export function loadSynonyms(source: SourceText, validate: ValidateFunction<SynonymGroups>): { synonyms: SynonymGroups; findings: Finding[] } {
  if (source.text === null) return { synonyms: [], findings: [] };
  const yaml = parseYamlSource(source.text);
  if (yaml.problems.length) {
    return {
      synonyms: [],
      findings: yaml.problems.map((p) => ({ file: source.file, line: p.line, column: p.column, rule: "yaml-syntax", severity: "error" as const, message: text("synonyms.invalid", { file: source.file, detail: p.detail }) })),
    };
  }
  const data = yaml.data ?? [];
  if (!validate(data)) {
    return { synonyms: [], findings: schemaFindings(validate.errors, { file: source.file, rootSchema: validate.schema as object, rulePrefix: "synonyms", locate: yaml.locate, propertyPrefix: "synonyms.yml: " }) };
  }
  return { synonyms: data, findings: [] };
}
