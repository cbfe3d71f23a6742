// The plugin's small pure helpers: pull request numbers, reading order, safe URLs.
import { describe, expect, it } from "vitest";
import { pullRequestOf } from "../../../site/plugins/manuals/legal-history.ts";
import { readingOrder } from "../../../site/plugins/manuals/reading-path.ts";
import { isSafeUrl } from "../../../site/plugins/remark/inert-markdown.ts";

describe("pullRequestOf", () => {
  it.each([
    ["Update move-in manual (#42)", 42],
    ["Merge pull request #7 from team/branch", 7],
    ["Fix (#3) typo", 3],
    ["No number here", null],
  ])("%s → %s", (subject, pr) => {
    expect(pullRequestOf(subject)).toBe(pr);
  });
});

describe("readingOrder", () => {
  it("puts manuals on the department's common laws first, then fewer provisions, then by title", () => {
    const manuals = [
      { title: "다 특수 업무", laws: ["special"] },
      { title: "나 기본 업무", laws: ["base"] },
      { title: "가 응용 업무", laws: ["base", "extra"] },
      { title: "라 관련 업무", laws: ["base", "extra"] },
    ];
    expect(readingOrder(manuals).map((m) => m.title)).toEqual(["나 기본 업무", "가 응용 업무", "라 관련 업무", "다 특수 업무"]);
  });
});

describe("isSafeUrl", () => {
  it.each(["files/form.hwp", "../tax/x.md", "#절차", "https://www.law.go.kr/", "mailto:a@b.kr", "tel:120"])("allows %s", (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });
  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", " javascript:alert(1)", "data:text/html,x", "vbscript:x", "//evil.example/x"])("refuses %s", (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});
