// Types come from the schemas: bot/core/generated/*.ts must be exactly what
// scripts/generate-types.ts renders from schemas/ now (run `npm run gen:types` after a schema change).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { generatedTypes, generatedValidators, renderTypes, renderValidators } from "../../../scripts/generate-types.ts";
import { projectRoot } from "../../support/temp-repository.ts";

test.each(generatedTypes)("$output is generated from $schema", async ({ schema, output }) => {
  const rendered = await renderTypes(schema);
  expect(rendered).toContain(`Generated from ${schema}`);
  expect(readFileSync(join(projectRoot, output), "utf8")).toBe(rendered);
});

test("the precompiled validators are what the schemas in schemas/ compile to", async () => {
  expect(readFileSync(join(projectRoot, generatedValidators), "utf8")).toBe(await renderValidators());
});

test("every file in bot/core/generated/ is produced by the generator", () => {
  const generated = readdirSync(join(projectRoot, "bot/core/generated")).map((name) => `bot/core/generated/${name}`);
  expect(generated.sort()).toEqual([...generatedTypes.map((t) => t.output), generatedValidators].sort());
});
