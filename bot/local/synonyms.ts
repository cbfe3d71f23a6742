// The search synonyms on disk: manuals/synonyms.yml checked against schemas/synonyms.schema.json.
// Used by `manuals check` (a broken file is a finding with its line) and the site build.
import type { Finding } from "../core/findings.ts";
import { UsageError } from "../core/messages/message-error.ts";
import { compileSynonymsSchema, loadSynonyms, synonymsFile, synonymsSchemaFile, type SynonymGroups } from "../core/synonyms.ts";
import { readText } from "./repository.ts";

export function readSynonyms(root: string): { synonyms: SynonymGroups; findings: Finding[] } {
  const source = { file: synonymsFile, text: readText(root, synonymsFile) };
  if (source.text === null) return { synonyms: [], findings: [] };
  const schemaText = readText(root, synonymsSchemaFile);
  if (schemaText === null) throw new UsageError("cli.schema-missing", { file: synonymsSchemaFile });
  let validate;
  try {
    validate = compileSynonymsSchema(JSON.parse(schemaText) as object);
  } catch (error) {
    throw new UsageError(error instanceof SyntaxError ? "cli.schema-invalid" : "cli.schema-compile", { file: synonymsSchemaFile, detail: (error as Error).message });
  }
  return loadSynonyms(source, validate);
}
