/// <reference lib="dom" />
// Published exactly as written: for every manual the site builds, the visible text of each section
// on the page equals what the core's projection says a reader sees (the text the legal review
// compares). Tildes in ranges (2~3월), intraword underscores and lone asterisks included.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { isManualFile } from "../../bot/core/manual-paths.ts";
import { parseManual } from "../../bot/core/parse/parse-manual.ts";
import { launch, manualPath, openPage } from "./browser.ts";
import { HOSTILE_MANUAL } from "./site-fixture.ts";

const squash = (text: string) => text.normalize("NFC").replace(/\s+/g, "");

function manualsIn(root: string, dir = join(root, "manuals")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return manualsIn(root, path);
    const file = relative(root, path);
    return isManualFile(file) ? [file] : [];
  });
}

describe("published text equals the core's visible text", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it("for every section of every manual", async () => {
    const repo = inject("siteRepo");
    // The hostile manual is published inert on purpose (its own test): its raw HTML is shown as typed.
    const files = manualsIn(repo).filter((file) => file !== HOSTILE_MANUAL);
    expect(files.length).toBeGreaterThan(30);
    const context = await browser.newContext();
    const mismatches: string[] = [];
    let withTilde = 0;
    for (const file of files) {
      const { document } = parseManual(file, readFileSync(join(repo, file)));
      if (!document) throw new Error(`${file} does not parse`);
      const { page } = await openPage(context, manualPath(file));
      const published = await page.locator("section.manual-section").evaluateAll((sections) =>
        sections.map((section) => {
          const copy = section.cloneNode(true) as HTMLElement;
          copy.querySelectorAll("h2").forEach((h) => h.remove());
          return copy.textContent ?? "";
        }),
      );
      await page.close();
      const core = document.sections.map((s) => s.blocks.map((b) => b.text).join(" "));
      if (core.some((text) => text.includes("~"))) withTilde++;
      core.forEach((text, i) => {
        if (squash(text) !== squash(published[i] ?? "")) mismatches.push(`${file} § ${document.sections[i]!.heading}\n  core: ${text}\n  site: ${published[i]}`);
      });
    }
    expect(withTilde).toBeGreaterThan(0);
    expect(mismatches).toEqual([]);
  }, 180_000);
});
