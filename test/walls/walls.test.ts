// The walls of the house are enforced by the linter: a deliberate violation placed (virtually) in
// the core or the site is an error, and the real tree has none.
import { readFileSync } from "node:fs";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: new URL("../../", import.meta.url).pathname });

async function lintAs(fixture: string, asPath: string) {
  const source = readFileSync(new URL(`./fixtures/${fixture}`, import.meta.url), "utf8");
  const [result] = await eslint.lintText(source, { filePath: asPath });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

describe("import walls", () => {
  it("the core cannot import node:fs", async () => {
    expect(await lintAs("core-reads-files.ts", "bot/core/review/reads-files.ts")).toContain("no-restricted-imports");
  });

  it("the same import is fine in the local adapter", async () => {
    expect(await lintAs("core-reads-files.ts", "bot/local/reads-files.ts")).not.toContain("no-restricted-imports");
  });

  it("the site cannot import the CLI", async () => {
    expect(await lintAs("site-imports-cli.ts", "site/plugins/manuals/imports-cli.ts")).toContain("no-restricted-imports");
  });

  it("the core cannot use the process global", async () => {
    const [result] = await eslint.lintText("export const tz = process.env.TZ;\n", { filePath: "bot/core/tz.ts" });
    expect(result?.messages.map((m) => m.ruleId)).toContain("no-restricted-globals");
  });
});
