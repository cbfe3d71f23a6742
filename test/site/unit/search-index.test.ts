// The Korean index and query, without a browser: built from small documents, queried through the
// same code the search box runs.
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../../site/plugins/manuals/search-index.ts";
import { queryTerms, stripSuffix } from "../../../site/src/search/analyze.ts";
import { ManualSearch, queryVariants } from "../../../site/src/search/query.ts";

const doc = (title: string, body: string, tags: string[] = []) => ({ title, permalink: `/m/${title}`, where: "기관 · 부서", tags, department: "부서", body, summary: "" });

function searchOver(docs: ReturnType<typeof doc>[], synonyms: string[][] = []) {
  const { files } = buildSearchIndex(docs, synonyms);
  return new ManualSearch(async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`no ${path}`);
    return JSON.parse(text) as unknown;
  });
}

describe("Korean analysis", () => {
  it.each([
    ["전입신고를", "전입신고"],
    ["수급자가", "수급자"],
    ["신청하려면", "신청"],
    ["신청하기를", "신청"],
    ["국가", "국가"], // a two-syllable word keeps its last syllable
    ["여권", "여권"],
  ])("strips the particle of %s → %s", (word, stem) => {
    expect(stripSuffix(word)).toBe(stem);
  });

  it("cuts queries into Hangul bigrams after the particles are gone", () => {
    expect(queryTerms("전입신고를")).toEqual(["전입", "입신", "신고"]);
    expect(queryTerms("ID 카드 2025")).toEqual(["id", "카드", "2025"]);
  });
});

describe("search index", () => {
  const docs = [
    doc("전입신고 처리", "세대주가 이사한 날부터 14일 이내에 전입신고를 합니다.", ["전입신고"]),
    doc("기초생활수급자 신청 접수", "국민기초생활 보장법에 따른 수급자 선정 신청을 받습니다."),
    doc("식품접객업 영업신고 처리", "식품위생법에 따라 일반음식점 영업신고를 받습니다."),
    ...Array.from({ length: 40 }, (_, i) => doc(`기타 업무 ${i}`, `신고 신청 처리 접수 업무 ${i}번 설명입니다.`)),
  ];
  const search = searchOver(docs);

  it.each([
    ["전입신고를", "전입신고 처리"],
    ["기초생활수급자", "기초생활수급자 신청 접수"],
    ["수급자 신청", "기초생활수급자 신청 접수"],
    ["식품 영업 신고", "식품접객업 영업신고 처리"],
  ])("ranks the right manual first for %s", async (query, title) => {
    const [first] = (await search.search(query, 3)).hits;
    expect(first?.title).toBe(title);
  });

  it("finds nothing for words no manual has, and nothing for an empty query", async () => {
    await expect(search.search("우주선 발사", 3)).resolves.toEqual({ hits: [], total: 0 });
    await expect(search.search("  ", 3)).resolves.toEqual({ hits: [], total: 0 });
  });

  it("splits a large index into shards named by its content hash", () => {
    const many = Array.from({ length: 300 }, (_, i) => doc(`업무 ${i}`, `${"가나다라마바사아자차카타파하".repeat(20)} 고유어${i}값`));
    const { manifest, files } = buildSearchIndex(many);
    expect(manifest.shards).toBeGreaterThan(1);
    expect([...files.keys()].filter((p) => p.includes("/terms-"))).toHaveLength(manifest.shards);
    expect([...files.keys()].every((p) => p === "search/manifest.json" || p.startsWith(`search/${manifest.hash}/`))).toBe(true);
  });
});

describe("what counts as a match", () => {
  const docs = [
    doc("전입신고 처리", "세대주가 거주지를 옮긴 날부터 14일 이내에 전입신고를 합니다. 늦으면 과태료를 부과합니다."),
    doc("주민등록증 재발급", "주민등록증을 잃어버린 사람의 재발급 신청을 받습니다."),
    doc("사업자 신고 안내", "신고 서식을 안내합니다."),
    doc("등록 면허세", "등록에 대한 면허세를 걷습니다."),
    ...Array.from({ length: 30 }, (_, i) => doc(`신고 업무 ${i}`, `신고 접수 업무 ${i}번입니다.`)),
  ];
  const search = searchOver(docs, [["과태료", "벌금"], ["주민등록증", "주민증"], ["전입신고", "이사 신고"]]);

  it("reports every match in its total, not only the ones shown", async () => {
    const { hits, total } = await search.search("신고", 5);
    expect(hits).toHaveLength(5);
    expect(total).toBe(32); // 사업자 신고 안내, 전입신고 처리 and the 30 others
  });

  it("drops documents that match only a fragment of a longer query", async () => {
    // "신고" is one of the three bigrams of 전입신고: the 30 신고 manuals are not results.
    const { hits, total } = await search.search("전입신고", 10);
    expect(hits.map((h) => h.title)).toEqual(["전입신고 처리"]);
    expect(total).toBe(1);
    // "등록" alone of 주민등록증 분실 is not enough either.
    expect((await search.search("주민등록증 분실", 10)).hits.map((h) => h.title)).toEqual(["주민등록증 재발급"]);
  });

  it.each([
    ["벌금", "전입신고 처리"],
    ["주민증", "주민등록증 재발급"],
    ["이사 신고", "전입신고 처리"],
  ])("finds %s through the synonym list → %s", async (query, title) => {
    expect((await search.search(query, 3)).hits[0]?.title).toBe(title);
    // Without the synonym list the everyday word finds nothing of the sort.
    expect((await searchOver(docs).search(query, 3)).hits[0]?.title).not.toBe(title);
  });

  it("writes each synonym of a group into the query in place of the word it contains", () => {
    expect(queryVariants("이사 신고 기한", [["전입신고", "이사 신고"]])).toEqual(["이사 신고 기한", "전입신고 기한"]);
    expect(queryVariants("벌금  얼마", [["과태료", "벌금"], ["주민등록증", "주민증"]])).toEqual(["벌금 얼마", "과태료 얼마"]);
    expect(queryVariants("여권", [["과태료", "벌금"]])).toEqual(["여권"]);
  });
});
