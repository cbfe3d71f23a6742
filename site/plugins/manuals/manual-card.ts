// The card on a manual's page: front matter resolved against the registry, plus its history.
// Pure: data in, data out.
import type { Registry } from "../../../bot/core/registry.ts";
import type { HistoryEntry, LawLink, ManualCard } from "../../src/data/types.ts";
import type { CommitChanges, ManualChangeRecord } from "./legal-history.ts";

/** YYYY-MM-DD plus whole months, clamped to the month's last day (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(date: string, months: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

const str = (value: unknown): string | null => (typeof value === "string" ? value : value instanceof Date ? value.toISOString().slice(0, 10) : null);

export function lawLinks(frontMatter: Record<string, unknown>, registry: Registry | null): LawLink[] {
  const laws = Array.isArray(frontMatter.laws) ? frontMatter.laws : [];
  return laws.flatMap((entry: unknown) => {
    const e = entry as Record<string, unknown> | null;
    const key = e ? str(e.law) : null;
    if (!e || !key) return [];
    const known = registry?.laws[key];
    return [{ law: key, name: known?.name ?? key, article: str(e.article) ?? "", version: str(e.version) ?? "", current: known?.effective ?? null, url: known?.url ?? null }];
  });
}

function lawSummary(record: ManualChangeRecord, lawName: (key: string) => string): string[] {
  const lines: string[] = [];
  if (record.kind === "added") lines.push("매뉴얼 신규 작성");
  if (record.kind === "deleted") lines.push("매뉴얼 삭제");
  if (record.kind === "moved") lines.push(`이동: ${record.previousFile ?? ""}`);
  for (const law of record.laws) {
    if (record.kind !== "modified") break;
    if (law.change === "added") lines.push(`「${lawName(law.law)}」 ${law.article} 추가`);
    else if (law.change === "removed") lines.push(`「${lawName(law.law)}」 ${law.article} 삭제`);
    else lines.push(`「${lawName(law.law)}」 ${law.before?.article ?? ""} ${law.before?.version ?? ""} → ${law.after?.article ?? ""} ${law.after?.version ?? ""}`.replace(/\s+/g, " "));
  }
  for (const section of record.sections) if (record.kind === "modified") lines.push(`${section} 내용 변경`);
  return lines;
}

/** The manual's history, newest first, following it across moves. */
export function historyOf(file: string, commits: readonly CommitChanges[], lawName: (key: string) => string): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  let path = file;
  for (const commit of commits) {
    const record = commit.manuals.find((m) => m.file === path);
    if (!record) continue;
    entries.push({ sha: commit.sha, date: commit.date, author: commit.author, message: commit.subject, pr: commit.pr, legal: record.legal, kind: record.kind, summary: record.legal ? lawSummary(record, lawName) : [] });
    if (record.previousFile) path = record.previousFile;
  }
  return entries;
}

export interface CardInput {
  file: string;
  frontMatter: Record<string, unknown>;
  registry: Registry | null;
  history: HistoryEntry[];
  builtOn: string;
  /** How many history entries the page shows. */
  historyLimit: number;
}

export function manualCard({ file, frontMatter, registry, history, builtOn, historyLimit }: CardInput): ManualCard {
  const institution = str(frontMatter.institution) ?? "";
  const department = str(frontMatter.department) ?? "";
  const lastReviewed = str(frontMatter.last_reviewed) ?? "";
  const cycle = typeof frontMatter.review_cycle_months === "number" ? frontMatter.review_cycle_months : 12;
  return {
    file,
    institution: { key: institution, name: registry?.institutions[institution]?.name.ko ?? institution },
    department: { key: department, name: registry?.departments[department]?.name.ko ?? department },
    owner: str(frontMatter.owner) ?? "",
    deputy: str(frontMatter.deputy),
    laws: lawLinks(frontMatter, registry),
    lastReviewed,
    reviewCycleMonths: cycle,
    reviewDue: addMonths(lastReviewed, cycle),
    builtOn,
    history: history.slice(0, historyLimit),
    historyTotal: history.length,
  };
}
