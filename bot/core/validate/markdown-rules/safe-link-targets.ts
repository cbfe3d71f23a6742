// wm-safe-link-targets: only repository files and https addresses may be linked; script-capable
// schemes (javascript:, data:, vbscript:, file:) are errors and plain http is a warning.
import type { Rule } from "markdownlint";
import { linkTargets } from "../../parse/links.ts";
import { encodeDetail } from "./rule-message.ts";

const UNSAFE = /^(javascript|vbscript|data|file):/i;

export const safeLinkTargets: Rule = {
  names: ["wm-safe-link-targets"],
  description: "Links must point at repository files or https addresses",
  tags: ["links", "security"],
  parser: "micromark",
  function(params, onError) {
    for (const link of linkTargets(params.parsers.micromark.tokens)) {
      // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
      const compact = link.href.replace(/[\u0000-\u0020\u007f]/g, "");
      if (UNSAFE.test(compact)) {
        onError({ lineNumber: link.line, detail: encodeDetail("markdown.unsafe-link", { href: link.href.slice(0, 80) }) });
      }
    }
  },
};
