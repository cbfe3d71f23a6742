// What a sync did, one line per issue, for the job's log and summary.
import type { Language } from "../../core/findings.ts";
import { say } from "../../core/messages/text.ts";
import type { SyncResult } from "./sync-issues.ts";

const ACTION = { create: "ops.sync-create", update: "ops.sync-update", close: "ops.sync-close" } as const;

export function syncLines(synced: readonly SyncResult[] | null, lang: Language): string[] {
  if (!synced) return [];
  if (synced.length === 0) return [say(lang, "ops.sync-none")];
  return synced.map((r) => say(lang, ACTION[r.action], { number: r.number, key: r.key, reopened: r.reopened ? "yes" : "" }));
}
