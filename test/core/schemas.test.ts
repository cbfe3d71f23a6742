// The committed schemas are validated by their precompiled code, any other schema set by ajv
// compiling it then: both must judge every value alike, and a changed schema must be obeyed.
import { expect, test } from "vitest";
import { compileSchemas, schemaFiles, type SchemaSet } from "../../bot/core/schemas.ts";
import { readProjectFile } from "../support/samples.ts";

const committed = (): SchemaSet => ({
  frontMatter: JSON.parse(readProjectFile(schemaFiles.frontMatter)),
  sections: JSON.parse(readProjectFile(schemaFiles.sections)),
  registry: JSON.parse(readProjectFile(schemaFiles.registry)),
  config: JSON.parse(readProjectFile(schemaFiles.config)),
});

const frontMatters: unknown[] = [
  { id: "a", title: "t" },
  { id: "passport-issuance", title: "여권 발급", institution: "x", department: "civil", owner: "kim", laws: [], review_cycle_months: 12, last_reviewed: "2026-13-40" },
  { id: "Bad Id", extra: true, laws: "none" },
  "not an object",
  null,
];

test("the precompiled validators and ajv's compilation give the same verdicts and errors", () => {
  const precompiled = compileSchemas(committed());
  const changed = committed();
  (changed.frontMatter as { description: string }).description += " ";
  const compiled = compileSchemas(changed);
  expect(compiled.frontMatter).not.toBe(precompiled.frontMatter);
  for (const value of frontMatters) {
    const a = structuredClone(value);
    const b = structuredClone(value);
    expect(precompiled.frontMatter(a)).toBe(compiled.frontMatter(b));
    const strip = (errors: unknown) => JSON.parse(JSON.stringify(errors ?? null, (key, v) => (key === "parentSchema" || key === "schema" ? undefined : v)));
    expect(strip(precompiled.frontMatter.errors)).toEqual(strip(compiled.frontMatter.errors));
    expect(a).toEqual(b);
  }
  expect(precompiled.frontMatter.schema).toEqual(committed().frontMatter);
});

test("a schema set that differs from the committed one is compiled and obeyed", () => {
  const changed = committed();
  const frontMatter = changed.frontMatter as { required: string[]; properties: Record<string, object> };
  frontMatter.properties.phone = { type: "string" };
  frontMatter.required = [...frontMatter.required, "phone"];
  const validators = compileSchemas(changed);
  expect(validators.frontMatter({ id: "a" })).toBe(false);
  expect(validators.frontMatter.errors?.some((e) => e.params && (e.params as { missingProperty?: string }).missingProperty === "phone")).toBe(true);
  const committedValidators = compileSchemas(committed());
  committedValidators.frontMatter({ id: "a" });
  expect(committedValidators.frontMatter.errors?.some((e) => (e.params as { missingProperty?: string }).missingProperty === "phone")).toBe(false);
});
