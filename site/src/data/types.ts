// The data the manuals plugin hands to the site's pages. Plain JSON: written at build time,
// read by React components, so it stays small and serialisable.
import type { PersonLabel } from "../../../bot/core/people/person-label.ts";

/** A person as the site shows them: "김민수 주무관 · 02-2100-3121", login secondary (bot/core/people). */
export type { PersonLabel };

export interface LawLink {
  /** Key in manuals/laws.yml. */
  law: string;
  /** Official name, or the key when the registry does not know it. */
  name: string;
  article: string;
  /** Effective date of the text the manual follows. */
  version: string;
  /** Effective date of the current text in the registry (when known). */
  current: string | null;
  url: string | null;
}

/** The commit a change came in: when, who, its subject and pull request. */
export interface ChangeSource {
  sha: string;
  date: string;
  author: string;
  /** The author found in manuals/people.yml (by login or by name); null when not registered. */
  authorPerson: PersonLabel | null;
  message: string;
  /** Pull request number from a "(#123)" in the commit message. */
  pr: number | null;
}

export interface HistoryEntry extends ChangeSource {
  /** A law change: laws or legal sections changed, or the manual was created or deleted (not a rename). */
  legal: boolean;
  kind: "added" | "deleted" | "moved" | "modified";
  /** What the change did, one sentence per fact: "「주민등록법」 제40조의 기준 시행일을 … 바꿨습니다." */
  summary: string[];
}

export interface ManualCard {
  /** Repository path, e.g. manuals/district-office/tax/local-tax-exemption.md */
  file: string;
  institution: { key: string; name: string };
  department: { key: string; name: string };
  owner: string;
  deputy: string | null;
  ownerPerson: PersonLabel;
  deputyPerson: PersonLabel | null;
  laws: LawLink[];
  lastReviewed: string;
  reviewCycleMonths: number;
  /** last_reviewed + review_cycle_months. */
  reviewDue: string;
  /** Date the site was built (Korea); the page re-checks against the reader's date. */
  builtOn: string;
  history: HistoryEntry[];
  /** How many entries the full history has (the card shows the most recent). */
  historyTotal: number;
  /** The first sentence of 업무개요, shown under the title (the core's reading, bot/core/validate/reading.ts). */
  summary?: string;
}

export interface ManualLink {
  title: string;
  permalink: string;
}

export interface DepartmentSummary {
  key: string;
  name: string;
  permalink: string;
  count: number;
  /** The first manuals of the department's reading path for newcomers. */
  readingPath: ListedManual[];
}

/** Whom to ask about a listed manual and whether its review is due (home page, department pages). */
export interface ListingStatus {
  /** "김민수 주무관" from manuals/people.yml, "@login" when not registered; null when unknown. */
  owner: string | null;
  /** last_reviewed + review_cycle_months; "" when unknown. */
  reviewDue: string;
  /** The review date had passed when the site was built. */
  overdue: boolean;
}

/** A manual in a department listing. */
export interface ListedManual extends ManualLink, ListingStatus {}

export interface InstitutionSummary {
  key: string;
  name: string;
  permalink: string;
  count: number;
  departments: DepartmentSummary[];
}

export interface RecentManual extends ManualLink {
  date: string;
  department: string;
  message: string;
}

export interface HomeData {
  manuals: number;
  institutions: InstitutionSummary[];
  recent: RecentManual[];
}

/** A law an entry of the 법령 변경 page names, linked to its official text. */
export interface LawChangeLink {
  law: string;
  name: string;
  url: string | null;
}

export interface LawChangeEntry extends ChangeSource {
  kind: "added" | "deleted" | "moved" | "modified";
  manual: { id: string; title: string; permalink: string | null; department: string };
  /** What the change did, one Korean sentence per fact (bot/core/compare/change-sentences.ts). */
  sentences: string[];
  /** The laws the change touched, for links to their text. */
  laws: LawChangeLink[];
}

export interface LawChangesData {
  entries: LawChangeEntry[];
  /** Site-relative paths of the feeds. */
  feeds: { rss: string; atom: string };
  /** False when the build had no git history to read (e.g. a source archive). */
  historyAvailable: boolean;
}
