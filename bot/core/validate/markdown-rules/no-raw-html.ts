// wm-no-raw-html: manuals are plain CommonMark; raw HTML is never published, so say so where it is written.
import type { Rule } from "markdownlint";
import { findAll } from "../../parse/tokens.ts";
import { encodeDetail } from "./rule-message.ts";

const HTML = new Set(["htmlFlow", "htmlText"]);

export const noRawHtml: Rule = {
  names: ["wm-no-raw-html"],
  description: "Raw HTML is not allowed in manuals",
  tags: ["html", "security"],
  parser: "micromark",
  function(params, onError) {
    // markdownlint re-parses an HTML block's content as inline HTML, so one tag can appear as both
    // the block and its first inline child; report each place once. The children still matter: a
    // block that opens with a comment can go on to a tag on the same line.
    const reported = new Set<string>();
    for (const token of findAll(params.parsers.micromark.tokens, HTML)) {
      const place = `${token.startLine}:${token.startColumn}`;
      if (reported.has(place)) continue;
      reported.add(place);
      const text = token.text.trim();
      if (text.startsWith("<!--") || text.startsWith("</")) continue; // comments run nothing; a closing tag repeats its opening one
      const tag = (/^<\/?[A-Za-z][A-Za-z0-9-]*/.exec(text)?.[0] ?? (text.split("\n")[0] ?? "").slice(0, 20)) + ">";
      // markdownlint rejects a range that runs past the end of its line (HTML can span lines).
      const rest = (params.lines[token.startLine - 1] ?? "").length - token.startColumn + 1;
      const length = Math.max(1, Math.min(token.text.length, 40, rest));
      onError({ lineNumber: token.startLine, detail: encodeDetail("markdown.raw-html", { tag }), range: [token.startColumn, length] });
    }
  },
};
