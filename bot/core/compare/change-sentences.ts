// What a change did to a manual, in sentences a reader understands: "「주민등록법」 제40조의 기준
// 시행일을 2024-01-01에서 2026-01-01로 바꿨습니다." From the compare's result (law entries and legal
// sections), so the site's history, the 법령 변경 page and its feeds say the same thing.
import type { Language } from "../findings.ts";
import { say } from "../messages/text.ts";
import type { ChangeKind } from "./compare-manuals.ts";
import type { LawChange } from "./law-changes.ts";

export interface DescribedChange {
  kind: ChangeKind;
  laws: readonly LawChange[];
  /** Titles of the legal sections whose text changed, in the reader's language. */
  sections: readonly string[];
  /** For a move: the department names when they differ, otherwise the file names. */
  move?: { departments: boolean; from: string; to: string } | null;
}

/**
 * Whether a reader would call the change a law change: a law entry or a legal section's text
 * changed, or the manual (and its legal guidance) appeared or went away. A rename or a move that
 * leaves the legal content as it was is not one, though its review still asks the departments.
 */
export function changesLaw(change: { kind: ChangeKind; laws: readonly unknown[]; sections: readonly unknown[] }): boolean {
  return change.kind === "added" || change.kind === "deleted" || change.laws.length > 0 || change.sections.length > 0;
}

function lawSentence(lang: Language, law: LawChange, name: string): string {
  if (law.change === "added") return say(lang, "change.law-added", { name, article: law.article, version: law.after?.version ?? "" });
  if (law.change === "removed") return say(lang, "change.law-removed", { name, article: law.article });
  const before = law.before ?? { article: law.article, version: "" };
  const after = law.after ?? { article: law.article, version: "" };
  if (before.article === after.article) return say(lang, "change.law-version", { name, article: after.article, from: before.version, to: after.version });
  if (before.version === after.version) return say(lang, "change.law-article", { name, from: before.article, to: after.article });
  return say(lang, "change.law-article-version", { name, from: before.article, to: after.article, fromVersion: before.version, toVersion: after.version });
}

/** One sentence per fact: the manual created, deleted or moved, each law entry, the legal sections edited. */
export function changeSentences(lang: Language, change: DescribedChange, lawName: (law: string) => string): string[] {
  if (change.kind === "added") return [say(lang, "change.manual-added")];
  if (change.kind === "deleted") return [say(lang, "change.manual-deleted")];
  const sentences: string[] = [];
  if (change.kind === "moved" && change.move) sentences.push(say(lang, change.move.departments ? "change.moved-department" : "change.renamed", { from: change.move.from, to: change.move.to }));
  for (const law of change.laws) sentences.push(lawSentence(lang, law, lawName(law.law)));
  if (change.sections.length) sentences.push(say(lang, "change.sections", { sections: change.sections.join(say(lang, "change.sections-separator")) }));
  return sentences;
}
