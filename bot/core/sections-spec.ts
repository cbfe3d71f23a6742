// Reads the sections schema's annotations into the order, titles, aliases and legal flags that
// the structure check, compare and the site use, and matches headings to sections.
import { closeMatch } from "./messages/suggestion.ts";
import type { Text } from "./findings.ts";
import { bilingual } from "./messages/text.ts";
import type { ManualDocument, Section } from "./parse/document.ts";
import type { SectionsSchema } from "./schemas.ts";

export interface SectionSpec {
  key: string;
  title: Text;
  aliases: string[];
  legal: boolean;
  required: boolean;
}

export interface SectionsSpec {
  level: number;
  sections: SectionSpec[];
}

export function sectionsSpec(schema: SectionsSchema): SectionsSpec {
  const required = new Set(schema.required ?? []);
  return {
    level: schema["x-section-level"] ?? 2,
    sections: Object.entries(schema.properties ?? {}).map(([key, section]) => {
      const title = bilingual(section["x-title"], key);
      return {
        key,
        title,
        aliases: [...new Set([title.ko, title.en, ...(section["x-aliases"] ?? [])])],
        legal: section["x-legal"] === true,
        required: required.has(key),
      };
    }),
  };
}

export function normaliseHeading(heading: string): string {
  return heading.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

function aliasIndex(spec: SectionsSpec): Map<string, string> {
  const index = new Map<string, string>();
  for (const section of spec.sections) for (const alias of section.aliases) index.set(normaliseHeading(alias), section.key);
  return index;
}

const indexes = new WeakMap<SectionsSpec, Map<string, string>>();

/** The section key a heading names exactly (aliases, spacing and case aside), or null. */
export function sectionKeyOf(spec: SectionsSpec, heading: string): string | null {
  let index = indexes.get(spec);
  if (!index) indexes.set(spec, (index = aliasIndex(spec)));
  return index.get(normaliseHeading(heading)) ?? null;
}

/** A likely intended section title for a misspelled heading, or null when nothing is close. */
export function suggestSection(spec: SectionsSpec, heading: string): SectionSpec | null {
  const compact = (s: string) => normaliseHeading(s).replace(/\s/g, "");
  const candidates = spec.sections.flatMap((s) => s.aliases.map((alias) => ({ s, alias })));
  const best = closeMatch(heading, candidates.map((c) => c.alias), compact);
  return candidates.find((c) => c.alias === best)?.s ?? null;
}

/** The document's sections by key (first occurrence wins), in document order. */
export function sectionsByKey(spec: SectionsSpec, document: ManualDocument): Map<string, Section> {
  const byKey = new Map<string, Section>();
  for (const section of document.sections) {
    if (section.level !== spec.level) continue;
    const key = sectionKeyOf(spec, section.heading);
    if (key && !byKey.has(key)) byKey.set(key, section);
  }
  return byKey;
}
