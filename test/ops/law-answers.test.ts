// Reading the law service's recorded answers: the fields as the service writes them (ids stay text,
// dates become YYYY-MM-DD), which result is the registry's law, which articles an amendment changed,
// and every answer that is not a law list is refused with a sentence.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareLaw, matchLaw } from "../../bot/ops/laws/amendments.ts";
import { targetOf } from "../../bot/ops/laws/law-kinds.ts";
import { parseSearch } from "../../bot/ops/laws/parse-search.ts";
import { parseService } from "../../bot/ops/laws/parse-service.ts";
import { OpsError } from "../../bot/ops/ops-error.ts";
import { lawApiFixtures } from "./law-api-server.ts";

const fixture = (path: string) => readFileSync(join(lawApiFixtures, path), "utf8");
const LAW = targetOf({ name: "주민등록법", kind: "법률", effective: "2025-01-31", url: "https://www.law.go.kr/법령/주민등록법" });
const ORDIN = targetOf({ name: "x", kind: "자치법규", effective: "2025-01-01", url: "https://www.law.go.kr/x" });

function refusal(run: () => unknown): OpsError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OpsError);
    return error as OpsError;
  }
  throw new Error("expected a refusal");
}

describe("lawSearch answers", () => {
  const found = parseSearch(fixture("lawSearch/law/주민등록법.xml"), LAW, "주민등록법");

  it("lists every result with the service's ids as text and ISO dates", () => {
    expect(found.map((f) => [f.name, f.id, f.serial, f.effective, f.promulgated, f.kind])).toEqual([
      ["주민등록법", "001773", "276001", "2026-07-14", "2026-01-13", "법률"],
      ["주민등록법 시행령", "002847", "268931", "2024-12-27", "2024-12-24", "대통령령"],
      ["주민등록법 시행규칙", "007364", "269402", "2025-01-07", "2025-01-07", "행정안전부령"],
    ]);
  });

  it("matches the registry's law by its exact name and kind, not a decree or rule whose name contains it", () => {
    expect(matchLaw({ name: "주민등록법", kind: "법률", effective: "2025-01-31", url: "" }, found)?.id).toBe("001773");
    expect(matchLaw({ name: "주민등록법 시행령", kind: "대통령령", effective: "2024-12-27", url: "" }, found)?.id).toBe("002847");
    expect(matchLaw({ name: "주민등록법  시행규칙", kind: "부령", effective: "2025-01-07", url: "" }, found)?.id).toBe("007364"); // spacing aside; 부령 = 행정안전부령
    expect(matchLaw({ name: "주민등록법", kind: "대통령령", effective: "2025-01-31", url: "" }, found)).toBeNull();
    expect(matchLaw({ name: "주민등록", effective: "2025-01-31", url: "" }, found)).toBeNull();
  });

  it("compares effective dates: amended, current, ahead", () => {
    const law = (effective: string) => ({ name: "주민등록법", kind: "법률" as const, effective, url: "" });
    expect(compareLaw("k", law("2025-01-31"), found).state).toBe("amended");
    expect(compareLaw("k", law("2026-07-14"), found).state).toBe("current");
    expect(compareLaw("k", law("2027-01-01"), found).state).toBe("registry-ahead");
    expect(compareLaw("k", { ...law("2025-01-31"), name: "없는법" }, found).state).toBe("not-found");
  });

  it("reads local ordinances (OrdinSearch) and empty results", () => {
    expect(parseSearch(fixture("lawSearch/ordin/서울특별시 한빛구 폐기물 관리 조례.xml"), ORDIN, "q").map((f) => [f.name, f.id, f.effective, f.kind])).toEqual([["서울특별시 한빛구 폐기물 관리 조례", "2040117", "2025-01-01", "조례"]]);
    expect(parseSearch(fixture("lawSearch/empty.xml").replace("{{query}}", "없는법"), LAW, "없는법")).toEqual([]);
  });

  it("refuses what is not a law list: truncated XML, an HTML page, another root, a result without its date", () => {
    expect(refusal(() => parseSearch(fixture("broken/truncated-search.xml"), LAW, "주민등록법")).text("ko")).toMatch(/^법령정보 API의 lawSearch\(주민등록법\) 응답이 올바른 XML이 아닙니다\(\d+행: /);
    expect(refusal(() => parseSearch(fixture("broken/unverified-user.html"), LAW, "주민등록법")).text("ko")).toContain("올바른 XML이 아닙니다");
    const wrongRoot = refusal(() => parseSearch('<?xml version="1.0" encoding="UTF-8"?><Law>사용자 정보 검증에 실패하였습니다.</Law>', LAW, "주민등록법"));
    expect(wrongRoot.text("ko")).toBe(
      '법령정보 API가 「주민등록법」 검색에 법령 목록(LawSearch)이 아닌 응답(Law)을 보냈습니다: "사용자 정보 검증에 실패하였습니다.". 인증키(LAW_API_OC)가 맞는지, 이 서버의 IP나 도메인이 국가법령정보 공동활용에 등록되어 있는지 확인하세요.',
    );
    expect(wrongRoot.text("en")).toContain("Check the access key (LAW_API_OC)");
    expect(refusal(() => parseSearch(fixture("broken/missing-effective-date.xml"), LAW, "주민등록법")).text("ko")).toContain("1번째 항목에 시행일자(YYYYMMDD)가 없거나 올바르지 않습니다");
    expect(refusal(() => parseSearch(fixture("lawSearch/law/주민등록법.xml").replace("20260714", "20261340"), LAW, "주민등록법")).text("en")).toContain('("20261340")');
  });
});

describe("lawService answers", () => {
  it("give the amendment and the articles it changed, as manuals cite them", () => {
    expect(parseService(fixture("lawService/law/276001.xml"), "276001")).toEqual({
      name: "주민등록법",
      effective: "2026-07-14",
      promulgated: "2026-01-13",
      number: "21245",
      amendment: "일부개정",
      changedArticles: ["제16조", "제29조", "제29조의2"],
    });
    expect(parseService(fixture("lawService/law/277410.xml"), "277410").changedArticles).toEqual(["제6조"]);
  });

  it("refuse the service's 'no such law' answer", () => {
    const error = refusal(() => parseService('<?xml version="1.0" encoding="UTF-8"?><Law>일치하는 법령이 없습니다. 법령명을 확인하여 주십시오.</Law>', "1"));
    expect(error.text("ko")).toContain("본문 조회(MST=1) 응답에 기본정보·시행일자가 없습니다");
    expect(error.text("ko")).toContain("일치하는 법령이 없습니다");
  });
});
