// What a change did, in sentences: built from the real compare over sample manuals, in Korean with
// particles that follow the word (제14조를, 별표 1을, 2026-01-01로) and in English; a rename that leaves
// the legal content as it was is not a law change.
import { describe, expect, it } from "vitest";
import { changeSentences, changesLaw, type DescribedChange } from "../../../bot/core/compare/change-sentences.ts";
import { compareManuals, type ManualChange } from "../../../bot/core/compare/compare-manuals.ts";
import type { Language } from "../../../bot/core/findings.ts";
import { files as f } from "../../support/departments.ts";
import { addLaw, editSection, removeLaw, setArticle, setVersion } from "../../support/manual-edits.ts";
import { registryOf, sample, sampleRepository, spec } from "../../support/samples.ts";

const { registry } = registryOf(sampleRepository());
const lawName = (key: string) => registry!.laws[key]?.name ?? key;

function changed(file: string, edit: (text: string) => string, to = file): ManualChange {
  const text = sample(file);
  const [change] = compareManuals([{ base: { file, text }, head: { file: to, text: edit(text) } }], spec);
  return change!;
}

function sentences(change: ManualChange, lang: Language = "ko", move: DescribedChange["move"] = null): string[] {
  return changeSentences(lang, { kind: change.kind, laws: change.laws, sections: change.sections.map((s) => s.title[lang]), move }, lawName);
}

describe("change sentences", () => {
  it("one sentence per law entry (in the compare's order) and one for the legal sections, particles by the word's last sound", () => {
    const change = changed(f.buildingPermit, (t) =>
      editSection(
        setVersion(setArticle(removeLaw(addLaw(t, "administrative-procedures-act", "별표 1", "2023-03-24"), "building-act", "제21조"), "building-act", "제11조", "제11조의2"), "building-act-rule", "제6조", "2026-01-01"),
        "관련법령",
        (body) => body + "\n- 추가된 근거 설명\n",
      ),
    );
    expect(changesLaw(change)).toBe(true);
    expect(sentences(change)).toEqual([
      "「행정절차법」 별표 1을 근거 법령에 추가했습니다(2023-03-24 시행 기준).",
      "「건축법 시행규칙」 제6조의 기준 시행일을 2025-10-01에서 2026-01-01로 바꿨습니다.",
      "「건축법」의 근거 조문을 제11조에서 제11조의2로 바꿨습니다.",
      "「건축법」 제21조를 근거 법령에서 뺐습니다.",
      "관련법령 본문을 고쳤습니다.",
    ]);
    expect(sentences(change, "en")).toEqual([
      "Added 별표 1 of 행정절차법 as a legal basis (text in force from 2023-03-24).",
      "Moved 제6조 of 건축법 시행규칙 from the text in force on 2025-10-01 to the one in force on 2026-01-01.",
      "Changed the provision of 건축법 from 제11조 to 제11조의2.",
      "Removed 제21조 of 건축법 from the legal basis.",
      `Edited the text of ${change.sections.map((s) => s.title.en).join(", ")}.`,
    ]);
  });

  it("an article and its version changed together are one sentence", () => {
    const change = changed(f.buildingPermit, (t) => t.replace('article: "제12조"\n    version: 2025-10-01', 'article: "제13조"\n    version: 2027-01-01'));
    expect(sentences(change)).toEqual(["「건축법」의 근거 조문을 제12조에서 제13조로, 기준 시행일을 2025-10-01에서 2027-01-01로 바꿨습니다."]);
  });

  it("a rename inside the department is not a law change; a rename that also edits the legal text is", () => {
    const renamed = changed(f.buildingPermit, (t) => t, f.buildingPermit.replace("building-permit.md", "building-permit-review.md"));
    expect(renamed.kind).toBe("moved");
    expect(renamed.legal).toBe(true); // the review still asks the department
    expect(changesLaw(renamed)).toBe(false);
    expect(sentences(renamed, "ko", { departments: false, from: "building-permit.md", to: "building-permit-review.md" })).toEqual([
      "파일 이름을 building-permit.md에서 building-permit-review.md로 바꿨습니다.",
    ]);
    const renamedAndEdited = changed(f.buildingPermit, (t) => setVersion(t, "building-act", "제14조", "2026-05-01"), f.buildingPermit.replace("building-permit.md", "building-permit-review.md"));
    expect(changesLaw(renamedAndEdited)).toBe(true);
    expect(sentences(renamedAndEdited, "ko", { departments: true, from: "건축과", to: "건축안전과" })).toEqual([
      "담당 부서를 건축과에서 건축안전과로 옮겼습니다.",
      "「건축법」 제14조의 기준 시행일을 2025-10-01에서 2026-05-01로 바꿨습니다.",
    ]);
  });

  it("a new or deleted manual is one sentence, not a list of every law it cites", () => {
    const text = sample(f.buildingPermit);
    const [added] = compareManuals([{ base: null, head: { file: f.buildingPermit, text } }], spec);
    const [deleted] = compareManuals([{ base: { file: f.buildingPermit, text }, head: null }], spec);
    expect([added, deleted].map((c) => changesLaw(c!))).toEqual([true, true]);
    expect(sentences(added!)).toEqual(["매뉴얼을 새로 만들었습니다."]);
    expect(sentences(deleted!)).toEqual(["매뉴얼을 삭제했습니다."]);
  });

  it("a change to a section that is not legal is no law change and no sentence", () => {
    const change = changed(f.buildingPermit, (t) => editSection(t, "업무 팁", (body) => body + "\n- 새 팁\n"));
    expect(changesLaw(change)).toBe(false);
    expect(sentences(change)).toEqual([]);
  });
});
