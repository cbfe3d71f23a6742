// The schemas' behaviour, case by case: each JSON file in schema-cases/ names a schema and lists
// data with whether it is valid, in the form of ajv's own spec files.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { loadSchemaSet } from "../../../bot/local/repository.ts";
import { compileSchemas, type Validators } from "../../../bot/core/schemas.ts";
import { projectRoot } from "../../support/temp-repository.ts";

interface SchemaCaseFile {
  description: string;
  schema: "front-matter" | "registry" | "config" | "sections";
  tests: { description: string; data: unknown; valid: boolean }[];
}

const casesDir = fileURLToPath(new URL("./schema-cases/", import.meta.url));
const validatorOf: Record<SchemaCaseFile["schema"], keyof Omit<Validators, "sectionsSchema">> = {
  "front-matter": "frontMatter",
  registry: "registry",
  config: "config",
  sections: "sections",
};

const files = readdirSync(casesDir)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => ({ name, content: JSON.parse(readFileSync(casesDir + name, "utf8")) as SchemaCaseFile }));
const validators = compileSchemas(loadSchemaSet(projectRoot));

test("case files name a known schema and hold cases both ways", () => {
  expect(files.length).toBeGreaterThan(0);
  for (const { name, content } of files) {
    expect(Object.keys(validatorOf), name).toContain(content.schema);
    expect(content.tests.some((t) => t.valid) && content.tests.some((t) => !t.valid), name).toBe(true);
  }
  expect(files.reduce((sum, file) => sum + file.content.tests.length, 0)).toBeGreaterThanOrEqual(25);
});

describe.each(files)("$name", ({ content }) => {
  test.each(content.tests)("$description", ({ data, valid }) => {
    const validate = validators[validatorOf[content.schema]];
    // ajv fills in defaults (useDefaults), so each case validates its own copy.
    const result = validate(structuredClone(data));
    expect({ valid: result, errors: result ? null : validate.errors?.map((e) => `${e.instancePath || "/"} ${e.message}`) }).toEqual(
      valid ? { valid: true, errors: null } : { valid: false, errors: expect.any(Array) },
    );
  });
});
