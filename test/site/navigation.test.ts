// Institution → department → manual, by clicking, with Korean labels from the registry.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import type { BrowserContext } from "playwright-core";
import { checkManual } from "../../bot/core/check-manual.ts";
import { validators } from "../support/samples.ts";
import { openPage, useBrowser } from "./browser.ts";

const registry = (name: string) => parse(readFileSync(join(inject("siteRepo"), "manuals", name), "utf8")) as Record<string, { name: { ko: string } }>;

describe("navigation", () => {
  const browser = useBrowser();
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext();
  });

  it("goes from the home page to an institution, a department and a manual", async () => {
    const institutions = registry("institutions.yml");
    const departments = registry("departments.yml");
    const { page, problems } = await openPage(context, "/");

    const institution = institutions["community-center"]!.name.ko;
    await page.getByRole("link", { name: institution, exact: true }).first().click();
    await page.waitForURL(/\/manuals\/community-center$/);
    await page.getByRole("heading", { level: 1, name: institution, exact: true }).waitFor();

    const department = departments["dong-civil"]!.name.ko;
    await page.locator("article").getByRole("link", { name: department }).first().click();
    await page.waitForURL(/\/manuals\/community-center\/dong-civil$/);
    await page.getByRole("heading", { level: 1, name: department, exact: true }).waitFor();

    await page.locator("article").getByRole("link", { name: "전입신고 처리" }).first().click();
    await page.waitForURL(/\/manuals\/community-center\/dong-civil\/move-in-report$/);
    await page.getByRole("heading", { level: 1, name: "전입신고 처리", exact: true }).waitFor();
    expect(problems).toEqual([]);
  });

  it("marks the navbar's 매뉴얼 item as current on the manuals' pages only, and links it to the sidebar's first page", async () => {
    const current = async (path: string) => {
      const { page } = await openPage(context, path);
      const item = page.locator(".navbar__items a.navbar__link", { hasText: "매뉴얼" }).first();
      return { active: (await item.getAttribute("class"))!.includes("navbar__link--active"), href: await item.getAttribute("href") };
    };
    const onManual = await current("/manuals/community-center/dong-civil/move-in-report");
    expect(onManual.active).toBe(true);
    // A trailing slash is the same page.
    expect((await current("/manuals/community-center/dong-civil/move-in-report/")).active).toBe(true);
    // An institution's index page belongs to the sidebar too; the tags page and the home page do not.
    expect((await current("/manuals/community-center")).active).toBe(true);
    expect((await current("/manuals/tags")).active).toBe(false);
    const onHome = await current("/");
    expect(onHome.active).toBe(false);
    const institutions = registry("institutions.yml") as Record<string, { order?: number }>;
    const first = Object.entries(institutions).sort(([, a], [, b]) => (a.order ?? 999) - (b.order ?? 999))[0]![0];
    expect(onHome.href).toBe(`/manuals/${first}`);
  });

  it("labels the sidebar with the registry's Korean names, institutions in registry order", async () => {
    const institutions = registry("institutions.yml") as Record<string, { name: { ko: string }; order?: number }>;
    const { page } = await openPage(context, "/manuals/community-center/dong-civil/move-in-report");
    const topLevel = await page.locator("nav.menu > ul > li > div > a, nav.menu > ul > li > a").allTextContents();
    const expected = Object.values(institutions)
      .sort((a, b) => (a.order ?? 999) - (b.order ?? 999))
      .map((i) => i.name.ko);
    expect(topLevel.map((t) => t.trim())).toEqual(expected);
    // The open branch shows the department and its manuals.
    const active = await page.locator("nav.menu .menu__link--active").allTextContents();
    expect(active.map((t) => t.trim())).toEqual(expect.arrayContaining(["동 주민센터", "동 행정민원팀", "전입신고 처리"]));
  });

  it("opens a manual's page whatever the case of its address, and says when a manuals' address has no page", async () => {
    // The server has no such file, so its 404 page starts the app, whose router finds the page.
    const { page, problems } = await openPage(context, "/manuals/Community-Center/DONG-CIVIL/move-in-report/");
    await page.getByRole("heading", { level: 1, name: "전입신고 처리", exact: true }).waitFor();
    await page.getByRole("heading", { name: "업무처리절차" }).waitFor();
    expect(await page.locator("nav.menu .menu__link--active").allTextContents()).toEqual(expect.arrayContaining(["전입신고 처리"]));

    const missing = await openPage(context, "/manuals/community-center/dong-civil/no-such-manual");
    await missing.page.getByRole("heading", { level: 1, name: "페이지를 찾을 수 없습니다." }).waitFor();
    expect(await missing.page.locator("article").count()).toBe(0);
    expect([...problems, ...missing.problems]).toEqual([]);
  });

  it("lists each manual on its department's page with its summary, its owner's name and its review status", async () => {
    const people = parse(readFileSync(join(inject("siteRepo"), "manuals/people.yml"), "utf8")) as Record<string, { name: string; position: string }>;
    const dir = "manuals/community-center/dong-civil";
    const expected = readdirSync(join(inject("siteRepo"), dir))
      .filter((name) => name.endsWith(".md") && name !== "hostile-probe.md")
      .map((name) => checkManual(`${dir}/${name}`, readFileSync(join(inject("siteRepo"), dir, name)), validators).summary)
      .map((summary) => ({ title: summary.title, summary: summary.reading!.overview, owner: `${people[summary.owner!.value]!.name} ${people[summary.owner!.value]!.position}` }));
    const { page, problems } = await openPage(context, "/manuals/community-center/dong-civil");
    const cards = await page.locator("[data-manual-listing]").evaluateAll((links) =>
      links.map((a) => ({ title: a.querySelector("h2")?.textContent ?? "", summary: a.querySelector("[data-listing-summary]")?.textContent ?? "", status: a.querySelector("[data-listed-manual]")?.textContent ?? "" })),
    );
    for (const manual of expected) {
      const card = cards.find((c) => c.title === manual.title);
      expect(card, manual.title!).toBeDefined();
      expect(card!.summary).toBe(manual.summary);
      expect(card!.summary).not.toBe("업무개요");
      expect(card!.status).toMatch(new RegExp(`^담당 ${manual.owner} · (검토 예정일 \\d{4}-\\d{2}-\\d{2}|검토 기한 지남)$`));
    }
    expect(cards.find((c) => c.title === "인감증명서 발급")?.status).toContain("검토 기한 지남");
    expect(problems).toEqual([]);
  });

  it("shows each department's newcomer reading path on the home page", async () => {
    const { page } = await openPage(context, "/");
    const details = page.locator("details", { has: page.getByText("동 행정민원팀") });
    await details.locator("summary").click();
    await expect(details.getByText("처음 오셨나요?").isVisible()).resolves.toBe(true);
    const path = await details.locator("ol li a").allTextContents();
    expect(path.length).toBeGreaterThanOrEqual(3);
    expect(path).toContain("전입신고 처리");
  });
});
