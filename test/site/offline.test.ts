/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, hence the DOM types.
// A manual read once opens again without network (the service worker in src/offline/).
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { manualPath, siteUrl, useBrowser } from "./browser.ts";
import { LEGAL_CHANGE, OVERDUE_MANUAL } from "./site-fixture.ts";

/** Polls the page's caches (page.evaluate awaits the promise; waitForFunction would not). */
async function waitUntilCached(page: Page, href: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (await page.evaluate(async (url) => !!(await caches.match(url)), href)) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`${href} was never cached`);
}

describe("offline", () => {
  const browser = useBrowser();

  it("reloads a visited manual, and one reached by in-app navigation, with the network off", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = siteUrl(manualPath(LEGAL_CHANGE.file));
    await page.goto(url, { waitUntil: "networkidle" });
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
    await waitUntilCached(page, url);

    // A second manual reached by clicking, not by loading its HTML.
    await page.locator("nav.menu").getByRole("link", { name: "인감증명서 발급" }).click();
    const second = siteUrl(manualPath(OVERDUE_MANUAL.file));
    await page.waitForURL(second);
    await waitUntilCached(page, second);

    await context.setOffline(true);
    expect(await page.evaluate(() => fetch("/").then(() => "online", () => "offline"))).toBe("offline");
    for (const [target, title] of [[url, "전입신고 처리"], [second, "인감증명서 발급"]] as const) {
      await page.goto(target);
      await page.getByRole("heading", { level: 1, name: title }).waitFor({ timeout: 10_000 }).catch(async (error: unknown) => {
        throw new Error(`${target} offline shows: ${(await page.locator("h1").allTextContents()).join(" | ")}`, { cause: error });
      });
      await page.getByRole("region", { name: "매뉴얼 정보" }).waitFor();
      await page.getByRole("heading", { name: "업무처리절차" }).waitFor();
    }
    await context.close();
  });

  it("opens the site's offline page for a page not on the device: styled, a way home, and the manuals saved here", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const url = siteUrl(manualPath(LEGAL_CHANGE.file));
    await page.goto(url, { waitUntil: "networkidle" });
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
    await waitUntilCached(page, url);
    await waitUntilCached(page, siteUrl("offline"));
    // Every script the page loaded (the offline page's among them) is kept.
    for (const script of await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.startsWith(location.origin) && n.endsWith(".js")))) {
      await waitUntilCached(page, script);
    }

    await context.setOffline(true);
    await page.goto(siteUrl("manuals/district-office/tax"));
    await page.getByRole("heading", { level: 1, name: "오프라인입니다" }).waitFor({ timeout: 10_000 });
    // The site's stylesheet, not a bare page: the theme's colours and the navbar are there.
    const styled = await page.evaluate(() => ({
      primary: getComputedStyle(document.documentElement).getPropertyValue("--ifm-color-primary").trim(),
      navbar: document.querySelector(".navbar") !== null,
    }));
    expect(styled).toEqual({ primary: "#1d4f91", navbar: true });
    await expect(page.getByRole("link", { name: "홈으로" }).getAttribute("href")).resolves.toBe("/");
    const saved = page.locator("[data-saved-manuals] a");
    await saved.first().waitFor();
    await expect(saved.allTextContents()).resolves.toEqual(["전입신고 처리"]);
    await saved.first().click();
    await page.getByRole("heading", { level: 1, name: "전입신고 처리" }).waitFor({ timeout: 10_000 });
    await context.close();
  });

  it("installs one worker for the whole site and offers the site as an app: manifest, colour and icon", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(siteUrl(""), { waitUntil: "networkidle" });
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
    const registrations = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => ({ scope: new URL(r.scope).pathname, script: new URL(r.active!.scriptURL).pathname })));
    expect(registrations).toEqual([{ scope: "/", script: "/sw.js" }]);
    const head = await page.evaluate(() => ({
      manifest: document.querySelector<HTMLLinkElement>("link[rel=manifest]")?.href,
      colour: document.querySelector<HTMLMetaElement>("meta[name=theme-color]")?.content,
      icon: document.querySelector<HTMLLinkElement>("link[rel=apple-touch-icon]")?.href,
    }));
    expect(head.colour).toBe("#1d4f91");
    const manifest = (await (await page.request.get(head.manifest!)).json()) as { name: string; icons: { src: string }[] };
    expect(manifest.name).toBe("업무매뉴얼");
    for (const icon of [head.icon!, new URL(manifest.icons[0]!.src, head.manifest).href]) expect((await page.request.get(icon)).status()).toBe(200);
    await context.close();
  });
});
