// The "법령 변경" page and its feeds: the fixture's legal change appears, newest first; the
// review-date-only change does not.
import { describe, expect, it } from "vitest";

import { openPage, siteUrl, useBrowser } from "./browser.ts";
import { LEGAL_CHANGE } from "./site-fixture.ts";

describe("law changes", () => {
  const browser = useBrowser();

  it("lists the legal change first, with manual, law, article and pull request", async () => {
    const { page, problems } = await openPage(await browser.newContext(), "/law-changes");
    const entries = page.locator("[data-law-changes] > li");
    const first = await entries.first().textContent();
    expect(first).toContain("전입신고 처리");
    expect(first).toContain("「개인정보 보호법」 제18조 추가");
    expect(first).toContain("「주민등록법」 제40조 변경");
    expect(first).toContain("2026-01-01");
    expect(first).toContain("PR #42");
    const all = await entries.allTextContents();
    expect(all.some((t) => t.includes("인감증명서 발급"))).toBe(false);
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
      expect(feed).toContain("「개인정보 보호법」 제18조 추가");
      expect(feed).toContain(LEGAL_CHANGE.message.replace(/ \(#42\)$/, ""));
    }
    const home = await (await fetch(siteUrl("/"))).text();
    expect(home).toMatch(/<link rel=alternate type="?application\/rss\+xml"?[^>]*href="?\/law-changes\/rss\.xml/);
  });
});
