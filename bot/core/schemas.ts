// Compiles the project's JSON Schemas once. The schemas are inputs (the CLI reads them from disk,
// the GitHub App from the base branch), so a district changes its manuals' structure by editing data.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
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

export function compileSchemas(schemas: SchemaSet): Validators {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, useDefaults: true });
  // ajv-formats ships CommonJS with a default export object; the callable sits on .default under ESM.
  const formats = ((addFormats as unknown as { default?: unknown }).default ?? addFormats) as (ajv: Ajv2020, formats: string[]) => void;
  formats(ajv, ["date", "uri"]);
  ajv.addVocabulary(annotationKeywords);
  return {
    frontMatter: ajv.compile<ManualFrontMatter>(schemas.frontMatter),
    sections: ajv.compile(schemas.sections),
    registry: ajv.compile<Registry>(schemas.registry),
    config: ajv.compile<BotConfig>(schemas.config),
    sectionsSchema: schemas.sections as SectionsSchema,
  };
}
