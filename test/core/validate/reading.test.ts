// The reading the site publishes besides the page (the summary line and the search text) comes
// from the check's projection: visible text only, as the review compares it.
import { describe, expect, it } from "vitest";
import { checkManual } from "../../../bot/core/check-manual.ts";
import { firstSentence } from "../../../bot/core/validate/reading.ts";
import { compileSchemas } from "../../../bot/core/schemas.ts";
import { loadSchemaSet } from "../../../bot/local/repository.ts";
import { projectRoot } from "../../support/samples.ts";

const validators = compileSchemas(loadSchemaSet(projectRoot));
const manual = (body: string) => `---\nid: reading-case\ntitle: 읽기 시험\n---\n\n${body}`;
const readingOf = (body: string) => checkManual("manuals/x/y.md", manual(body), validators).summary.reading;

describe("the reading of a manual", () => {
  it("summarises 업무개요 by its first sentence, as a reader sees it", () => {
    const reading = readingOf("## 업무개요\n\n전입한 날부터 **14일** 이내에 [신고](https://www.gov.kr)합니다(주민등록법 제16조). 둘째 문장입니다.\n\n둘째 문단\n\n## 업무처리절차\n\n1. 접수\n");
    expect(reading?.overview).toBe("전입한 날부터 14일 이내에 신고합니다(주민등록법 제16조).");
  });

  it("finds the overview by its English heading too, keeps 1_4일 and 2~3월 as written, and is empty without one", () => {
    expect(readingOf("## Work Overview\n\n매년 2~3월, 1_4일 단위로 접수합니다\n")?.overview).toBe("매년 2~3월, 1_4일 단위로 접수합니다");
    expect(readingOf("## 업무처리절차\n\n1. 접수\n")?.overview).toBe("");
  });

  it("searches what a reader sees: no front matter, no link addresses, no hidden text", () => {
    const text = readingOf("## 관련자료\n\n- [신청서](files/form.hwp) 안내 <!-- 숨긴 메모 -->\n")?.text ?? "";
    expect(text).toContain("신청서");
    expect(text).toContain("관련자료");
    expect(text).not.toContain("reading-case");
    expect(text).not.toContain("form.hwp");
    expect(text).not.toContain("숨긴 메모");
  });

  it("says where the body starts, after the front matter", () => {
    expect(readingOf("## 업무개요\n\n본문\n")?.bodyLine).toBe(5);
  });

  it.each([
    ["첫 문장입니다. 둘째 문장입니다.", "첫 문장입니다."],
    ["요금은 2.5% 입니다. 끝.", "요금은 2.5% 입니다."],
    ["마침표가 없는 문장", "마침표가 없는 문장"],
  ])("firstSentence(%s) = %s", (text, sentence) => {
    expect(firstSentence(text)).toBe(sentence);
  });
});
