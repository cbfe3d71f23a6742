// The card on a manual's page: the core's summary of the manual resolved against the registry,
// plus its history. Pure: data in, data out.
import { changeSentences, changesLaw } from "../../../bot/core/compare/change-sentences.ts";
import { personLabel, type PersonLabel } from "../../../bot/core/people/person-label.ts";
import type { Registry } from "../../../bot/core/registry.ts";
import { addMonths } from "../../../bot/core/schedule/review-due.ts";
import type { ManualSummary } from "../../../bot/core/validate/manual-summary.ts";
import type { ChangeSource, HistoryEntry, LawLink, ManualCard } from "../../src/data/types.ts";
import { describedChange, type CommitChanges } from "./legal-history.ts";

/** The card's laws: the front matter's entries joined with the registry's names, links and versions. */
export function lawLinks(laws: ManualSummary["laws"], registry: Registry | null): LawLink[] {
  return laws.map((entry) => {
    const known = registry?.laws[entry.law];
    return { law: entry.law, name: known?.name ?? entry.law, article: entry.article, version: entry.version, current: known?.effective ?? null, url: known?.url ?? null };
  });
}

/** A commit's author (git's author name) in the staff registry: written as the login, or as the person's name. */
export function authorPerson(people: Registry["people"] | undefined, author: string): PersonLabel | null {
  if (!people || !author) return null;
  const byLogin = personLabel(people, author);
  if (byLogin.known) return byLogin;
  const login = Object.keys(people).find((key) => people[key]!.name === author.trim());
  return login ? personLabel(people, login) : null;
}

/** Where a change came from, as the history and the 법령 변경 page show it. */
export function changeSource(commit: CommitChanges, registry: Registry | null): ChangeSource {
  return { sha: commit.sha, date: commit.date, author: commit.author, authorPerson: authorPerson(registry?.people, commit.author), message: commit.subject, pr: commit.pr };
}

/** The manual's history, newest first, following it across moves. */
export function historyOf(file: string, commits: readonly CommitChanges[], registry: Registry | null): HistoryEntry[] {
  const lawName = (key: string) => registry?.laws[key]?.name ?? key;
  const entries: HistoryEntry[] = [];
  let path = file;
  for (const commit of commits) {
    const record = commit.manuals.find((m) => m.file === path);
    if (!record) continue;
    entries.push({
      ...changeSource(commit, registry),
      legal: changesLaw(record),
      kind: record.kind,
      summary: changeSentences("ko", describedChange(record, registry), lawName),
    });
    if (record.previousFile) path = record.previousFile;
  }
  return entries;
}

export interface CardInput {
  summary: ManualSummary;
  registry: Registry | null;
  history: HistoryEntry[];
  builtOn: string;
  /** How many history entries the page shows. */
  historyLimit: number;
}

/** A manual without a review cycle in its front matter (the schema reports it) is shown on a yearly one. */
const DEFAULT_CYCLE = 12;

export function manualCard({ summary, registry, history, builtOn, historyLimit }: CardInput): ManualCard {
  const institution = summary.institution?.value ?? "";
  const department = summary.department?.value ?? "";
  const lastReviewed = summary.lastReviewed?.value ?? "";
  const cycle = summary.reviewCycleMonths ?? DEFAULT_CYCLE;
  const owner = summary.owner?.value ?? "";
  const deputy = summary.deputy?.value ?? null;
  return {
    file: summary.file,
    institution: { key: institution, name: registry?.institutions[institution]?.name.ko ?? institution },
    department: { key: department, name: registry?.departments[department]?.name.ko ?? department },
    owner,
    deputy,
    ownerPerson: personLabel(registry?.people, owner),
    deputyPerson: deputy ? personLabel(registry?.people, deputy) : null,
    laws: lawLinks(summary.laws, registry),
    lastReviewed,
    reviewCycleMonths: cycle,
    reviewDue: /^\d{4}-\d{2}-\d{2}$/.test(lastReviewed) ? addMonths(lastReviewed, cycle) : lastReviewed,
    builtOn,
    history: history.slice(0, historyLimit),
    historyTotal: history.length,
    ...(summary.reading?.overview ? { summary: summary.reading.overview } : {}),
  };
}
