// The law check's report for people (terminal, job summary) and scripts (JSON).
import type { Language } from "../../core/findings.ts";
import { say } from "../../core/messages/text.ts";
import { syncLines } from "../issues/format-sync.ts";
import { targetEffective } from "./amendments.ts";
import { baseArticle } from "../../core/laws/citing-manuals.ts";
import type { LawReport } from "./run-law-check.ts";

export function lawReportJson(report: LawReport): string {
  return JSON.stringify(
    {
      laws: report.statuses.map((s) => ({
        key: s.key,
        name: s.law.name,
        state: s.state,
        registry: s.law.effective,
        service: s.found ? { effective: s.found.effective, promulgated: s.found.promulgated, number: s.found.number, amendment: s.found.amendment, id: s.found.id, serial: s.found.serial } : null,
        changedArticles: s.detail?.changedArticles ?? null,
        manuals: s.citing.map((m) => ({ file: m.file, title: m.title, department: m.department, owner: m.owner, cites: m.cites, upToDate: m.cites.every((c) => c.version >= targetEffective(s)) })),
      })),
      issues: report.issues.map((i) => ({ key: i.key, title: i.title, assignees: i.assignees })),
      synced: report.synced,
      written: report.written,
    },
    null,
    2,
  );
}

export function lawReportText(report: LawReport, lang: Language, markdown: boolean): string {
  const bullet = markdown ? "-" : "  •";
  const lines: string[] = [];
  const amended = report.statuses.filter((s) => s.state === "amended");
  const notFound = report.statuses.filter((s) => s.state === "not-found");
  const ahead = report.statuses.filter((s) => s.state === "registry-ahead");
  const current = report.statuses.filter((s) => s.state === "current");
  lines.push((markdown ? "### " : "") + say(lang, "ops.law-report-head", { total: report.statuses.length, amended: amended.length, current: current.length, notFound: notFound.length, ahead: ahead.length }));
  for (const s of amended) {
    const changed = new Set(s.detail?.changedArticles ?? []);
    const found = s.found!;
    const detail = say(lang, "ops.law-amended", {
      registry: s.law.effective,
      effective: found.effective,
      amendment: found.amendment ?? "",
      number: found.number ?? "",
      ...(s.detail ? { changed: s.detail.changedArticles.join(", ") } : {}),
    });
    lines.push("", `${markdown ? "**" : "⚠ "}「${s.law.name}」 (${s.key})${markdown ? "**" : ""}: ${detail}`);
    if (s.citing.length === 0) lines.push(`${bullet} ${say(lang, "ops.law-not-cited")}`);
    for (const m of s.citing) {
      const articles = m.cites.map((c) => `${c.article}${changed.has(baseArticle(c.article)) ? " ⚠" : ""}`).join(", ");
      lines.push(`${bullet} ${m.title ?? m.id ?? m.file} [${articles}] @${m.owner ?? "?"}  ${markdown ? `\`${m.file}\`` : m.file}`);
    }
  }
  for (const s of notFound) lines.push("", `? 「${s.law.name}」 (${s.key}): ${say(lang, "ops.law-not-found", { kind: s.law.kind ?? "" })}`);
  for (const s of ahead) lines.push("", `↑ 「${s.law.name}」 (${s.key}): ${say(lang, "ops.law-registry-ahead", { registry: s.law.effective, effective: s.found!.effective })}`);
  if (report.written.length) lines.push("", say(lang, "ops.laws-written", { keys: report.written.join(", ") }));
  const sync = syncLines(report.synced, lang);
  if (sync.length) lines.push("", ...sync);
  return lines.join("\n");
}
