// What a sync did, one line per issue, for the job's log and summary.
import type { Language } from "../../core/findings.ts";
import type { SyncResult } from "./sync-issues.ts";

export function syncLines(synced: readonly SyncResult[] | null, lang: Language): string[] {
  if (!synced) return [];
  if (synced.length === 0) return [lang === "ko" ? "이슈: 바꿀 것이 없습니다(모두 최신)." : "Issues: nothing to change (all up to date)."];
  const ko = { create: "새로 만듦", update: "고침", close: "닫음" };
  const en = { create: "created", update: "updated", close: "closed" };
  return synced.map((r) => `${lang === "ko" ? "이슈" : "Issue"} #${r.number} ${(lang === "ko" ? ko : en)[r.action]}${r.reopened ? (lang === "ko" ? "(다시 엶)" : " (reopened)") : ""}: ${r.key}`);
}
