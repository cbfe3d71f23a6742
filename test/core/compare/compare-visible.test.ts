// Legal content is what a reader sees: compare over the visible text of 관련법령 (from the same
// micromark parse the check makes), not over the source with Markdown-looking characters stripped.
// Every edit a reader can see is a legal change; formatting CommonMark renders as formatting, and
// text a reader never sees, is not.
import { describe, expect, it } from "vitest";
import { compareManuals } from "../../../bot/core/compare/compare-manuals.ts";
import { files as f } from "../../support/departments.ts";
import { legalStatements } from "../../support/legal-statements.ts";
import { editSection, replaceOnce } from "../../support/manual-edits.ts";
import { sample, spec } from "../../support/samples.ts";

const file = f.taxExemption;
const LINE = "- 「지방세특례제한법」 제36조의3(생애최초 주택 구입에 대한 취득세 감면): 생애 최초로 12억원 이하 주택을 구입하는 경우 200만원 한도 감면, 3개월 내 미거주·3년 내 처분 시 추징";

/** compare of the sample with its 관련법령 edited by `edit`: is it legal, and what was added. */
function lawsEdited(edit: (body: string) => string) {
  const before = sample(file);
  const [change] = compareManuals([{ base: { file, text: before }, head: { file, text: editSection(before, "관련법령", edit) } }], spec);
  return { legal: change!.legal, added: change!.sections.flatMap((s) => s.added) };
}

const replaced = (from: string, to: string) => (body: string) => replaceOnce(body, from, to);

describe("a visible edit in 관련법령 is a legal change", () => {
  it.each([
    ["an intraword underscore (14일 → 1_4일 is text, not emphasis)", "200만원", "2_00만원"],
    ["a lone asterisk (5*만원 is text)", "200만원", "200*만원"],
    ["an asterisk between spaces", "감면, 3개월", "감면 * 3개월"],
    ["a character written as a reference that shows something else", "12억원", "12&#50277;원"],
    ["an escaped marker, which shows the marker", "200만원", "\\*200만원"],
    ["a backslash before a letter, which is no escape and shows", "200만원", "200만\\원"],
  ])("%s", (_name, from, to) => {
    const result = lawsEdited(replaced(from, to));
    expect(result.legal).toBe(true);
    expect(result.added).toHaveLength(1);
  });

  it("a changed link address, its text unchanged", () => {
    const linked = (address: string) => (body: string) => replaceOnce(body, "「지방세특례제한법」 제36조의3", `[「지방세특례제한법」 제36조의3](${address})`);
    const before = editSection(sample(file), "관련법령", linked("https://www.law.go.kr/법령/지방세특례제한법/제36조의3"));
    const after = editSection(sample(file), "관련법령", linked("https://www.law.go.kr/법령/지방세특례제한법/제36조의2"));
    const [change] = compareManuals([{ base: { file, text: before }, head: { file, text: after } }], spec);
    expect(change!.legal).toBe(true);
    expect(change!.sections[0]!.added[0]).toContain("⟨https://www.law.go.kr/법령/지방세특례제한법/제36조의2⟩");
  });

  it("a changed table cell", () => {
    const table = (cell: string) => (body: string) => `${body.trimEnd()}\n\n| 구분 | 기한 |\n|---|---|\n| 신고 | ${cell} |\n`;
    const before = editSection(sample(file), "관련법령", table("60일"));
    const after = editSection(sample(file), "관련법령", table("90일"));
    const [change] = compareManuals([{ base: { file, text: before }, head: { file, text: after } }], spec);
    expect([change!.legal, change!.sections[0]!.removed, change!.sections[0]!.added]).toEqual([true, ["신고 | 60일"], ["신고 | 90일"]]);
  });

  it("an item moved under another (list structure), and an ordered list's numbers", () => {
    expect(legalStatements("- 가\n- 나\n")).not.toEqual(legalStatements("- 가\n  - 나\n"));
    expect(legalStatements("1. 가\n2. 나\n")).not.toEqual(legalStatements("3. 가\n4. 나\n"));
    expect(legalStatements("1. 가\n2. 나\n")).not.toEqual(legalStatements("- 가\n- 나\n"));
  });

  it("text typed like a link is not the link", () => {
    expect(legalStatements("\\[법령\\](https://a.example) ⟨https://a.example⟩\n")).not.toEqual(legalStatements("[법령](https://a.example)\n"));
    expect(legalStatements("| 가 \\| 나 |\n|---|\n")).not.toEqual(legalStatements("| 가 | 나 |\n|---|---|\n"));
  });
});

describe("what a reader does not see is not a legal change", () => {
  it.each([
    ["real emphasis added", "200만원 한도", "**200만원** 한도"],
    ["a character reference for the same character", "12억원", "12&#xC5B5;원"],
    ["an escaped punctuation mark that needed no escape", "제36조의3(생애최초", "제36조의3\\(생애최초"],
    ["the same text in decomposed jamo (macOS)", "생애 최초로", "생애 최초로".normalize("NFD")],
    ["an HTML comment added", "200만원 한도", "200만원 <!-- 2026년 개정 검토 중 --> 한도"],
    ["a line break inside the statement", "3개월 내 미거주", "3개월 내\n  미거주"],
  ])("%s", (_name, from, to) => {
    expect(lawsEdited(replaced(from, to))).toEqual({ legal: false, added: [] });
  });

  it("a commented-out block added or edited", () => {
    expect(lawsEdited((body) => `${body.trimEnd()}\n\n<!--\n${LINE}\n-->\n`)).toEqual({ legal: false, added: [] });
  });

  it("a link reference definition rewritten to the same address", () => {
    const withDefinition = (label: string) => (body: string) => `${replaceOnce(body, "「지방세기본법」 제50조", `[「지방세기본법」 제50조][${label}]`)}\n[${label}]: https://www.law.go.kr/법령/지방세기본법\n`;
    const before = editSection(sample(file), "관련법령", withDefinition("기본법"));
    const after = editSection(sample(file), "관련법령", withDefinition("지방세기본법"));
    const [change] = compareManuals([{ base: { file, text: before }, head: { file, text: after } }], spec);
    expect(change!.legal).toBe(false);
  });

  it("hidden text never becomes a statement", () => {
    expect(legalStatements("가 <!-- 숨김 --> 나\n\n<!-- 전부 숨김 -->\n")).toEqual(["가 나"]);
    expect(legalStatements("<!-- 주석 --> 뒤는 보임\n")).toEqual(["뒤는 보임"]);
  });
});

describe("a manual compare cannot read is never taken for unchanged", () => {
  const hostile = (word: string) => editSection(sample(file), "관련법령", (body) => `${body.trimEnd()}\n\n${">".repeat(40)} ${word}\n`);

  it("past an input bound on both sides, its text changed: legal, with no department to vouch (the administrators)", () => {
    const [change] = compareManuals([{ base: { file, text: hostile("추징") }, head: { file, text: hostile("환수") } }], spec);
    expect([change!.kind, change!.legal, change!.departments]).toEqual(["modified", true, []]);
  });

  it("the same unreadable text on both sides: no change", () => {
    const [change] = compareManuals([{ base: { file, text: hostile("추징") }, head: { file, text: hostile("추징") } }], spec);
    expect(change!.legal).toBe(false);
  });

  it("readable before, unreadable after (or the reverse): legal", () => {
    for (const [base, head] of [[sample(file), hostile("추징")], [hostile("추징"), sample(file)]] as const) {
      expect(compareManuals([{ base: { file, text: base }, head: { file, text: head } }], spec)[0]!.legal).toBe(true);
    }
  });
});
