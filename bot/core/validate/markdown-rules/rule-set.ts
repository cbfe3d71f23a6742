// The Markdown form rules as the parse runs them: the built-in markdownlint rules the project
// enables and its own, with their severity and wording from the catalog.
import type { Severity } from "../../findings.ts";
import { text } from "../../messages/text.ts";
import type { MarkdownRuleSet } from "../../parse/markdown-rule-set.ts";
import { builtinRules } from "./builtin-rules.ts";
import { projectRules } from "./project-rules.ts";
import { decodeDetail } from "./rule-message.ts";

const severityOf = new Map<string, Severity>([
  ...Object.entries(builtinRules).map(([name, rule]) => [name, rule.severity] as const),
  ...projectRules.map(({ rule, severity }) => [rule.names[0]!, severity] as const),
]);

export const markdownRules: MarkdownRuleSet = {
  builtin: Object.keys(builtinRules),
  custom: projectRules.map(({ rule }) => rule),
  toFinding(error, file, line) {
    const name = error.ruleNames[0] ?? "markdown";
    const custom = decodeDetail(error.errorDetail);
    const builtin = builtinRules[name];
    // A rule that failed on this line says so in the catalog's words: markdownlint's own exception
    // text is English, internal, and not even the same for the same line in every run.
    const failed = error.errorDetail?.startsWith("This rule threw an exception") ?? false;
    const lint = (lang: "ko" | "en") =>
      text(failed ? "markdown.rule-failed" : "markdown.lint", { rule: name, description: builtin?.description[lang] ?? error.ruleDescription, detail: failed ? "" : (error.errorDetail ?? "") })[lang];
    return {
      file,
      line,
      ...(error.errorRange ? { column: error.errorRange[0] } : {}),
      rule: custom ? name : `markdownlint/${error.ruleNames.join("/")}`,
      severity: severityOf.get(name) ?? "warning",
      message: custom ? text(custom.id, custom.params) : { ko: lint("ko"), en: lint("en") },
    };
  },
};
