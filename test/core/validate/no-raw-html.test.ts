// HTML that spans lines is reported as the project's finding, not as a markdownlint rule failure
// (a range past the end of the line makes markdownlint reject the report).
import { expect, test } from "vitest";
import { parseManual } from "../../../bot/core/parse/parse-manual.ts";
import { markdownRules } from "../../../bot/core/validate/markdown-rules/rule-set.ts";

test.each([
  ["an unterminated declaration", 'id: ["<!A"]\nid: {">":null}', "<!A\"]>"],
  ["a tag whose attributes continue on the next line", "text <b\nclass='x'>bold</b>\n", "<b>"],
])("%s", (_name, input, tag) => {
  const html = parseManual("manuals/district-office/tax/m.md", input, { rules: markdownRules }).findings.filter((f) => f.rule.includes("raw-html"));
  expect(html).toEqual([expect.objectContaining({ rule: "wm-no-raw-html", line: 1, severity: "error" })]);
  expect(html[0]!.message.en).toContain(`HTML (${tag})`);
});
