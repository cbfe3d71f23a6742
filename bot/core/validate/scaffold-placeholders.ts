// A manual made by `manuals new` starts with writing guidance in every section; until each line of
// it is replaced, the manual is not ready to publish. One finding per guidance line left.
import type { Finding } from "../findings.ts";
import { isPlaceholderLine, PLACEHOLDER_MARK } from "../new-manual/scaffold-text.ts";
import { text } from "../messages/text.ts";
import type { ManualDocument } from "../parse/document.ts";

export function placeholderFindings(document: ManualDocument): Finding[] {
  const findings: Finding[] = [];
  for (const section of document.sections) {
    const lines = section.text.split("\n");
    // The section's text ends at its last content line: count back from there.
    lines.forEach((line, index) => {
      if (!isPlaceholderLine(line)) return;
      const shown = line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "").replace(PLACEHOLDER_MARK, "").trim();
      findings.push({
        file: document.file,
        line: section.endLine - (lines.length - 1 - index),
        rule: "scaffold-placeholder",
        severity: "error",
        message: text("section.placeholder", { section: section.heading, text: shown.length > 60 ? `${shown.slice(0, 60)}…` : shown }),
      });
    });
  }
  return findings;
}
