/// <reference lib="dom" />
// Published exactly as written: for every manual the site builds, the visible text of each section
// on the page equals what the core's projection says a reader sees (the text the legal review
// compares). Tildes in ranges (2~3월), intraword underscores and lone asterisks included.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { isManualFile } from "../../bot/core/manual-paths.ts";
import { parseManual } from "../../bot/core/parse/parse-manual.ts";
import { manualPath, openPage, publishedPath, useBrowser } from "./browser.ts";
import { buildSite } from "./build-site.ts";
import { HOSTILE_MANUAL } from "./site-fixture.ts";
import { writeTrickyCorpus } from "./tricky-corpus.ts";

const squash = (text: string) => text.normalize("NFC").replace(/\s+/g, "");

function manualsIn(root: string, dir = join(root, "manuals")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return manualsIn(root, path);
    const file = relative(root, path);
    return isManualFile(file) ? [file] : [];
  });
}

/** Each section's text on the page, without its heading. */
function publishedSections(page: Page): Promise<string[]> {
  return page.locator("section.manual-section").evaluateAll((sections) =>
    sections.map((section) => {
      const copy = section.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("h2").forEach((h) => h.remove());
      return copy.textContent ?? "";
    }),
  );
}

/** The sections whose published text differs from the core's visible text, described. */
function mismatchesOf(file: string, text: Buffer, published: string[]): string[] {
  const { document } = parseManual(file, text);
  if (!document) return [`${file}: the core does not parse it`];
  return document.sections.flatMap((section, i) => {
    const core = squash(section.blocks.map((b) => b.text).join(" "));
    const site = squash(published[i] ?? "");
    if (core === site) return [];
    let at = 0;
    while (core[at] === site[at]) at++;
    const around = (text: string) => text.slice(Math.max(0, at - 30), at + 40);
    return [`${file} § ${section.heading}, from character ${at}:\n  core: …${around(core)}\n  site: …${around(site)}`];
  });
}

describe("published text equals the core's visible text", () => {
  const browser = useBrowser();

  it("for every section of every manual", async () => {
    const repo = inject("siteRepo");
    // The hostile manual is published inert on purpose (its own test): its raw HTML is shown as typed.
    const files = manualsIn(repo).filter((file) => file !== HOSTILE_MANUAL);
    expect(files.length).toBeGreaterThan(30);
    const context = await browser.newContext();
    const mismatches: string[] = [];
    let withTilde = 0;
    for (const file of files) {
      const text = readFileSync(join(repo, file));
      if (text.includes("~")) withTilde++;
      const { page } = await openPage(context, publishedPath(repo, file));
      mismatches.push(...mismatchesOf(file, text, await publishedSections(page)));
      await page.close();
    }
    expect(withTilde).toBeGreaterThan(0);
    expect(mismatches).toEqual([]);
  }, 180_000);

  it("for every section of a generated corpus written with text Markdown could mistake for syntax", async () => {
    const seed = Number(process.env.CORPUS_SEED ?? Date.now() % 100_000);
    const count = Number(process.env.CORPUS_COUNT ?? 600);
    console.log(`published-text corpus: ${count} manuals, seed ${seed} (CORPUS_SEED=${seed} repeats it)`);
    const work = mkdtempSync(join(tmpdir(), "work-manuals-corpus-"));
    try {
      const repo = join(work, "repo");
      const out = join(work, "build");
      const files = writeTrickyCorpus(repo, count, seed);
      buildSite(repo, out);
      // The built pages as the server sends them, read straight from the build.
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const mismatches: string[] = [];
      for (const file of files) {
        const html = join(out, `${manualPath(file)}.html`); // trailingSlash: false writes x.html
        if (!existsSync(html)) {
          mismatches.push(`${file}: no page was built`);
          continue;
        }
        await page.goto(pathToFileURL(html).href);
        mismatches.push(...mismatchesOf(file, readFileSync(join(repo, file)), await publishedSections(page)));
      }
      await context.close();
      expect(mismatches.slice(0, 20), `seed ${seed}: ${mismatches.length} sections differ`).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 900_000);
});
