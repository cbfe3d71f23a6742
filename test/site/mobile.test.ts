/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, hence the DOM types.
// A phone, 360 px wide: no sideways scrolling, the menu reaches a manual, the card and the
// manual read in one column. The screenshot is kept in test/artifacts/.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { manualPath, openPage, useBrowser } from "./browser.ts";
import { LEGAL_CHANGE } from "./site-fixture.ts";

const artifacts = resolve(import.meta.dirname, "../artifacts");
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("phone", () => {
  const browser = useBrowser();
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  });

  it.each(["/", manualPath(LEGAL_CHANGE.file), "/law-changes", "/search?q=%EC%97%AC%EA%B6%8C", "/offline"])("%s does not scroll sideways at 360 px", async (path) => {
    const { page } = await openPage(context, path);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  it("reaches a manual through the menu and keeps a screenshot", async () => {
    const { page, problems } = await openPage(context, "/");
    const menu = page.getByRole("button", { name: /사이드바/ });
    const sidebar = page.locator(".navbar-sidebar");
    await menu.click();
    await sidebar.getByRole("link", { name: "매뉴얼", exact: true }).first().click();
    await page.waitForURL(/\/manuals\//);
    // On a manuals page the menu holds the manuals' sidebar: open the branches by their toggles.
    if (!(await sidebar.getByRole("button", { name: /동 주민센터/ }).isVisible())) await menu.click();
    await sidebar.getByRole("button", { name: /동 주민센터/ }).click();
    await sidebar.getByRole("button", { name: /동 행정민원팀/ }).click();
    await sidebar.getByRole("link", { name: "전입신고 처리" }).click();
    await page.getByRole("heading", { level: 1, name: "전입신고 처리" }).waitFor();
    const card = await page.getByRole("region", { name: "매뉴얼 정보" }).boundingBox();
    expect(card!.width).toBeLessThanOrEqual(360);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, "site-mobile-manual.png"), fullPage: false });
    expect(problems).toEqual([]);
  });
});
