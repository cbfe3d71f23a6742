// Compiles the project's JSON Schemas once. The schemas are inputs (the CLI reads them from disk,
// the GitHub App from the base branch), so a district changes its manuals' structure by editing data.
import { createHash } from "node:crypto";
import { Ajv2020, type ErrorObject, type Options, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import * as precompiled from "./generated/validators.ts";
import type { ManualFrontMatter } from "./generated/front-matter.ts";
import type { Registry } from "./generated/registry.ts";
import type { BotConfig } from "./generated/config.ts";

/** Where the schemas live in a manuals repository. */
export const schemaFiles = {
  frontMatter: "schemas/front-matter.schema.json",
  sections: "schemas/sections.schema.json",
  registry: "schemas/registry.schema.json",
  config: "schemas/config.schema.json",
} as const;

export interface SchemaSet {
  frontMatter: object;
  sections: object;
  registry: object;
  config: object;
}

export interface Validators {
  frontMatter: ValidateFunction<ManualFrontMatter>;
  sections: ValidateFunction;
  registry: ValidateFunction<Registry>;
  config: ValidateFunction<BotConfig>;
  /** The sections schema as given, for its annotations (titles, aliases, legal flags, order). */
  sectionsSchema: SectionsSchema;
}

export type { ErrorObject };

/** Annotation keywords the schemas carry for people and for the projection; ajv ignores their values. */
export const annotationKeywords = ["x-title", "x-aliases", "x-legal", "x-message", "x-example", "x-section-level"];

export interface SectionSchema {
  "x-title"?: { ko?: string; en?: string };
  "x-aliases"?: string[];
  "x-legal"?: boolean;
  properties?: Record<string, object>;
}
export interface SectionsSchema {
  "x-section-level"?: number;
  required?: string[];
  properties?: Record<string, SectionSchema>;
}

/** Identifies a schema (or a set of them) by its content: equal schemas, equal key. */
export function schemaKeyOf(schema: object): string {
  return createHash("sha1").update(JSON.stringify(schema)).digest("hex");
}

export function schemaSetKey(schemas: SchemaSet): string {
  return schemaKeyOf(schemas);
}

/** The ajv the schemas are compiled with, here and by scripts/generate-types.ts for the precompiled validators. */
export function schemaCompiler(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, useDefaults: true, ...options });
  // ajv-formats ships CommonJS with a default export object; the callable sits on .default under ESM.
  const formats = ((addFormats as unknown as { default?: unknown }).default ?? addFormats) as (ajv: Ajv2020, formats: string[]) => void;
  formats(ajv, ["date", "uri"]);
  ajv.addVocabulary(annotationKeywords);
  return ajv;
}

/**
 * The validators for a schema set. The committed schemas were compiled ahead of time (ajv's
 * standalone code in generated/validators.ts, which a drift test keeps equal to what these
 * schemas produce): when the set given is exactly those schemas, their code is used and nothing
 * is compiled. Any other set (a district's own schemas, a base branch's at review) is compiled here.
 */
export function compileSchemas(schemas: SchemaSet): Validators {
  if (schemaSetKey(schemas) === precompiled.schemaKey) {
    const withSchema = <T>(validate: unknown, schema: object) => Object.assign(validate as ValidateFunction<T>, { schema });
    return {
      frontMatter: withSchema<ManualFrontMatter>(precompiled.frontMatter, schemas.frontMatter),
      sections: withSchema(precompiled.sections, schemas.sections),
      registry: withSchema<Registry>(precompiled.registry, schemas.registry),
      config: withSchema<BotConfig>(precompiled.config, schemas.config),
      sectionsSchema: schemas.sections as SectionsSchema,
    };
  }
  const ajv = schemaCompiler();
  return {
    frontMatter: ajv.compile<ManualFrontMatter>(schemas.frontMatter),
    sections: ajv.compile(schemas.sections),
    registry: ajv.compile<Registry>(schemas.registry),
    config: ajv.compile<BotConfig>(schemas.config),
    sectionsSchema: schemas.sections as SectionsSchema,
  };
}
