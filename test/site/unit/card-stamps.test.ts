// A manual's card stamp is the same whether the gate checked the manual just now or took it from
// the check's cache: the build after a cold one keeps every page Rspack compiled.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { writeCardStamps } from "../../../site/plugins/manuals/card-stamps.ts";
import { loadSiteData } from "../../../site/plugins/manuals/site-data.ts";
import { projectRoot } from "../../support/temp-repository.ts";

const root = mkdtempSync(join(tmpdir(), "work-manuals-stamps-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const path of ["schemas", "manuals"]) cpSync(join(projectRoot, path), join(root, path), { recursive: true });

const data = () => loadSiteData({ root, today: "2026-12-03", cacheDir: null, gate: "warn", warn: () => {} });

it("writes every stamp on a cold build and none on the next, whose summaries come from the cache", async () => {
  const stamps = join(root, ".cache/site/cards");
  const cold = writeCardStamps(await data(), stamps);
  expect(cold.written).toBeGreaterThan(5);
  expect(cold.kept).toBe(0);
  const warm = writeCardStamps(await data(), stamps);
  expect(warm).toEqual({ written: 0, kept: cold.written });
});
