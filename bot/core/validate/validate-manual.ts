// validate (per file): the parsed manual against the front-matter and sections schemas and the
// structure the sections schema describes. Repository-wide rules run later over all summaries.
import type { Finding } from "../findings.ts";
import type { ParsedManual } from "../parse/parse-manual.ts";
import type { Validators } from "../schemas.ts";
import { sectionsSpec, type SectionsSpec } from "../sections-spec.ts";
import { text } from "../messages/text.ts";
import { summariseFrontMatter, type ManualSummary } from "./manual-summary.ts";
import { completenessOf } from "./completeness.ts";
import { readingOf } from "./reading.ts";
import { placeholderFindings } from "./scaffold-placeholders.ts";
import { schemaFindings } from "./schema-findings.ts";
import { checkStructure } from "./structure.ts";

export interface ManualCheck {
  findings: Finding[];
  summary: ManualSummary;
}

const specs = new WeakMap<Validators, SectionsSpec>();
export function specOf(validators: Validators): SectionsSpec {
  let spec = specs.get(validators);
  if (!spec) specs.set(validators, (spec = sectionsSpec(validators.sectionsSchema)));
  return spec;
}

export function validateManual(parsed: ParsedManual, validators: Validators): ManualCheck {
  const { file, document } = parsed;
  const findings = [...parsed.findings];
  const summary: ManualSummary = { file, parsed: document !== null, laws: [], citations: [], links: [] };
  if (!document) return { findings, summary };
  const spec = specOf(validators);

  // Front matter
  const data = document.frontMatter;
  if (data !== undefined) {
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      // Empty (null), a list or a scalar: nothing to validate or summarise.
      findings.push({ file, line: 2, rule: "front-matter-syntax", severity: "error", message: text("front-matter.not-object") });
    } else {
      if (!validators.frontMatter(data)) {
        findings.push(...schemaFindings(validators.frontMatter.errors, { file, rootSchema: validators.frontMatter.schema as object, locate: parsed.locate, rulePrefix: "front-matter" }));
      }
      Object.assign(summary, summariseFrontMatter(file, data, parsed.locate), { parsed: true });
    }
  }

  // Structure and section content
  const structure = checkStructure(document, spec);
  findings.push(...structure.findings);
  const content: Record<string, object> = {};
  for (const [key, section] of structure.byKey) {
    content[key] = { words: section.words, lists: section.lists, tables: section.tables, links: section.links, citations: section.citations };
  }
  if (!validators.sections(content)) {
    findings.push(
      // A missing section (root-level `required`) is worded below with its title and place.
      ...schemaFindings(validators.sections.errors?.filter((e) => !(e.keyword === "required" && e.instancePath === "")), {
        file,
        rootSchema: validators.sectionsSchema,
        rulePrefix: "section-content",
        locate: (path) => {
          const [key] = path;
          const section = key === undefined ? undefined : structure.byKey.get(String(key));
          if (section) return { line: section.line };
          return { line: document.bodyLine };
        },
      }),
    );
  }
  // Missing sections are worded with the section's own title and where it belongs.
  for (const [index, section] of spec.sections.entries()) {
    if (!section.required || structure.byKey.has(section.key)) continue;
    const previous = spec.sections.slice(0, index).reverse().find((s) => structure.byKey.has(s.key));
    // Just after the previous section, or where the body starts; never past the end of the file.
    const anchor = Math.min(previous ? structure.byKey.get(previous.key)!.endLine + 1 : document.bodyLine, document.lineCount);
    findings.push({
      file,
      line: anchor,
      rule: "section-missing",
      severity: "error" as const,
      message: { ko: text("section.missing", { title: section.title.ko, after: previous?.title.ko ?? "" }).ko, en: text("section.missing", { title: section.title.en, after: previous?.title.en ?? "" }).en },
    });
  }

  // A legal section a reader sees as empty (its text all in comments) is not a legal section at all.
  for (const section of spec.sections) {
    const found = structure.byKey.get(section.key);
    if (section.legal && found && found.blocks.length === 0) {
      findings.push({
        file,
        line: found.line,
        rule: "section-empty",
        severity: "error",
        message: { ko: text("section.empty-legal", { title: section.title.ko }).ko, en: text("section.empty-legal", { title: section.title.en }).en },
      });
    }
  }
  findings.push(...placeholderFindings(document));

  for (const section of spec.sections) {
    if (section.legal) summary.citations.push(...(structure.byKey.get(section.key)?.citations ?? []));
  }
  summary.links = document.sections.flatMap((s) => s.links);
  summary.reading = readingOf(document, structure.byKey.get("overview"));
  summary.completeness = completenessOf(document, spec);
  return { findings, summary };
}
