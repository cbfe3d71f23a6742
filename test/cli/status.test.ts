// `manuals status` over a repository with known gaps: a manual whose tips are empty and which
// still holds the scaffold's guidance, an owner without a deputy, an overdue review; in Korean,
// in English and as JSON.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GUIDANCE, PLACEHOLDER_MARK } from "../../bot/core/new-manual/scaffold-text.ts";
import { sample } from "../support/samples.ts";
import { createTempRepository, type TempRepository } from "../support/temp-repository.ts";
import { runInProcess } from "./harness.ts";
import type { StatusBoard } from "../../bot/core/status/status.ts";

const PARKING = "manuals/district-office/parking/parking-fine-objection.md";
const TAX = "manuals/district-office/tax/local-tax-exemption.md";
const DRAFT = "manuals/district-office/tax/draft-manual.md";

let repository: TempRepository;

beforeAll(() => {
  repository = createTempRepository({ fixtures: [] });
  repository.write(PARKING, sample(PARKING));
  repository.write(TAX, sample(TAX));
  // A draft: no deputy, tips replaced by the scaffold's guidance.
  const draft = sample(TAX)
    .replace(/^id: .*$/m, "id: draft-manual")
    .replace(/^deputy: .*\n/m, "")
    .replace(/## 업무 팁\n[\s\S]*?(?=\n## )/, `## 업무 팁\n\n- ${PLACEHOLDER_MARK} ${GUIDANCE.tips}\n`);
  repository.write(DRAFT, draft);
});
afterAll(() => repository.remove());

describe("manuals status", () => {
  it("reports the counts and the gaps as JSON", async () => {
    const run = await runInProcess(["status", "--format", "json", "--today", "2026-12-02"], repository.root);
    expect(run.code).toBe(0);
    const board = JSON.parse(run.stdout) as StatusBoard;
    expect(board.total).toBe(3);
    expect(board.institutions).toEqual([{ key: "district-office", name: "한빛구청", manuals: 3 }]);
    expect(board.departments.map((d) => [d.key, d.manuals])).toEqual([["tax", 2], ["parking", 1]]);
    expect(board.overdue.map((d) => d.file)).toContain(PARKING);
    expect(board.withoutTips.map((m) => m.file)).toEqual([DRAFT]);
    expect(board.scaffold.map((m) => m.file)).toEqual([DRAFT]);
    expect(board.ownersWithoutDeputy.map((o) => [o.login, o.manuals.map((m) => m.file)])).toEqual([[/^owner: (.*)$/m.exec(sample(TAX))![1], [DRAFT]]]);
    const taxOwner = board.people.find((p) => p.login === /^owner: (.*)$/m.exec(sample(TAX))![1])!;
    expect(taxOwner.owner).toBe(2);
  });

  it("prints the board in Korean by default and in English with --lang en", async () => {
    const ko = await runInProcess(["status", "--today", "2026-12-02"], repository.root);
    expect(ko.stdout).toContain("매뉴얼 현황 (2026-12-02 기준, 매뉴얼 3개)");
    expect(ko.stdout).toContain("업무 팁이 비어 있는 매뉴얼 1개");
    expect(ko.stdout).toContain(DRAFT);
    const en = await runInProcess(["--lang", "en", "status", "--today", "2026-12-02"], repository.root);
    expect(en.stdout).toContain("Manual status (as of 2026-12-02, 3 manuals)");
    expect(en.stdout).toContain("1 manuals still holding scaffold guidance");
  });

  it("refuses a bad date with exit code 2", async () => {
    const run = await runInProcess(["status", "--today", "2026-13-40"], repository.root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--today");
  });
});
