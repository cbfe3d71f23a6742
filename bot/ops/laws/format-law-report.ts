// The law check's report for people (terminal, job summary) and scripts (JSON).
import type { Language } from "../../core/findings.ts";
import { syncLines } from "../issues/format-sync.ts";
import { targetEffective } from "./amendments.ts";
import { baseArticle } from "../../core/maintain/citing-manuals.ts";
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
  const ko = lang === "ko";
  const bullet = markdown ? "-" : "  •";
  const lines: string[] = [];
  const amended = report.statuses.filter((s) => s.state === "amended");
  const notFound = report.statuses.filter((s) => s.state === "not-found");
  const ahead = report.statuses.filter((s) => s.state === "registry-ahead");
  const current = report.statuses.filter((s) => s.state === "current");
  lines.push(
    (markdown ? "### " : "") +
      (ko
        ? `법령 ${report.statuses.length}개를 국가법령정보센터와 비교했습니다: 개정 ${amended.length}개, 최신 ${current.length}개${notFound.length ? `, 찾지 못함 ${notFound.length}개` : ""}${ahead.length ? `, 등록부가 앞섬 ${ahead.length}개` : ""}.`
        : `Compared ${report.statuses.length} law(s) with the national law information service: ${amended.length} amended, ${current.length} current${notFound.length ? `, ${notFound.length} not found` : ""}${ahead.length ? `, ${ahead.length} ahead in the registry` : ""}.`),
  );
  for (const s of amended) {
    const changed = new Set(s.detail?.changedArticles ?? []);
    lines.push(
      "",
      `${markdown ? "**" : "⚠ "}「${s.law.name}」 (${s.key})${markdown ? "**" : ""}: ${ko ? "등록부" : "registry"} ${s.law.effective} → ${ko ? "현행" : "in force"} ${s.found!.effective}${s.found!.amendment ? ` (${s.found!.amendment}` + (s.found!.number ? `, ${ko ? "제" : "No. "}${s.found!.number}${ko ? "호" : ""}` : "") + ")" : ""}` +
        (s.detail ? ` — ${ko ? "바뀐 조문" : "changed articles"}: ${s.detail.changedArticles.join(", ") || (ko ? "없음" : "none")}` : ""),
    );
    if (s.citing.length === 0) lines.push(`${bullet} ${ko ? "이 법령을 인용하는 매뉴얼이 없습니다." : "No manual cites this law."}`);
    for (const m of s.citing) {
      const articles = m.cites.map((c) => `${c.article}${changed.has(baseArticle(c.article)) ? " ⚠" : ""}`).join(", ");
      lines.push(`${bullet} ${m.title ?? m.id ?? m.file} [${articles}] @${m.owner ?? "?"}  ${markdown ? `\`${m.file}\`` : m.file}`);
    }
  }
  for (const s of notFound) {
    lines.push(
      "",
      ko
        ? `? 「${s.law.name}」 (${s.key}): 국가법령정보센터에서 이 이름의 법령${s.law.kind ? `(${s.law.kind})` : ""}을 찾지 못했습니다. manuals/laws.yml의 name이 공식 명칭과 글자 그대로 같은지 확인하세요.`
        : `? 「${s.law.name}」 (${s.key}): no ${s.law.kind ?? "law"} of that exact name in the national law information service. Check that its name in manuals/laws.yml is the official name.`,
    );
  }
  for (const s of ahead) {
    lines.push("", ko ? `↑ 「${s.law.name}」 (${s.key}): 등록부 시행일 ${s.law.effective}이(가) 국가법령정보센터의 ${s.found!.effective}보다 늦습니다. 날짜를 확인하세요.` : `↑ 「${s.law.name}」 (${s.key}): the registry's ${s.law.effective} is later than the service's ${s.found!.effective}. Check the date.`);
  }
  if (report.written.length) lines.push("", ko ? `manuals/laws.yml의 시행일을 고쳤습니다: ${report.written.join(", ")}` : `Updated effective dates in manuals/laws.yml: ${report.written.join(", ")}`);
  const sync = syncLines(report.synced, lang);
  if (sync.length) lines.push("", ...sync);
  return lines.join("\n");
}
