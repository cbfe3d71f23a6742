// The books: the approved manuals gathered per department and per institution, each manual with
// its card and its six sections' Markdown. Pure data; the HTML, EPUB and PDF are made from it.
import type { Language } from "../findings.ts";
import { say } from "../messages/text.ts";
import type { ManualDocument } from "../parse/document.ts";
import { personLabel, personText } from "../people/person-label.ts";
import type { Registry } from "../registry.ts";
import { addMonths } from "../schedule/review-due.ts";
import { sectionsByKey, type SectionsSpec } from "../sections-spec.ts";
import type { ManualSummary } from "../validate/manual-summary.ts";

/** The commit whose text a reader gets, and its date (YYYY-MM-DD). */
export interface Approval {
  sha: string;
  date: string;
}

export interface BookSection {
  key: string;
  title: string;
  /** The section's Markdown, or null when the manual lacks it. */
  markdown: string | null;
}

export interface BookManual {
  file: string;
  id: string;
  title: string;
  institution: { key: string; name: string };
  department: { key: string; name: string };
  /** "김민수 주무관 · 02-2100-3121 (@kim-minsu)" from manuals/people.yml, "@kim-minsu" when not registered. */
  owner: string | null;
  deputy: string | null;
  lastReviewed: string | null;
  due: string | null;
  laws: { name: string; article: string; version: string }[];
  sections: BookSection[];
  approved: Approval | null;
}

export interface Book {
  /** Where the book lives under books/: "district-office" or "district-office/parking". */
  key: string;
  kind: "institution" | "department";
  title: string;
  subtitle: string;
  manuals: BookManual[];
  /** The newest approval among the book's manuals: the state of the text the book shows. */
  approved: Approval | null;
  lang: Language;
}

export interface BookManualInput {
  summary: ManualSummary;
  document: ManualDocument;
  approved: Approval | null;
}

export function bookManual({ summary, document, approved }: BookManualInput, registry: Registry, spec: SectionsSpec, lang: Language): BookManual {
  const byKey = sectionsByKey(spec, document);
  const institution = summary.institution?.value ?? "";
  const department = summary.department?.value ?? "";
  const last = summary.lastReviewed?.value ?? null;
  return {
    file: summary.file,
    id: summary.id?.value ?? summary.file,
    title: summary.title ?? summary.id?.value ?? summary.file,
    institution: { key: institution, name: (registry.institutions[institution]?.name[lang] ?? registry.institutions[institution]?.name.ko) ?? institution },
    department: { key: department, name: (registry.departments[department]?.name[lang] ?? registry.departments[department]?.name.ko) ?? department },
    owner: summary.owner ? personText(personLabel(registry.people, summary.owner.value)) : null,
    deputy: summary.deputy ? personText(personLabel(registry.people, summary.deputy.value)) : null,
    lastReviewed: last,
    due: last && /^\d{4}-\d{2}-\d{2}$/.test(last) && summary.reviewCycleMonths ? addMonths(last, summary.reviewCycleMonths) : null,
    laws: summary.laws.map((l) => ({ name: registry.laws[l.law]?.name ?? l.law, article: l.article, version: l.version })),
    sections: spec.sections.map((s) => ({ key: s.key, title: s.title[lang], markdown: byKey.get(s.key)?.text ?? null })),
    approved,
  };
}

function newest(manuals: readonly BookManual[]): Approval | null {
  let best: Approval | null = null;
  for (const m of manuals) if (m.approved && (!best || m.approved.date > best.date)) best = m.approved;
  return best;
}

function registryOrder(keys: readonly string[], known: readonly string[]): string[] {
  const present = new Set(keys);
  return [...known.filter((k) => present.has(k)), ...[...present].filter((k) => !known.includes(k)).sort()];
}

export interface BooksInput {
  manuals: readonly BookManual[];
  registry: Registry;
  builtOn: string;
  lang: Language;
}

/**
 * One book per institution and one per department, institutions in the registry's order, departments
 * as the registry lists them, manuals by title within a department (an institution's book is its
 * departments' books in turn).
 */
export function books({ manuals, registry, builtOn, lang }: BooksInput): Book[] {
  const collator = new Intl.Collator(lang);
  const institutions = registryOrder(
    manuals.map((m) => m.institution.key),
    Object.entries(registry.institutions)
      .sort(([a, x], [b, y]) => (x.order ?? 999) - (y.order ?? 999) || (a < b ? -1 : 1))
      .map(([k]) => k),
  );
  const out: Book[] = [];
  for (const institution of institutions) {
    const mine = manuals.filter((m) => m.institution.key === institution);
    const departments = registryOrder(mine.map((m) => m.department.key), Object.keys(registry.departments));
    const departmentBooks: Book[] = departments.map((department) => {
      const list = mine.filter((m) => m.department.key === department).sort((a, b) => collator.compare(a.title, b.title) || (a.file < b.file ? -1 : 1));
      const name = list[0]!.department.name;
      return {
        key: `${institution}/${department}`,
        kind: "department",
        title: say(lang, "book.department-title", { department: name }),
        subtitle: say(lang, "book.subtitle", { count: list.length, builtOn }),
        manuals: list,
        approved: newest(list),
        lang,
      };
    });
    const all = departmentBooks.flatMap((b) => b.manuals);
    out.push({
      key: institution,
      kind: "institution",
      title: say(lang, "book.institution-title", { institution: mine[0]!.institution.name }),
      subtitle: say(lang, "book.subtitle", { count: all.length, builtOn }),
      manuals: all,
      approved: newest(all),
      lang,
    });
    out.push(...departmentBooks);
  }
  return out;
}
