// CODEOWNERS agrees with the app's admin routing: every file the app routes to the administrators
// (registry, schemas, bot configuration) is owned by exactly the admins named in .github/manuals.yml,
// and manuals themselves are not (their legal changes go to departments through Legal review).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { configFile, registryFiles } from "../../bot/core/registry.ts";
import { isAdminFile } from "../../bot/core/route/route.ts";
import { projectRoot } from "../support/temp-repository.ts";

interface Rule {
  pattern: string;
  owners: string[];
}

const rules: Rule[] = readFileSync(join(projectRoot, ".github/CODEOWNERS"), "utf8")
  .split("\n")
  .map((line) => line.replace(/#.*/, "").trim())
  .filter(Boolean)
  .map((line) => {
    const [pattern = "", ...owners] = line.split(/\s+/);
    return { pattern, owners };
  });

/** CODEOWNERS matching for the anchored patterns this repository uses: "/dir/" and "/dir/*.ext". */
function matches(pattern: string, file: string): boolean {
  expect(pattern.startsWith("/"), `${pattern}: anchored patterns only`).toBe(true);
  const body = pattern.slice(1);
  if (body.endsWith("/")) return file.startsWith(body);
  const regex = new RegExp("^" + body.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*") + "$");
  return regex.test(file);
}

/** The last matching rule wins, as on GitHub. */
function ownersOf(file: string): string[] {
  return [...rules].reverse().find((rule) => matches(rule.pattern, file))?.owners ?? [];
}

const config = parse(readFileSync(join(projectRoot, configFile), "utf8")) as { admins: { users?: string[]; teams?: string[] } };
const admins = [...(config.admins.users ?? []), ...(config.admins.teams ?? [])].map((o) => `@${o}`).sort();

describe("CODEOWNERS", () => {
  it("names the admins of .github/manuals.yml", () => {
    expect(admins.length).toBeGreaterThan(0);
    for (const rule of rules) expect([...rule.owners].sort(), rule.pattern).toEqual(admins);
  });

  const adminFiles = [...Object.values(registryFiles), configFile, "schemas/front-matter.schema.json", "schemas/sections.schema.json", "schemas/registry.schema.json", "schemas/config.schema.json"];
  it.each(adminFiles)("%s is routed to the admins by the app and owned by them", (file) => {
    expect(isAdminFile(file)).toBe(true);
    expect(ownersOf(file).sort()).toEqual(admins);
  });

  it.each([".github/workflows/ci.yml", ".github/CODEOWNERS", "schemas/new-rule.schema.json"])("%s is owned by the admins", (file) => {
    expect(ownersOf(file).sort()).toEqual(admins);
  });

  it.each(["manuals/district-office/tax/local-tax-exemption.md", "manuals/district-office/tax/files/form.hwp", "docs/task-owner-guide.md"])("%s has no code owner (manual changes are routed by Legal review)", (file) => {
    expect(isAdminFile(file)).toBe(false);
    expect(ownersOf(file)).toEqual([]);
  });
});
