// A new manual: front matter from the given answers, the six sections from the sections schema
// with writing guidance (scaffold-text.ts) that the check reports until it is replaced, the laws
// cited and linked.
import { romanize } from "es-hangul";
import type { Registry } from "../generated/registry.ts";
import type { SectionsSpec } from "../sections-spec.ts";
import { sectionGuidance } from "./scaffold-text.ts";

export interface ScaffoldInput {
  id: string;
  title: string;
  institution: string;
  department: string;
  owner: string;
  deputy?: string;
  laws: { law: string; article: string }[];
  tags?: string[];
  today: string;
  reviewCycleMonths?: number;
}

/** A YAML scalar for free text: plain when it reads back as itself, double-quoted otherwise. */
function yamlString(value: string): string {
  return /^[\p{L}\p{N} _.·()-]+$/u.test(value) && !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/^\d/.test(value) && !/^(true|false|null|yes|no|on|off|y|n|~)$/i.test(value) ? value : JSON.stringify(value);
}

/**
 * An id proposed from the Korean title: romanised by the Revised Romanization of Korean (es-hangul),
 * lowercase words joined by hyphens, cut at a word boundary to fit. "야간 소음 민원 처리" → "yagan-soeum-minwon-cheori".
 */
export function proposeId(title: string, maxLength = 80): string {
  const words = romanize(title.normalize("NFC"))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let id = "";
  for (const word of words) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > maxLength) break;
    id = next;
  }
  return id || words[0]?.slice(0, maxLength) || "";
}

export function scaffoldManual(input: ScaffoldInput, spec: SectionsSpec, registry: Registry): { path: string; text: string } {
  const lines = [
    "---",
    `id: ${input.id}`,
    `title: ${yamlString(input.title)}`,
    `institution: ${input.institution}`,
    `department: ${input.department}`,
    `owner: ${yamlString(input.owner)}`,
    ...(input.deputy ? [`deputy: ${yamlString(input.deputy)}`] : []),
    "laws:",
    ...input.laws.flatMap((l) => [`  - law: ${l.law}`, `    article: "${l.article}"`, `    version: ${registry.laws[l.law]?.effective ?? input.today}`]),
    `review_cycle_months: ${input.reviewCycleMonths ?? 12}`,
    `last_reviewed: ${input.today}`,
    `tags: [${(input.tags ?? []).map(yamlString).join(", ")}]`,
    "---",
  ];
  for (const section of spec.sections) {
    lines.push("", `${"#".repeat(spec.level)} ${section.title.ko}`, "", sectionGuidance(section.key, input, registry));
  }
  return { path: `manuals/${input.institution}/${input.department}/${input.id}.md`, text: lines.join("\n") + "\n" };
}
