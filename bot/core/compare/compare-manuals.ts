// compare(base, head): for each changed manual, what kind of change it is and what changed in its
// legal content — law entries and legal sections — with a diff for reviewers.
import { createHash } from "node:crypto";
import type { Text } from "../findings.ts";
import { parseManual } from "../parse/parse-manual.ts";
import type { ParsedManual } from "../parse/read-manual.ts";
import type { SectionsSpec } from "../sections-spec.ts";
import { compareLawEntries, type LawChange } from "./law-changes.ts";
import { legalContentOf, type LegalContent } from "./legal-content.ts";
import { diffStatements, type StatementDiff } from "./section-diff.ts";

export interface FileVersion {
  file: string;
  text: string;
}

/** One manual on each side of the comparison; null where it does not exist. */
export interface ManualPair {
  base: FileVersion | null;
  head: FileVersion | null;
}

export type ChangeKind = "added" | "deleted" | "moved" | "modified";

export interface SectionChange extends StatementDiff {
  key: string;
  title: Text;
}

export interface ManualChange {
  /** The head path, or the base path of a deleted manual. */
  file: string;
  previousFile?: string;
  id: string | null;
  title: string | null;
  kind: ChangeKind;
  legal: boolean;
  /** Departments whose approval the change needs: head's, base's when deleted, both when moved. */
  departments: string[];
  laws: LawChange[];
  sections: SectionChange[];
  base: LegalContent | null;
  head: LegalContent | null;
}

/** Parses a version; a review passes one that remembers, so each manual is parsed once per event. */
export type ParseVersion = (version: FileVersion) => ParsedManual;

function contentOf(version: FileVersion | null, spec: SectionsSpec, parse: ParseVersion): LegalContent | null {
  if (!version) return null;
  const parsed = parse(version);
  if (!parsed.document) {
    const unreadable = createHash("sha256").update(version.text).digest("hex").slice(0, 16);
    return { id: null, title: null, institution: null, department: null, owner: null, laws: [], sections: {}, unreadable };
  }
  return legalContentOf(parsed.document, spec);
}

/** Pairs a deleted and an added file with the same id: a move that git did not detect as a rename. */
function pairMoves(pairs: ManualPair[], spec: SectionsSpec, parse: ParseVersion): { pair: ManualPair; base: LegalContent | null; head: LegalContent | null }[] {
  const items = pairs.map((pair) => ({ pair, base: contentOf(pair.base, spec, parse), head: contentOf(pair.head, spec, parse) }));
  const addedById = new Map<string, (typeof items)[number]>();
  for (const item of items) if (!item.pair.base && item.head?.id) addedById.set(item.head.id, item);
  const merged: typeof items = [];
  const consumed = new Set<(typeof items)[number]>();
  for (const item of items) {
    if (!item.pair.head && item.base?.id) {
      const partner = addedById.get(item.base.id);
      if (partner && !consumed.has(partner)) {
        consumed.add(partner);
        merged.push({ pair: { base: item.pair.base, head: partner.pair.head }, base: item.base, head: partner.head });
        continue;
      }
    }
    merged.push(item);
  }
  return merged.filter((item) => !consumed.has(item));
}

export function compareManuals(pairs: readonly ManualPair[], spec: SectionsSpec, parse?: ParseVersion): ManualChange[] {
  const changes: ManualChange[] = [];
  const parseVersion = parse ?? ((version: FileVersion) => parseManual(version.file, version.text, { sectionLevel: spec.level }));
  for (const { pair, base, head } of pairMoves([...pairs], spec, parseVersion)) {
    if (!pair.base && !pair.head) continue;
    const file = (pair.head ?? pair.base)!.file;
    // A side whose front matter cannot be read has no department: a broken manual, not a move.
    const differs = (a: string | null | undefined, b: string | null | undefined) => a != null && b != null && a !== b;
    const moved = !!pair.base && !!pair.head && (pair.base.file !== pair.head.file || differs(base?.department, head?.department) || differs(base?.institution, head?.institution));
    const kind: ChangeKind = !pair.base ? "added" : !pair.head ? "deleted" : moved ? "moved" : "modified";
    const laws = compareLawEntries(base?.laws ?? [], head?.laws ?? []);
    const sections: SectionChange[] = [];
    for (const section of spec.sections) {
      if (!section.legal) continue;
      const diff = diffStatements(base?.sections[section.key] ?? [], head?.sections[section.key] ?? []);
      if (diff) sections.push({ key: section.key, title: section.title, ...diff });
    }
    const departments = [...new Set([kind === "added" ? null : base?.department, kind === "deleted" ? null : head?.department].filter((d): d is string => !!d))];
    // A side that cannot be read has no legal content to compare: any change to it may be legal.
    const unreadableChange = (base?.unreadable !== undefined || head?.unreadable !== undefined) && base?.unreadable !== head?.unreadable;
    if (kind === "modified" && laws.length === 0 && sections.length === 0 && !unreadableChange) {
      changes.push({ file, id: head?.id ?? null, title: head?.title ?? null, kind, legal: false, departments, laws, sections, base, head });
      continue;
    }
    changes.push({
      file,
      ...(pair.base && pair.head && pair.base.file !== pair.head.file ? { previousFile: pair.base.file } : {}),
      id: head?.id ?? base?.id ?? null,
      title: head?.title ?? base?.title ?? null,
      kind,
      legal: true,
      departments,
      laws,
      sections,
      base,
      head,
    });
  }
  return changes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
