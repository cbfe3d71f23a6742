// The registry (institutions, departments, laws, people) and the bot configuration: YAML texts in, typed
// data and findings out. The faces decide where the texts come from (disk, or the base branch).
import type { Finding } from "./findings.ts";
import type { BotConfig } from "./generated/config.ts";
import type { Registry } from "./generated/registry.ts";
import { text } from "./messages/text.ts";
import { parseYamlSource, type YamlSource } from "./parse/yaml-source.ts";
import type { Validators } from "./schemas.ts";
import { schemaFindings } from "./validate/schema-findings.ts";

export type { BotConfig, Registry };

export interface SourceText {
  file: string;
  /** null when the file does not exist. */
  text: string | null;
}

export interface RegistrySources {
  institutions: SourceText;
  departments: SourceText;
  laws: SourceText;
  people: SourceText;
}

export const registryFiles = {
  institutions: "manuals/institutions.yml",
  departments: "manuals/departments.yml",
  laws: "manuals/laws.yml",
  people: "manuals/people.yml",
} as const;

export const configFile = ".github/manuals.yml";

function yamlFindings(file: string, yaml: YamlSource, messageId: "registry.invalid" | "config.invalid"): Finding[] {
  return yaml.problems.map((p) => ({ file, line: p.line, column: p.column, rule: "yaml-syntax", severity: "error" as const, message: text(messageId, { file, detail: p.detail }) }));
}

export function loadRegistry(sources: RegistrySources, validators: Validators): { registry: Registry | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const parts = {} as Record<keyof RegistrySources, YamlSource>;
  const data: Record<string, unknown> = {};
  for (const part of ["institutions", "departments", "laws", "people"] as const) {
    const source = sources[part];
    if (source.text === null) {
      findings.push({ file: source.file, line: 1, rule: "registry-file", severity: "error", message: text("registry.missing-file", { file: source.file }) });
      continue;
    }
    const yaml = parseYamlSource(source.text);
    parts[part] = yaml;
    findings.push(...yamlFindings(source.file, yaml, "registry.invalid"));
    data[part] = yaml.data ?? {};
  }
  if (findings.length) return { registry: null, findings };

  if (!validators.registry(data)) {
    for (const error of validators.registry.errors ?? []) {
      const part = error.instancePath.split("/")[1] as keyof RegistrySources | undefined;
      const source = part && sources[part] ? sources[part] : sources.departments;
      findings.push(
        ...schemaFindings([{ ...error, instancePath: error.instancePath.replace(/^\/[^/]+/, "") }], {
          file: source.file,
          rootSchema: validators.registry.schema as object,
          rulePrefix: "registry",
          locate: (path, opts) => (part ? parts[part].locate(path, opts) : { line: 1 }),
        }),
      );
    }
    return { registry: null, findings };
  }
  const registry = data as unknown as Registry;
  const known = Object.keys(registry.institutions).join(", ");
  for (const [key, department] of Object.entries(registry.departments)) {
    if (!(department.institution in registry.institutions)) {
      findings.push({
        file: sources.departments.file,
        line: parts.departments.locate([key, "institution"]).line,
        rule: "registry-institution",
        severity: "error",
        message: text("registry.unknown-institution", { department: key, institution: department.institution, known }),
      });
    }
  }
  return { registry: findings.length ? null : registry, findings };
}

export function loadConfig(source: SourceText, validators: Validators): { config: BotConfig | null; findings: Finding[] } {
  if (source.text === null) {
    return { config: null, findings: [{ file: source.file, line: 1, rule: "config-file", severity: "error", message: text("config.invalid", { file: source.file, detail: "file not found / 파일이 없습니다" }) }] };
  }
  const yaml = parseYamlSource(source.text);
  const syntax = yamlFindings(source.file, yaml, "config.invalid");
  if (syntax.length) return { config: null, findings: syntax };
  const data = yaml.data ?? {};
  if (!validators.config(data)) {
    return {
      config: null,
      findings: schemaFindings(validators.config.errors, { file: source.file, rootSchema: validators.config.schema as object, rulePrefix: "config", locate: yaml.locate }),
    };
  }
  return { config: data as BotConfig, findings: [] };
}
