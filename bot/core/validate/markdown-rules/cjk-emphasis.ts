// wm-cjk-emphasis: CommonMark's flanking rules leave `**「법」**에` as literal asterisks; the
// parser turns such unmatched delimiters into plain text, which is what this rule looks for.
import type { Rule } from "markdownlint";
import { descendants, within } from "../../parse/tokens.ts";
import { encodeDetail } from "./rule-message.ts";

const SKIP = new Set(["codeText", "codeFenced", "codeIndented", "htmlFlow", "htmlText"]);

export const cjkEmphasis: Rule = {
  names: ["wm-cjk-emphasis"],
  description: "Emphasis next to Korean punctuation does not render",
  tags: ["emphasis", "korean"],
  parser: "micromark",
  function(params, onError) {
    for (const token of descendants(params.parsers.micromark.tokens)) {
      if (token.type !== "data" || !/^(\*\*|__)$/.test(token.text) || within(token, SKIP)) continue;
      const line = params.lines[token.startLine - 1] ?? "";
      const rest = line.slice(token.startColumn - 1);
      const text = /^(\*\*|__).{0,30}?(\*\*|__)/u.exec(rest)?.[0] ?? rest.slice(0, 20);
      onError({ lineNumber: token.startLine, detail: encodeDetail("markdown.cjk-emphasis", { text }) });
      return; // one finding per file is enough to make the author look
    }
  },
};
