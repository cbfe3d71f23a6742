// One bad file never takes the others down, nor hangs the check. A repository of ordinary manuals
// and hostile ones (each a shape that crashed the check, exhausted its memory or ran for minutes)
// is checked in one run: every ordinary manual gets its own result, each hostile one a finding
// that says what is wrong with it, and the run ends within the per-file budget.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCheck, type CheckResult } from "../../bot/local/check/run-check.ts";
import { fixturesRoot } from "../support/fixture-expectations.ts";
import { createTempRepository, type TempRepository } from "../support/temp-repository.ts";

const DIR = "manuals/community-center/dong-civil";
const BUDGET_MS = 2_000;
const baseline = readFileSync(`${fixturesRoot}manuals/community-center/dong-civil/valid-baseline.md`, "utf8").split("<!-- expect")[0]!;

/** A valid manual with `body` as its 업무 팁. */
function manual(id: string, body: string): string {
  return baseline.replace("id: valid-baseline", `id: ${id}`).replace(/## 업무 팁\n\n[^\n]*\n/, `## 업무 팁\n\n${body}\n`);
}

const wrapped = (text: string, width = 5_000) => text.match(new RegExp(`[\\s\\S]{1,${width}}`, "g"))!.join("\n");

/** Each hostile shape, and the rule of the one finding it must get. */
const hostile: Record<string, { body: string; rule: string }> = {
  "quotes-10000": { body: ">".repeat(10_000) + " 인용", rule: "input-limit" },
  "quotes-10000-spaced": { body: "> ".repeat(4_999) + "x", rule: "input-limit" },
  "dashes-10000": { body: "- ".repeat(4_999) + "x", rule: "input-limit" },
  "quotes-one-deeper-each-line": { body: Array.from({ length: 300 }, (_, i) => ">".repeat(i + 1) + " 줄").join("\n"), rule: "input-limit" },
  "list-indented-deeper-each-line": { body: Array.from({ length: 600 }, (_, i) => "  ".repeat(i) + "- 항목").join("\n"), rule: "input-limit" },
  "brackets-20000": { body: wrapped("[".repeat(20_000) + "a" + "]".repeat(20_000)), rule: "input-limit" },
  "star-line-400k": { body: "*a **a ".repeat(57_000), rule: "input-limit" },
  "emphasis-paragraph-200k": { body: wrapped("*a_ ".repeat(50_000)), rule: "input-limit" },
  "closers-paragraph-200k": { body: wrapped("a] ".repeat(66_000)), rule: "input-limit" },
  // Within every bound but slow all the same (markdownlint's MD032 on thousands of lists in quotes
  // of changing depth): the worker's time budget stops it.
  "lists-in-changing-quotes": { body: Array.from({ length: 3_000 }, (_, i) => "> ".repeat(i % 30) + "- a").join("\n"), rule: "too-complex" },
};
const ordinary = Array.from({ length: 12 }, (_, i) => `ordinary-${i}`);

describe("a check over hostile files and ordinary ones", () => {
  let repository: TempRepository;
  let result: CheckResult;
  let seconds: number;

  beforeAll(async () => {
    repository = createTempRepository();
    repository.write(`${DIR}/files/move-in-checklist.txt`, "전입신고 접수 점검표\n");
    for (const id of ordinary) repository.write(`${DIR}/${id}.md`, manual(id, "- 이사철과 월말에 전입신고가 몰립니다."));
    for (const [id, { body }] of Object.entries(hostile)) repository.write(`${DIR}/${id}.md`, manual(id, body));
    const started = performance.now();
    result = await runCheck({ root: repository.root, cwd: repository.root, paths: [], cache: false, today: "2026-11-23", fileBudgetMs: BUDGET_MS });
    seconds = (performance.now() - started) / 1000;
  }, 120_000);
  afterAll(() => repository?.remove());

  test("every ordinary manual is checked and clean", () => {
    for (const id of ordinary) {
      const file = `${DIR}/${id}.md`;
      expect(result.summaries.find((s) => s.file === file)?.parsed, file).toBe(true);
      expect(result.findings.filter((f) => f.file === file)).toEqual([]);
    }
  });

  test.each(Object.entries(hostile))("%s gets one finding that says why", (id, { rule }) => {
    const findings = result.findings.filter((f) => f.file === `${DIR}/${id}.md`);
    expect(findings.map((f) => f.rule)).toEqual([rule]);
    expect(findings[0]!.severity).toBe("error");
    if (rule === "input-limit") expect(findings[0]!.message.en).toMatch(/\d/); // the bound is stated
    if (rule === "too-complex") expect(findings[0]!.message.en).toContain(`${BUDGET_MS / 1000} s`);
  });

  test("the run ends within the budget", () => {
    console.info(`[hostile corpus] ${Object.keys(hostile).length} hostile files, ${ordinary.length} ordinary: ${seconds.toFixed(1)} s (budget ${BUDGET_MS / 1000} s a file)`);
    expect(seconds).toBeLessThan(30);
  });
});
