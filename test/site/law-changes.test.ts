// The "법령 변경" page and its feeds: the fixture's legal change appears in Korean sentences, newest
// first, with the pull request and the commit subject secondary; the review-date-only change and the
// rename inside one department do not.
import { describe, expect, it } from "vitest";

import { openPage, siteUrl, useBrowser } from "./browser.ts";
import { LEGAL_CHANGE, RENAMED_MANUAL } from "./site-fixture.ts";

describe("law changes", () => {
  const browser = useBrowser();

  it("lists the legal change first in sentences, with manual, date and pull request", async () => {
    const { page, problems } = await openPage(await browser.newContext(), "/law-changes");
    const entries = page.locator("[data-law-changes] > li");
    const first = entries.first();
    await expect(first.getByRole("heading", { level: 2 }).textContent()).resolves.toBe("전입신고 처리");
    const sentences = (await first.locator("[data-law-change-sentences] > li").allTextContents()).map((t) => t.trim());
    expect(sentences).toEqual([
      "「개인정보 보호법」 제18조를 근거 법령에 추가했습니다(2025-03-13 시행 기준).",
      expect.stringMatching(/^「주민등록법」 제40조의 기준 시행일을 \d{4}-\d{2}-\d{2}에서 2026-01-01로 바꿨습니다\.$/),
      "관련법령 본문을 고쳤습니다.",
    ]);
    const source = await first.locator("[data-law-change-source]").textContent();
    expect(source).toContain("PR #42");
    expect(source).toContain(LEGAL_CHANGE.message);
    const all = await entries.allTextContents();
    expect(all.some((t) => t.includes("인감증명서 발급"))).toBe(false);
    expect(all.some((t) => t.includes("에너지바우처") || t.includes(RENAMED_MANUAL.message))).toBe(false);
    const dates = await page.locator("[data-law-changes] > li time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime") ?? ""));
    expect([...dates].sort().reverse()).toEqual(dates);
    await entries.first().getByRole("link", { name: "전입신고 처리" }).click();
    await page.waitForURL(/move-in-report$/);
    expect(problems).toEqual([]);
  });

  it("publishes the same changes as RSS and Atom", async () => {
    const rss = await (await fetch(siteUrl("/law-changes/rss.xml"))).text();
    const atom = await (await fetch(siteUrl("/law-changes/atom.xml"))).text();
    expect(rss).toMatch(/^<\?xml/);
    expect(rss).toContain("<rss");
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    for (const feed of [rss, atom]) {
      expect(feed).toContain("전입신고 처리 — ");
      expect(feed).toContain("「개인정보 보호법」 제18조를 근거 법령에 추가했습니다");
      expect(feed).toContain(LEGAL_CHANGE.message.replace(/ \(#42\)$/, ""));
    }
    const home = await (await fetch(siteUrl("/"))).text();
    expect(home).toMatch(/<link rel=alternate type="?application\/rss\+xml"?[^>]*href="?\/law-changes\/rss\.xml/);
  });
});
