// The project's own schemas, registry, configuration and sample manuals, read once, as the inputs
// the review tests derive their manual texts and registries from.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { configFile, loadConfig, loadRegistry, registryFiles, type BotConfig, type Registry } from "../../bot/core/registry.ts";
import { compileSchemas, schemaFiles, type Validators } from "../../bot/core/schemas.ts";
import { synonymsFile, synonymsSchemaFile } from "../../bot/core/synonyms.ts";
import { sectionsSpec, type SectionsSpec } from "../../bot/core/sections-spec.ts";

export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

export { schemaFiles };

export function readProjectFile(file: string): string {
  return readFileSync(join(projectRoot, file), "utf8");
}

export const validators: Validators = compileSchemas({
  frontMatter: JSON.parse(readProjectFile(schemaFiles.frontMatter)) as object,
  sections: JSON.parse(readProjectFile(schemaFiles.sections)) as object,
  registry: JSON.parse(readProjectFile(schemaFiles.registry)) as object,
  config: JSON.parse(readProjectFile(schemaFiles.config)) as object,
});

export const spec: SectionsSpec = sectionsSpec(validators.sectionsSchema);

/** Every manual (.md, not materials) under manuals/ of the project, repository-relative. */
function manualPaths(dir = "manuals"): string[] {
  return readdirSync(join(projectRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "files" ? [] : manualPaths(path);
    return entry.isFile() && entry.name.endsWith(".md") ? [path] : [];
  });
}

/** The repository as a pull request's base sees it: registry, configuration, schemas, search synonyms and the sample manuals. */
export function sampleRepository(): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of [...Object.values(registryFiles), configFile, synonymsFile, synonymsSchemaFile, ...Object.values(schemaFiles), ...manualPaths()]) files.set(file, readProjectFile(file));
  return files;
}

const samples = sampleRepository();

/** The sample manuals' paths. */
export const sampleManualFiles = [...samples.keys()].filter((file) => file.endsWith(".md"));

/** One sample manual's text; fails loudly when the sample set no longer has it. */
export function sample(file: string): string {
  const text = samples.get(file);
  if (text === undefined) throw new Error(`sample ${file} is missing from manuals/`);
  return text;
}

/** The registry and configuration as loaded from a repository's files (null texts for missing files). */
export function registryOf(files: ReadonlyMap<string, string>): { registry: Registry | null; config: BotConfig | null } {
  const source = (file: string) => ({ file, text: files.get(file) ?? null });
  const { registry } = loadRegistry({ institutions: source(registryFiles.institutions), departments: source(registryFiles.departments), laws: source(registryFiles.laws), people: source(registryFiles.people) }, validators);
  const { config } = loadConfig(source(configFile), validators);
  return { registry, config };
}
