// The manual's section structure, read against the sections schema's annotations: every
// section-level heading names a known section, once, in the schema's order, at the right level.
import type { Finding } from "../findings.ts";
import { text } from "../messages/text.ts";
import type { ManualDocument, Section } from "../parse/document.ts";
import { sectionKeyOf, suggestSection, type SectionsSpec } from "../sections-spec.ts";

export interface StructureResult {
  findings: Finding[];
  /** Sections by key, for the content schema; a misspelled heading stands for the section it resembles. */
  byKey: Map<string, Section>;
}

export function checkStructure(document: ManualDocument, spec: SectionsSpec): StructureResult {
  const findings: Finding[] = [];
  const file = document.file;
  const byKey = new Map<string, Section>();
  const order = spec.sections.map((s) => s.key);
  const titleOf = (key: string) => spec.sections.find((s) => s.key === key)!.title;
  const orderList = { ko: spec.sections.map((s) => s.title.ko).join(" → "), en: spec.sections.map((s) => s.title.en).join(" → ") };
  const push = (line: number, rule: string, message: Finding["message"], severity: Finding["severity"] = "error") => findings.push({ file, line, rule, severity, message });

  // Headings of the wrong level that name a section, and title headings above the section level.
  for (const heading of document.headings) {
    if (heading.level === spec.level) continue;
    const key = sectionKeyOf(spec, heading.text);
    if (key) {
      const marker = "#".repeat(spec.level);
      push(heading.line, "section-level", text("section.level", { heading: heading.text, level: heading.level, expected: spec.level, marker }));
    } else if (heading.level < spec.level) {
      push(heading.line, "section-title-heading", text("section.title-heading", { heading: heading.text }));
    }
  }

  let furthest = -1;
  for (const section of document.sections) {
    if (section.level !== spec.level) continue;
    let key = sectionKeyOf(spec, section.heading);
    if (!key) {
      const suggestion = suggestSection(spec, section.heading);
      if (suggestion) {
        push(section.line, "section-heading", { ko: text("section.misspelled", { heading: section.heading, suggestion: suggestion.title.ko }).ko, en: text("section.misspelled", { heading: section.heading, suggestion: suggestion.title.en }).en });
        key = suggestion.key;
      } else {
        push(section.line, "section-heading", {
          ko: text("section.unknown", { heading: section.heading, expected: orderList.ko }).ko,
          en: text("section.unknown", { heading: section.heading, expected: orderList.en }).en,
        });
        continue;
      }
    }
    const existing = byKey.get(key);
    if (existing) {
      push(section.line, "section-duplicate", { ko: text("section.duplicate", { title: titleOf(key).ko, first: existing.line }).ko, en: text("section.duplicate", { title: titleOf(key).en, first: existing.line }).en });
      continue;
    }
    byKey.set(key, section);
    const index = order.indexOf(key);
    if (index < furthest) {
      const before = titleOf(order[index - 1] ?? order[0]!);
      const title = titleOf(key);
      push(section.line, "section-order", {
        ko: text("section.order", { title: title.ko, after: index === 0 ? "(본문 처음)" : before.ko, order: orderList.ko }).ko,
        en: text("section.order", { title: title.en, after: index === 0 ? "(start of body)" : before.en, order: orderList.en }).en,
      });
    }
    furthest = Math.max(furthest, index);
  }

  if (document.preamble) push(document.preamble.line, "section-content-before", text("section.content-before"), "warning");
  return { findings, byKey };
}
