// wm-insecure-links: plain http links leak what staff read and can be tampered with; ask for https.
import type { Rule } from "markdownlint";
import { linkTargets } from "../../parse/links.ts";
import { encodeDetail } from "./rule-message.ts";

export const insecureLinks: Rule = {
  names: ["wm-insecure-links"],
  description: "Links should use https",
  tags: ["links"],
  parser: "micromark",
  function(params, onError) {
    for (const link of linkTargets(params.parsers.micromark.tokens)) {
      if (/^http:\/\//i.test(link.href)) onError({ lineNumber: link.line, detail: encodeDetail("markdown.insecure-link", { href: link.href }) });
    }
  },
};
