/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, hence the DOM types.
// A manual's page: the card (department, owner, laws with official links, review dates and the
// overdue banner), tips set apart, materials as downloads, history from git.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import type { BrowserContext, Page } from "playwright-core";
import { manualPath, openPage, siteUrl, useBrowser } from "./browser.ts";
import { LEGAL_CHANGE, OVERDUE_MANUAL, RENAMED_MANUAL } from "./site-fixture.ts";

interface FrontMatter {
  owner: string;
  deputy?: string;
  department: string;
  last_reviewed: string;
  review_cycle_months: number;
  laws: { law: string; article: string; version: string }[];
}

function frontMatterOf(file: string): FrontMatter {
  const text = readFileSync(join(inject("siteRepo"), file), "utf8");
  return parse(text.split(/^---$/m)[1]!, { schema: "failsafe" }) as unknown as FrontMatter;
}

describe("manual page", () => {
  const browser = useBrowser();
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext();
  });

  it("shows the card: department, owner, deputy and each law with article, version and official link", async () => {
    const fm = frontMatterOf(LEGAL_CHANGE.file);
    const laws = parse(readFileSync(join(inject("siteRepo"), "manuals/laws.yml"), "utf8")) as Record<string, { name: string; url: string }>;
    const departments = parse(readFileSync(join(inject("siteRepo"), "manuals/departments.yml"), "utf8")) as Record<string, { name: { ko: string } }>;
    const { page, problems } = await openPage(context, manualPath(LEGAL_CHANGE.file));
    const card = page.getByRole("region", { name: "매뉴얼 정보" });
    await expect(card.textContent()).resolves.toContain(departments[fm.department]!.name.ko);
    await expect(card.textContent()).resolves.toContain(`@${fm.owner}`);
    await expect(card.textContent()).resolves.toContain(`@${fm.deputy}`);

    const rows = await page.locator("[data-manual-laws] tbody tr").evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "");
        return { name: cells[0], article: cells[1], version: cells[2]?.slice(0, 10), href: tr.querySelector("a")?.getAttribute("href") };
      }),
    );
    expect(rows).toEqual(fm.laws.map((l) => ({ name: laws[l.law]!.name, article: l.article, version: l.version, href: laws[l.law]!.url })));
    expect(problems).toEqual([]);
  });

  it("names the owner and deputy from manuals/people.yml, each phone number a tel: link that does not wrap", async () => {
    const fm = frontMatterOf(LEGAL_CHANGE.file);
    const people = parse(readFileSync(join(inject("siteRepo"), "manuals/people.yml"), "utf8")) as Record<string, { name: string; position: string; phone: string }>;
    const { page, problems } = await openPage(context, manualPath(LEGAL_CHANGE.file));
    const card = page.getByRole("region", { name: "매뉴얼 정보" });
    for (const login of [fm.owner, fm.deputy!]) {
      const person = people[login]!;
      const shown = card.locator(`[data-person="${login}"]`);
      await expect(shown.textContent()).resolves.toBe(`${person.name} ${person.position} · ${person.phone} @${login}`);
      const phone = shown.locator('a[href^="tel:"]');
      await expect(phone.getAttribute("href")).resolves.toBe(`tel:${person.phone.replace(/-/g, "")}`);
      await expect(phone.evaluate((a) => getComputedStyle(a).whiteSpace)).resolves.toBe("nowrap");
    }
    expect(people[fm.owner]!.phone).toMatch(/^02-2100-\d{4}$/);
    expect(problems).toEqual([]);
  });

  it("shows the overdue banner on a manual past its review date, not on a fresh one", async () => {
    const fm = frontMatterOf(OVERDUE_MANUAL.file);
    const { page } = await openPage(context, manualPath(OVERDUE_MANUAL.file));
    const banner = page.locator("[data-overdue]");
    await expect(banner.textContent()).resolves.toContain("검토 기한이 지났습니다");
    const due = `${Number(OVERDUE_MANUAL.lastReviewed.slice(0, 4)) + Math.floor(Number(fm.review_cycle_months) / 12)}${OVERDUE_MANUAL.lastReviewed.slice(4)}`;
    await expect(banner.textContent()).resolves.toContain(due);

    const fresh = await openPage(context, manualPath(LEGAL_CHANGE.file));
    await fresh.page.getByRole("region", { name: "매뉴얼 정보" }).waitFor();
    await expect(fresh.page.locator("[data-overdue]").count()).resolves.toBe(0);
  });

  it("sets 업무 팁 apart and offers 관련자료 as downloads that resolve", async () => {
    const { page } = await openPage(context, manualPath(LEGAL_CHANGE.file));
    const tips = page.locator("section.manual-section--tips");
    expect((await tips.locator("h2").textContent())?.replace(/\u200b/g, "").trim()).toBe("업무 팁");
    const [tipsBackground, bodyBackground] = await Promise.all([
      tips.evaluate((el) => getComputedStyle(el).backgroundColor),
      page.locator("section.manual-section--process").evaluate((el) => getComputedStyle(el).backgroundColor),
    ]);
    expect(tipsBackground).not.toBe(bodyBackground);

    const downloads = await page.locator("section.manual-section--materials a[download]").evaluateAll((as) => as.map((a) => ({ name: a.getAttribute("download"), href: a.getAttribute("href") })));
    const source = readFileSync(join(inject("siteRepo"), LEGAL_CHANGE.file), "utf8");
    const localMaterials = [...source.matchAll(/\]\((files\/[^)]+)\)/g)].map((m) => m[1]!);
    expect(downloads).toHaveLength(localMaterials.length);
    for (const download of downloads) {
      const response = await fetch(siteUrl(download.href!));
      expect(response.status).toBe(200);
      expect(download.name).toMatch(/\.(txt|csv|hwp|hwpx|pdf|xlsx|docx)$/);
    }
  });

  it("lists the manual's history from git: date, author, message, legal change, pull request", async () => {
    const entriesOf = (page: Page) =>
      page.locator("[data-manual-history] > li").evaluateAll((lis) =>
        lis.map((li) => {
          const text = (name: string) => li.querySelector(`[data-history-${name}]`)?.textContent?.trim() ?? "";
          return { date: text("date"), author: text("author"), message: text("message"), summary: text("summary"), legal: text("legal"), pr: text("pr") };
        }),
      );
    const { page } = await openPage(context, manualPath(LEGAL_CHANGE.file));
    const entries = await entriesOf(page);
    const newest = entries[0]!;
    expect(newest.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(newest.author).toBe(LEGAL_CHANGE.author);
    expect(newest.message).toBe(LEGAL_CHANGE.message);
    expect(newest.summary).toContain("「개인정보 보호법」 제18조를 근거 법령에 추가했습니다");
    expect(newest.summary).toContain("관련법령 본문을 고쳤습니다.");
    expect(newest.legal).toBe("법령 변경");
    expect(newest.pr).toBe("PR #42");
    // The manual's first version is a legal change too (its laws are new).
    expect(entries.at(-1)!.legal).toBe("법령 변경");

    const overdue = await openPage(context, manualPath(OVERDUE_MANUAL.file));
    const first = (await entriesOf(overdue.page))[0]!;
    expect(first.message).toContain("인감증명서 매뉴얼 검토일 정정");
    expect(first.legal).toBe("");

    // A rename inside the department is in the history, said as such, without the 법령 변경 badge.
    // The page keeps its address: it comes from the manual's id, which the rename left alone.
    const renamed = (await entriesOf((await openPage(context, manualPath(RENAMED_MANUAL.from))).page))[0]!;
    expect(renamed.message).toBe(RENAMED_MANUAL.message);
    expect(renamed.summary).toBe("파일 이름을 energy-voucher-application.md에서 energy-voucher-intake.md로 바꿨습니다.");
    expect(renamed.legal).toBe("");
  });
});
