// The search synonyms file against its schema: the shipped list is valid, and each kind of broken
// file is a finding on the line that is wrong, in both languages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileSynonymsSchema, loadSynonyms, synonymsFile, synonymsSchemaFile } from "../../bot/core/synonyms.ts";
import { projectRoot } from "../support/temp-repository.ts";

const validate = compileSynonymsSchema(JSON.parse(readFileSync(join(projectRoot, synonymsSchemaFile), "utf8")) as object);
const load = (text: string | null) => loadSynonyms({ file: synonymsFile, text }, validate);

describe("search synonyms", () => {
  it("reads the repository's list: 벌금 ↔ 과태료, 주민증 ↔ 주민등록증, 이사 신고 ↔ 전입신고", () => {
    const { synonyms, findings } = load(readFileSync(join(projectRoot, synonymsFile), "utf8"));
    expect(findings).toEqual([]);
    expect(synonyms).toEqual(expect.arrayContaining([["과태료", "벌금"], ["주민등록증", "주민증"], ["전입신고", "이사 신고"]]));
  });

  it("treats a missing file as no synonyms", () => {
    expect(load(null)).toEqual({ synonyms: [], findings: [] });
  });

  it.each([
    ["a group of one word", "- [과태료, 벌금]\n- [주민증]\n", 2, "synonyms/minItems", "둘 이상"],
    ["the same word twice", "- [과태료, 벌금]\n- [여권, 여권]\n", 2, "synonyms/uniqueItems", "서로 다른"],
    ["a word with a space at its end", "- [과태료, 벌금]\n- [과태료, \"벌금 \"]\n", 2, "synonyms/pattern", "벌금 "],
    ["a number where a word goes", "- [과태료, 벌금]\n- [과태료, 3]\n", 2, "synonyms/type", "synonyms.yml"],
    ["a mapping instead of a list", "과태료: 벌금\n", 1, "synonyms/type", "synonyms.yml"],
    ["broken YAML", "- [과태료, 벌금]\n- [주민증, 주민등록증\n", 3, "yaml-syntax", "동의어"],
  ])("reports %s on its line", (_name, text, line, rule, ko) => {
    const { synonyms, findings } = load(text);
    expect(synonyms).toEqual([]);
    expect(findings[0]).toMatchObject({ file: synonymsFile, line, rule, severity: "error" });
    expect(findings[0]!.message.ko).toContain(ko);
    expect(findings[0]!.message.en).not.toBe("");
  });
});
