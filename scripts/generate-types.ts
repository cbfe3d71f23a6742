// Generates TypeScript types from the JSON Schemas in schemas/, so types are never written twice,
// and the schemas' validators ahead of time (ajv's standalone code), so a check compiles nothing.
// `node scripts/generate-types.ts` writes bot/core/generated/*.ts; `--check` exits 1 when they drift.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import standaloneCode from "ajv/dist/standalone/index.js";
import { compile } from "json-schema-to-typescript";
import { schemaCompiler, schemaFiles, schemaKeyOf, schemaSetKey, type SchemaSet } from "../bot/core/schemas.ts";
import { synonymsSchemaFile } from "../bot/core/synonyms.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
export const generatedTypes = [
  { schema: "schemas/front-matter.schema.json", output: "bot/core/generated/front-matter.ts" },
  { schema: "schemas/registry.schema.json", output: "bot/core/generated/registry.ts" },
  { schema: "schemas/config.schema.json", output: "bot/core/generated/config.ts" },
];

export async function renderTypes(schemaPath: string): Promise<string> {
  const schema = JSON.parse(await readFile(root + schemaPath, "utf8"));
  return compile(schema, schema.title, {
    bannerComment: `/* Generated from ${schemaPath} by scripts/generate-types.ts. Do not edit: change the schema and run npm run gen:types. */`,
    additionalProperties: false,
    unreachableDefinitions: false,
    style: { singleQuote: false, printWidth: 110 },
  });
}

export const generatedValidators = "bot/core/generated/validators.ts";

/**
 * The committed schemas' validators as ES module code, with the key of the schema set they were
 * made from: bot/core/schemas.ts uses them only for a set with that key.
 */
export async function renderValidators(): Promise<string> {
  const schemas = Object.fromEntries(
    await Promise.all(Object.entries(schemaFiles).map(async ([name, file]) => [name, JSON.parse(await readFile(root + file, "utf8"))] as const)),
  ) as unknown as SchemaSet;
  // The search synonyms have a schema of their own, outside the set (the file is optional).
  const synonyms = JSON.parse(await readFile(root + synonymsSchemaFile, "utf8")) as object;
  const compiled: Record<string, object> = { ...schemas, synonyms };
  const ajv = schemaCompiler({ code: { source: true, esm: true, lines: true } });
  for (const [name, schema] of Object.entries(compiled)) ajv.addSchema(schema, name);
  const render = ((standaloneCode as unknown as { default?: unknown }).default ?? standaloneCode) as (ajv: unknown, refs: Record<string, string>) => string;
  let code = render(ajv, Object.fromEntries(Object.keys(compiled).map((name) => [name, name])));
  // ajv's ES module output still reaches its runtime helpers (CommonJS) with require(): import
  // them instead, as the module object whether Node or a bundler does the CommonJS interop.
  const imports: string[] = [];
  code = code.replace(/require\("([^"]+)"\)/g, (_, specifier: string) => {
    const name = `runtime${imports.length / 2}`;
    imports.push(`import * as ${name}Namespace from "${specifier}.js";`, `const ${name} = commonJs(${name}Namespace);`);
    return name;
  });
  if (imports.length > 0) imports.push('function commonJs(namespace) { const value = namespace.default; return value && typeof value === "object" && "__esModule" in value ? value : namespace; }');
  return [
    `// Generated from ${[...Object.values(schemaFiles), synonymsSchemaFile].join(", ")} by scripts/generate-types.ts. Do not edit: change the schemas and run npm run gen:types.`,
    "/* eslint-disable */",
    "// @ts-nocheck",
    ...imports,
    `export const schemaKey = ${JSON.stringify(schemaSetKey(schemas))};`,
    `export const synonymsKey = ${JSON.stringify(schemaKeyOf(synonyms))};`,
    code.replace(/^"use strict";/, ""),
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check");
  let drift = 0;
  for (const { schema, output } of generatedTypes) {
    const text = await renderTypes(schema);
    const current = await readFile(root + output, "utf8").catch(() => "");
    if (current === text) continue;
    if (check) {
      console.error(`${output} is out of date with ${schema}; run npm run gen:types`);
      drift++;
    } else {
      await writeFile(root + output, text);
      console.log(`wrote ${output}`);
    }
  }
  const validators = await renderValidators();
  const current = await readFile(root + generatedValidators, "utf8").catch(() => "");
  if (current !== validators) {
    if (check) {
      console.error(`${generatedValidators} is out of date with schemas/; run npm run gen:types`);
      drift++;
    } else {
      await writeFile(root + generatedValidators, validators);
      console.log(`wrote ${generatedValidators}`);
    }
  }
  process.exitCode = drift ? 1 : 0;
}
