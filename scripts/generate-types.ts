// Generates TypeScript types from the JSON Schemas in schemas/, so types are never written twice.
// `node scripts/generate-types.ts` writes bot/core/generated/*.ts; `--check` exits 1 when they drift.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { compile } from "json-schema-to-typescript";

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
  process.exitCode = drift ? 1 : 0;
}
