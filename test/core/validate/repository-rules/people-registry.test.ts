// The check warns, on the owner's or deputy's own line, when that login has no entry in
// manuals/people.yml; the sample manuals, whose people are all registered, get no such warning.
import { describe, expect, it } from "vitest";
import { checkManual } from "../../../../bot/core/check-manual.ts";
import { checkRepository } from "../../../../bot/core/validate/repository-rules/all.ts";
import { files } from "../../../support/departments.ts";
import { registryOf, sample, sampleManualFiles, sampleRepository, validators } from "../../../support/samples.ts";

const { registry } = registryOf(sampleRepository());

function warnings(manuals: { file: string; text: string }[]) {
  const summaries = manuals.map(({ file, text }) => checkManual(file, text, validators).summary);
  return checkRepository({ manuals: summaries, registry, files: new Set(), special: [], today: "2026-11-23" }, ["the-manual"]).filter((f) => f.rule === "people-registry");
}

const tax = sample(files.taxExemption);

describe("owner and deputy in the staff registry", () => {
  it("gives the sample manuals no people-registry warning", () => {
    expect(warnings(sampleManualFiles.map((file) => ({ file, text: sample(file) })))).toEqual([]);
  });

  it("warns on the owner's line when the owner is not in people.yml, suggesting a close login", () => {
    const text = tax.replace("owner: cho-hyunsoo", "owner: cho-hyunso");
    const found = warnings([{ file: files.taxExemption, text }]);
    expect(found).toEqual([expect.objectContaining({ file: files.taxExemption, line: 6, severity: "warning", rule: "people-registry" })]);
    expect(found[0]!.message.ko).toBe(
      "담당자(owner) 'cho-hyunso'가 manuals/people.yml에 없습니다. 사이트와 인수인계 점검표에 이름과 전화번호 대신 아이디만 보입니다. people.yml에 이름, 직급, 팀, 사무실 전화를 추가하거나 아이디를 확인해 주세요. 혹시 'cho-hyunsoo'인가요?",
    );
    expect(found[0]!.message.en).toContain("The owner 'cho-hyunso' is not in manuals/people.yml");
  });

  it("warns on the deputy's line, with no suggestion when no login is close", () => {
    const text = tax.replace("deputy: yang-jiyeon", "deputy: tester42");
    const found = warnings([{ file: files.taxExemption, text }]);
    expect(found).toEqual([expect.objectContaining({ line: 7, severity: "warning" })]);
    expect(found[0]!.message.ko).toMatch(/^대리자\(deputy\) 'tester42'가 manuals\/people\.yml에 없습니다\./);
    expect(found[0]!.message.ko).not.toContain("혹시");
  });

  it("finds a registered person whatever the case of the login, as GitHub does", () => {
    expect(warnings([{ file: files.taxExemption, text: tax.replace("owner: cho-hyunsoo", "owner: Cho-HyunSoo") }])).toEqual([]);
  });

  it("stays silent when the registry itself is broken (that is reported on its own)", () => {
    const text = tax.replace("owner: cho-hyunsoo", "owner: nobody-here");
    const summaries = [checkManual(files.taxExemption, text, validators).summary];
    expect(checkRepository({ manuals: summaries, registry: null, files: new Set(), special: [], today: "2026-11-23" }).filter((f) => f.rule === "people-registry")).toEqual([]);
  });
});
