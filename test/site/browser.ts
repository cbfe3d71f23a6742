// Debian's Chromium under playwright-core, with the flags this machine needs (no sandbox as root,
// no background networking: the network is closed).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Chromium for one file's tests: launched before them, closed after; contexts and pages from it. */
export function useBrowser(): Pick<Browser, "newContext" | "newPage"> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());
  const running = () => {
    if (!browser) throw new Error("Chromium is not running yet: use the browser inside a test or a hook");
    return browser;
  };
  return { newContext: (...args) => running().newContext(...args), newPage: (...args) => running().newPage(...args) };
}

export const siteUrl = (path = ""): string => new URL(path.replace(/^\//, ""), inject("siteUrl")).href;

/** A page that fails the test on any uncaught page error or dialog (alert, confirm …). */
export async function openPage(context: BrowserContext, path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(siteUrl(path), { waitUntil: "networkidle" });
  return { page, problems };
}

export const manualPath = (file: string): string => file.replace(/^manuals\//, "manuals/").replace(/\.md$/, "");

/** A manual's page path from its front matter: Docusaurus names the page by the id, so a renamed file keeps its address. */
export function publishedPath(repo: string, file: string): string {
  const id = /^---\r?\n[\s\S]*?^id:\s*["']?([a-z0-9-]+)["']?\s*$/m.exec(readFileSync(join(repo, file), "utf8"))?.[1];
  return id ? manualPath(file.replace(/[^/]+$/, `${id}.md`)) : manualPath(file);
}
