// A failure inside the checker on one manual is a finding for that manual; the others in the same
// batch keep exactly the results they get alone.
import { readFileSync } from "node:fs";
import type { Rule } from "markdownlint";
import { expect, test } from "vitest";
import { checkManual, checkManuals } from "../../bot/core/check-manual.ts";
import { parseManuals } from "../../bot/core/parse/parse-manual.ts";
import type { Validators } from "../../bot/core/schemas.ts";
import { markdownRules } from "../../bot/core/validate/markdown-rules/rule-set.ts";
import { fixturesRoot } from "../support/fixture-expectations.ts";
import { validators } from "../support/samples.ts";

const baseline = readFileSync(`${fixturesRoot}manuals/community-center/dong-civil/valid-baseline.md`, "utf8");
const inputs = ["a", "boom", "b"].map((id) => ({ file: `manuals/community-center/dong-civil/${id}.md`, input: baseline.replace("id: valid-baseline", `id: ${id}`) }));

test("validation that throws on one manual: that manual gets check-failed, the others their own results", () => {
  const frontMatter = Object.assign(
    (data: unknown) => {
      if ((data as { id?: string }).id === "boom") throw new RangeError("Maximum call stack size exceeded");
      return validators.frontMatter(data);
    },
    { schema: validators.frontMatter.schema, errors: null },
  ) as unknown as Validators["frontMatter"];
  const checks = checkManuals(inputs, { ...validators, frontMatter });
  expect(checks[1]!.findings.map((f) => [f.rule, f.severity, f.line])).toEqual([["check-failed", "error", 1]]);
  expect(checks[1]!.findings[0]!.message.en).toContain("RangeError: Maximum call stack size exceeded");
  expect(checks[1]!.summary.parsed).toBe(false);
  expect([checks[0], checks[2]]).toEqual([checkManual(inputs[0]!.file, inputs[0]!.input, validators), checkManual(inputs[2]!.file, inputs[2]!.input, validators)]);
  expect(checks[0]!.findings).toEqual([]);
});

test("a form rule or the wording of its findings throwing on one manual stays with that manual", () => {
  const throwing: Rule = {
    names: ["test-throws"],
    description: "throws on one manual",
    tags: ["test"],
    parser: "micromark",
    function(params, onError) {
      if (params.lines.some((line) => line.includes("boom"))) onError({ lineNumber: 1, detail: "boom" });
    },
  };
  const rules = {
    ...markdownRules,
    custom: [...markdownRules.custom, throwing],
    toFinding: (...args: Parameters<typeof markdownRules.toFinding>) => {
      if (args[0].errorDetail === "boom") throw new Error("cannot word it");
      return markdownRules.toFinding(...args);
    },
  };
  const body = inputs.map((input, i) => ({ ...input, input: i === 1 ? input.input.replace("## 업무 팁\n\n", "## 업무 팁\n\nboom\n\n") : input.input }));
  const parsed = parseManuals(body, { rules });
  expect(parsed[1]!.findings.map((f) => f.rule)).toEqual(["check-failed"]);
  expect(parsed[1]!.document).toBeNull();
  expect(parsed[0]!.findings).toEqual([]);
  expect(parsed[2]!.document?.sections.map((s) => s.heading)).toEqual(["업무개요", "업무처리절차", "관련법령", "관련기관 현황", "업무 팁", "관련자료"]);
});
