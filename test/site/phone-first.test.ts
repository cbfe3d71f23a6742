/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, hence the DOM types.
// A manual on a phone (390 × 844) and on a desktop: the first screen holds the title, the one-line
// summary, the six sections and the folded card; the history is a list; the navbar search opens
// full width from an icon; no placeholder is cut off; 이 매뉴얼 고치기 and 오류 신고 link to the right
// places; the search counts every match and knows the synonyms. axe finds nothing serious.
// The department and 법령 변경 pages fit a phone with every listing whole.
// Screenshots at 390 px are kept in test/artifacts/phone/ (gitignored).
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import type { BrowserContextOptions, Locator, Page } from "playwright-core";
import { ManualSearch } from "../../site/src/search/query.ts";
import { manualPath, openPage, siteUrl, useBrowser } from "./browser.ts";
import { LEGAL_CHANGE, REPOSITORY } from "./site-fixture.ts";

const screenshots = resolve(import.meta.dirname, "../artifacts/phone");
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const VIEWPORTS = [
  ["phone", PHONE],
  ["desktop", DESKTOP],
] as const;

async function severeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** The element lies inside the first screen (the viewport as the page opens, not scrolled). */
async function onFirstScreen(locator: Locator, height: number): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= height && (await locator.isVisible());
}

/** Whether an input shows its whole placeholder: no scrolled text, and the text fits the content box. */
function placeholderFits(input: Locator): Promise<{ placeholder: string; fits: boolean; text: number; room: number }> {
  return input.evaluate((el: HTMLInputElement) => {
    const style = getComputedStyle(el);
    const context = document.createElement("canvas").getContext("2d")!;
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = context.measureText(el.placeholder).width;
    const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { placeholder: el.placeholder, fits: el.scrollWidth <= el.clientWidth && text <= room, text: Math.round(text), room };
  });
}

function overviewFirstSentence(file: string): string {
  const source = readFileSync(join(inject("siteRepo"), file), "utf8");
  const overview = /## 업무개요\n\n([^\n]+)/.exec(source)![1]!;
  return /^.*?[.!?](?=\s|$)/.exec(overview)![0];
}

describe.each(VIEWPORTS)("manual page on a %s", (name, options) => {
  const browser = useBrowser();
  const height = options.viewport!.height;

  it("shows the title, the summary, the six sections and the card's line on the first screen", async () => {
    const context = await browser.newContext(options);
    const { page, problems } = await openPage(context, manualPath(LEGAL_CHANGE.file));
    const title = page.getByRole("heading", { level: 1, name: "전입신고 처리" });
    const summary = page.locator("[data-manual-summary]");
    const sections = page.getByRole("navigation", { name: "매뉴얼 목차" });
    const line = page.locator("[data-card-line]");
    for (const [what, locator] of [["title", title], ["summary", summary], ["sections", sections], ["card line", line]] as const) {
      expect(await onFirstScreen(locator, height), `${what} on the first screen`).toBe(true);
    }
    await expect(summary.textContent()).resolves.toBe(overviewFirstSentence(LEGAL_CHANGE.file));
    const links = sections.getByRole("link");
    await expect(links.allTextContents()).resolves.toEqual(["업무개요", "업무처리절차", "관련법령", "관련기관 현황", "업무 팁", "관련자료", "변경 이력"]);
    for (const link of await links.all()) expect(await onFirstScreen(link, height)).toBe(true);
    // Tapping a section goes to it; the theme's collapsed "이 페이지에서" is not shown.
    await links.filter({ hasText: "업무 팁" }).click();
    await page.waitForURL(/#/);
    expect(await onFirstScreen(page.locator("section.manual-section--tips h2"), height)).toBe(true);
    await expect(page.locator(".theme-doc-toc-mobile").isVisible()).resolves.toBe(false);
    expect(problems).toEqual([]);
    if (name === "phone") {
      mkdirSync(screenshots, { recursive: true });
      await page.goto(siteUrl(manualPath(LEGAL_CHANGE.file)), { waitUntil: "networkidle" });
      await page.screenshot({ path: join(screenshots, "manual.png") });
    }
    await context.close();
  });

  it(`${name === "phone" ? "folds" : "opens"} the card: 담당 · 검토 예정일 · 법령 수, expanding to the facts`, async () => {
    const context = await browser.newContext(options);
    const { page } = await openPage(context, manualPath(LEGAL_CHANGE.file));
    const details = page.getByRole("region", { name: "매뉴얼 정보" }).locator("details");
    const source = parse(readFileSync(join(inject("siteRepo"), LEGAL_CHANGE.file), "utf8").split(/^---$/m)[1]!) as { owner: string; laws: unknown[] };
    const line = (await page.locator("[data-card-line]").textContent())!;
    const people = parse(readFileSync(join(inject("siteRepo"), "manuals/people.yml"), "utf8")) as Record<string, { name: string; position: string }>;
    expect(line).toContain(`담당 ${people[source.owner]!.name} ${people[source.owner]!.position}`);
    expect(line).toMatch(/검토 예정일 \d{4}-\d{2}-\d{2}/);
    expect(line).toContain(`법령 ${source.laws.length}건`);
    await expect(page.locator("[data-card-line]").evaluate((el) => el.scrollWidth <= el.clientWidth)).resolves.toBe(true);
    const laws = page.locator("[data-manual-laws]");
    if (name === "phone") {
      await expect(details.evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(false);
      await expect(laws.isVisible()).resolves.toBe(false);
      await page.locator("[data-card-line]").click();
    }
    await laws.waitFor({ state: "visible" });
    await expect(details.evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(true);
    expect(await severeViolations(page)).toEqual([]);
    await context.close();
  });

  it("shows phone numbers as tel: links when the people registry has them", async (test) => {
    const people = join(inject("siteRepo"), "manuals/people.yml");
    if (!existsSync(people)) test.skip(); // the registry of people is not in this repository yet
    const registry = parse(readFileSync(people, "utf8")) as Record<string, { phone?: string }>;
    const owner = (parse(readFileSync(join(inject("siteRepo"), LEGAL_CHANGE.file), "utf8").split(/^---$/m)[1]!) as { owner: string }).owner;
    const phone = registry[owner]?.phone;
    if (!phone) test.skip();
    const context = await browser.newContext(options);
    const { page } = await openPage(context, manualPath(LEGAL_CHANGE.file));
    const tel = page.getByRole("region", { name: "매뉴얼 정보" }).locator(`a[href="tel:${phone!.replace(/[^\d+]/g, "")}"]`);
    await expect(tel.count()).resolves.toBeGreaterThan(0);
    await context.close();
  });

  it("lists the history: date, person, what changed, a 법령 변경 badge and the pull request", async () => {
    const context = await browser.newContext(options);
    const { page } = await openPage(context, manualPath(LEGAL_CHANGE.file));
    const entries = page.locator("ol[data-manual-history] > li");
    const newest = entries.first();
    await expect(newest.locator("[data-history-date]").textContent()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(newest.locator("[data-history-author]").textContent()).resolves.toBe(LEGAL_CHANGE.author);
    await expect(newest.locator("[data-history-message]").textContent()).resolves.toBe(LEGAL_CHANGE.message);
    await expect(newest.locator("[data-history-summary]").textContent()).resolves.toContain("「개인정보 보호법」 제18조를 근거 법령에 추가했습니다");
    await expect(newest.locator("[data-history-legal]").textContent()).resolves.toBe("법령 변경");
    const pr = newest.locator("[data-history-pr] a");
    await expect(pr.textContent()).resolves.toBe("PR #42");
    await expect(pr.getAttribute("href")).resolves.toBe(`${REPOSITORY.url}/pull/42`);
    // Words are kept whole and nothing is cut or scrolled sideways.
    const layout = await page.locator("[data-manual-history]").evaluate((list) => ({
      wordBreak: getComputedStyle(list).wordBreak,
      overflowing: [...list.querySelectorAll("li, p, span")].filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== "inline").length,
      width: list.getBoundingClientRect().width,
    }));
    expect(layout.wordBreak).toBe("keep-all");
    expect(layout.overflowing).toBe(0);
    expect(layout.width).toBeLessThanOrEqual(options.viewport!.width);
    if (name === "phone") {
      await page.locator("#manual-history").scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(screenshots, "history.png") });
    }
    await context.close();
  });

  it("links 이 매뉴얼 고치기 to GitHub's web editor and 오류 신고 to the manual-error form, filled in", async () => {
    const context = await browser.newContext(options);
    const { page } = await openPage(context, manualPath(LEGAL_CHANGE.file));
    const edit = page.getByRole("link", { name: /이 매뉴얼 고치기/ });
    const report = page.getByRole("link", { name: /오류 신고/ });
    await expect(edit.getAttribute("href")).resolves.toBe(`${REPOSITORY.url}/edit/${REPOSITORY.branch}/${LEGAL_CHANGE.file}`);
    const url = new URL((await report.getAttribute("href"))!);
    expect(`${url.origin}${url.pathname}`).toBe(`${REPOSITORY.url}/issues/new`);
    expect(url.searchParams.get("template")).toBe("manual-error.yml");
    expect(url.searchParams.get("title")).toBe("[오류] 전입신고 처리");
    expect(url.searchParams.get("manual")).toBe(`전입신고 처리 — ${LEGAL_CHANGE.file}`);
    // Every field the link fills is a field of the form it opens.
    const form = parse(readFileSync(join(inject("siteRepo"), ".github/ISSUE_TEMPLATE/manual-error.yml"), "utf8")) as { body: { id?: string }[] };
    const ids = form.body.map((field) => field.id).filter(Boolean);
    expect([...url.searchParams.keys()].filter((key) => key !== "template" && key !== "title").every((key) => ids.includes(key))).toBe(true);
    await context.close();
  });
});

describe.each(VIEWPORTS)("search on a %s", (name, options) => {
  const browser = useBrowser();

  it("shows every search placeholder whole", async () => {
    const context = await browser.newContext(options);
    const home = await openPage(context, "/");
    const boxes = [home.page.locator("[data-search-box=hero] input")];
    if (name === "phone") {
      await expect(home.page.locator("[data-search-box=navbar] input").isVisible()).resolves.toBe(false);
      await home.page.getByRole("button", { name: "검색 열기" }).click();
    }
    boxes.push(home.page.locator("[data-search-box=navbar] input"));
    const search = await openPage(context, "/search");
    boxes.push(search.page.locator("#search-page-input"));
    for (const box of boxes) {
      await box.waitFor({ state: "visible" });
      const fit = await placeholderFits(box);
      expect(fit, `${fit.placeholder}: ${fit.text} px of text in ${fit.room} px`).toMatchObject({ fits: true });
    }
    await context.close();
  });

  it(`${name === "phone" ? "opens a full-width box from the navbar's icon" : "searches from the navbar"}, and Enter opens the results`, async () => {
    const context = await browser.newContext(options);
    const { page, problems } = await openPage(context, manualPath(LEGAL_CHANGE.file));
    const box = page.locator("[data-search-box=navbar] input");
    if (name === "phone") {
      await page.getByRole("button", { name: "검색 열기" }).click();
      await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      const width = (await page.locator("[data-search-box=navbar]").boundingBox())!.width;
      expect(width).toBeGreaterThanOrEqual(390 - 1);
      expect(await severeViolations(page)).toEqual([]);
    }
    await box.fill("주민증 분실");
    await page.locator("[data-search-box=navbar]").getByRole("link", { name: /주민등록증 재발급/ }).first().waitFor();
    await box.press("Enter");
    await page.waitForURL(/\/search\?q=/);
    await page.locator("[data-search-results] > li > a").first().waitFor();
    await expect(page.locator("[data-search-results] > li > a").first().textContent()).resolves.toBe("주민등록증 재발급");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("counts every match, not only the twenty shown, and finds manuals by everyday words", async () => {
    const out = inject("siteOut");
    const read = (path: string) => JSON.parse(readFileSync(join(out, path), "utf8")) as unknown;
    expect(readdirSync(join(out, "search")).length).toBeGreaterThan(1);
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const query = "신청";
    const { total } = await new ManualSearch(async (path) => read(path)).search(query, 20);
    expect(total).toBeGreaterThan(20);
    await page.goto(siteUrl(`/search?q=${encodeURIComponent(query)}`));
    const status = page.locator("[data-search-status]");
    await status.getByText(`검색 결과 ${total}건`).waitFor();
    await expect(page.locator("[data-search-results] > li").count()).resolves.toBe(20);
    if (name === "phone") await page.screenshot({ path: join(screenshots, "search.png") });
    expect(await severeViolations(page)).toEqual([]);

    // everyday words → a word the first results' titles must have (no manual title says 벌금, 주민증 or 이사 신고)
    for (const [words, title] of [["벌금", "과태료"], ["이사 신고", "전입신고"], ["주민증", "주민등록증"]] as const) {
      await page.goto(siteUrl(`/search?q=${encodeURIComponent(words)}`));
      await status.getByText(`‘${words}’ 검색 결과`).waitFor();
      const titles = (await page.locator("[data-search-results] > li > a").allTextContents()).slice(0, 3);
      expect(titles.some((t) => t.includes(title)), `${words}: ${titles.join(", ")}`).toBe(true);
      expect(titles.some((t) => t.includes(words))).toBe(false);
    }
    await context.close();
  });
});

describe.each(VIEWPORTS)("department and law-change pages on a %s", (name, options) => {
  const browser = useBrowser();
  const width = options.viewport!.width;

  for (const [page, path, marker] of [
    ["department", "/manuals/community-center/dong-civil", "[data-manual-listing]"],
    ["law-changes", "/law-changes", "[data-law-change-sentences]"],
  ] as const) {
    it(`${page}: fits the width, each listing whole (summary, owner, status) and nothing serious for axe`, async () => {
      const context = await browser.newContext(options);
      const { page: tab, problems } = await openPage(context, path);
      await tab.locator(marker).first().waitFor();
      await expect(tab.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width);
      // No listing line is cut off with an ellipsis or hidden overflow.
      const clipped = await tab.locator(`${marker} p, ${marker} span, ${marker} li`).evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
      expect(clipped).toEqual([]);
      if (name === "phone") {
        mkdirSync(screenshots, { recursive: true });
        await tab.screenshot({ path: join(screenshots, `${page}.png`) });
      }
      expect(await severeViolations(tab)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
