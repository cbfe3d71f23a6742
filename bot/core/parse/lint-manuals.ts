// One markdownlint run over several manuals: it parses each body once with micromark, hands the
// tokens to the projection (through a capture rule, so the form rules and the projection share the
// parse) and runs the form rules the rule set names. markdownlint then sets itself up (checks the
// custom rules, maps rule names) once for the batch rather than per manual.
import { lint } from "markdownlint/sync";
import type { LintError, Rule } from "markdownlint";
import type { MarkdownRuleSet } from "./markdown-rule-set.ts";
import type { Token } from "./tokens.ts";

export interface LintedManual {
  /** markdownlint's errors for the body (lines counted in the body). */
  errors: LintError[];
}

/**
 * Lints the bodies, calling `capture(index, tokens)` as each is parsed and `done(index)` after its
 * last rule. Throws when markdownlint itself fails (its parser, not a rule: a rule's exception
 * becomes one of its errors).
 */
export function lintBodies(
  bodies: ReadonlyMap<number, string>,
  rules: MarkdownRuleSet | undefined,
  capture: (index: number, tokens: readonly Token[]) => void,
  done: (index: number) => void = () => {},
): Map<number, LintError[]> {
  if (bodies.size === 0) return new Map();
  const captureRule: Rule = {
    names: ["wm-capture"],
    description: "Captures the parse for the manual document",
    tags: ["internal"],
    parser: "micromark",
    function(params) {
      capture(Number(params.name), params.parsers.micromark.tokens);
    },
  };
  // markdownlint runs custom rules after the built-in ones, in order: this one is each file's last.
  const doneRule: Rule = {
    names: ["wm-done"],
    description: "Marks the end of a manual's rules",
    tags: ["internal"],
    parser: "none",
    function(params) {
      done(Number(params.name));
    },
  };
  const config: Record<string, boolean> = { default: false, "wm-capture": true, "wm-done": true };
  for (const name of rules?.builtin ?? []) config[name] = true;
  for (const rule of rules?.custom ?? []) config[rule.names[0]!] = true;
  const strings: Record<string, string> = {};
  for (const [index, body] of bodies) strings[String(index)] = body;
  const results = lint({ strings, config, customRules: [captureRule, ...(rules?.custom ?? []), doneRule], frontMatter: null, noInlineConfig: true, handleRuleFailures: true });
  return new Map([...bodies.keys()].map((index) => [index, results[String(index)] ?? []]));
}
