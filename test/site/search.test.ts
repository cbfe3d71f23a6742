// Korean search on the sample manuals, through the search page: the expected manual is in the
// top 3 for each query — particles (전입신고를), compounds (기초생활수급자), split words (식품 영업 신고).
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { siteUrl, useBrowser } from "./browser.ts";

// query → title of the manual that must be among the first three results
const QUERIES: [string, string][] = [
  ["전입신고를", "전입신고 처리"],
  ["이사 후 전입 신고", "전입신고 처리"],
  ["기초생활수급자", "기초생활수급자 신청 접수"],
  ["수급자 신청", "기초생활수급자 신청 접수"],
  ["식품 영업 신고", "식품접객업 영업신고 처리"],
  ["여권을 재발급", "여권 발급 접수 및 교부"],
  ["인감증명서를 대리 발급", "인감증명서 발급"],
  ["주민등록증 분실", "주민등록증 재발급"],
  ["등본 발급", "주민등록표 등·초본 발급"],
  ["출생신고", "가족관계등록 신고(출생·혼인·사망) 처리"],
  ["지방세 감면은", "지방세 감면 신청 처리"],
  ["취득세 신고", "취득세 신고 접수 및 검증"],
  ["재산세 부과", "재산세 정기분 부과"],
  ["건축허가", "건축허가 처리"],
  ["보건증", "건강진단결과서(보건증) 발급"],
  ["의원 개설신고", "의원급 의료기관 개설신고 처리"],
  ["기초연금 신청", "기초연금 신청 접수"],
  ["긴급복지 지원", "긴급복지지원 상담 및 지원"],
  ["에너지바우처", "에너지바우처 신청 접수"],
  ["위기가구 발굴", "복지사각지대 위기가구 발굴"],
];

async function topTitles(page: Page, query: string): Promise<string[]> {
  await page.goto(siteUrl(`/search?q=${encodeURIComponent(query)}`));
  await page.getByText(`‘${query}’ 검색 결과`).waitFor();
  return (await page.locator("[data-search-results] > li > a").allTextContents()).slice(0, 3);
}

describe("Korean search", () => {
  const browser = useBrowser();
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage();
  });

  it.each(QUERIES)("%s → %s in the top 3", async (query, title) => {
    // Only manuals the repository has; the list of queries must still be long enough (below).
    expect(await topTitles(page, query)).toContain(title);
  });

  it("covers at least 15 queries", () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(15);
  });

  it("suggests manuals in the navbar box as the reader types, and Enter opens the results page", async () => {
    await page.goto(siteUrl("/"));
    const box = page.locator("nav").getByRole("searchbox");
    await box.fill("전입신고를");
    await page.locator("nav").getByRole("link", { name: /전입신고 처리/ }).first().waitFor();
    await box.press("Enter");
    await page.waitForURL(/\/search\?q=/);
    await expect(page.locator("[data-search-results] > li > a").first().textContent()).resolves.toBe("전입신고 처리");
  });

  it("says so when nothing matches", async () => {
    await page.goto(siteUrl(`/search?q=${encodeURIComponent("qqqzzz")}`));
    await page.getByText("검색 결과 0건").waitFor();
  });
});
