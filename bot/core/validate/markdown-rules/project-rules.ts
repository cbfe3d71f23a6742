// The project's own markdownlint rules, one per file; this list is what the parser enables.
import type { Rule } from "markdownlint";
import type { Severity } from "../../findings.ts";
import { cjkEmphasis } from "./cjk-emphasis.ts";
import { insecureLinks } from "./insecure-links.ts";
import { noRawHtml } from "./no-raw-html.ts";
import { safeLinkTargets } from "./safe-link-targets.ts";

export const projectRules: { rule: Rule; severity: Severity }[] = [
  { rule: noRawHtml, severity: "error" },
  { rule: safeLinkTargets, severity: "error" },
  { rule: insecureLinks, severity: "warning" },
  { rule: cjkEmphasis, severity: "warning" },
];
