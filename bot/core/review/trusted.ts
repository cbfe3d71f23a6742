// What the review trusts — schemas, registry and bot configuration — read from the base branch only,
// so a pull request can never change the rules it is judged by.
import { synonymsSchemaFile } from "../synonyms.ts";
import { createHash } from "node:crypto";
import type { Finding } from "../findings.ts";
import { configFile, loadConfig, loadRegistry, registryFiles, type BotConfig, type Registry } from "../registry.ts";
import { compileSchemas, schemaFiles, type SchemaSet, type Validators } from "../schemas.ts";
import { ConfigurationError } from "./configuration-error.ts";

export interface Trusted {
  validators: Validators;
  registry: Registry | null;
  config: BotConfig;
  /** Problems in the base's registry: reported, and the rules needing it fail closed. */
  findings: Finding[];
}

export const trustedPaths: readonly string[] = [...Object.values(schemaFiles), ...Object.values(registryFiles), configFile, synonymsSchemaFile];

/** A file's text as the review read it; null when it is missing or not text. */
export type TextAt = (path: string) => string | null;

// Compiling the schemas costs more than a review; a process serving many pull requests keeps a few.
const compiled = new Map<string, Validators>();
function validatorsFor(schemas: SchemaSet): Validators {
  const key = createHash("sha1").update(JSON.stringify(schemas)).digest("hex");
  let validators = compiled.get(key);
  if (!validators) {
    validators = compileSchemas(schemas);
    if (compiled.size > 20) compiled.clear();
    compiled.set(key, validators);
  }
  return validators;
}

export function readTrusted(base: TextAt): Trusted {
  const schemas = {} as Record<keyof SchemaSet, object>;
  for (const [key, path] of Object.entries(schemaFiles) as [keyof SchemaSet, string][]) {
    const source = base(path);
    if (source == null) throw new ConfigurationError("config.file-missing", { file: path });
    try {
      schemas[key] = JSON.parse(source) as object;
    } catch (error) {
      throw new ConfigurationError("config.file-not-json", { file: path, detail: (error as Error).message });
    }
  }
  let validators: Validators;
  try {
    validators = validatorsFor(schemas);
  } catch (error) {
    throw new ConfigurationError("config.schema-invalid", { detail: (error as Error).message });
  }
  const { registry, findings } = loadRegistry(registrySourcesAt(base), validators);
  const { config, findings: configFindings } = loadConfig({ file: configFile, text: base(configFile) }, validators);
  if (!config) {
    const detail = configFindings.map((f) => `${f.file}:${f.line} ${f.message.ko} / ${f.message.en}`).join("; ");
    throw new ConfigurationError("config.unusable", { detail }, configFindings);
  }
  return { validators, registry, config, findings };
}

export function registrySourcesAt(at: TextAt) {
  return Object.fromEntries(Object.entries(registryFiles).map(([key, file]) => [key, { file, text: at(file) }])) as { [K in keyof typeof registryFiles]: { file: string; text: string | null } };
}
