// The "Manual schema" check: conclusion, summary and annotations from the findings.
import type { Finding, Language } from "../findings.ts";
import { truncate } from "./truncate.ts";

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "failure" | "warning" | "notice";
  title: string;
  message: string;
}

export interface CheckOutput {
  conclusion: "success" | "failure" | "action_required" | "neutral";
  title: string;
  summary: string;
  text?: string;
  annotations?: Annotation[];
}

const words = {
  ko: {
    clean: (n: number) => `매뉴얼 ${n}개 검사 — 문제 없음`,
    found: (e: number, w: number) => `오류 ${e}건, 경고 ${w}건`,
    intro: "아래 위치를 고친 뒤 같은 브랜치에 다시 커밋하면 검사가 다시 실행됩니다.",
    capped: (shown: number, total: number) => `주석은 ${shown}건까지만 표시했습니다(전체 ${total}건). 나머지는 \`npx manuals check\`로 확인하세요.`,
    truncated: "요약이 너무 길어 잘랐습니다. 전체 목록은 `npx manuals check`로 확인하세요.",
    line: "줄",
  },
  en: {
    clean: (n: number) => `${n} manual(s) checked — no problems`,
    found: (e: number, w: number) => `${e} error(s), ${w} warning(s)`,
    intro: "Fix the places below and commit again to the same branch; the check runs again.",
    capped: (shown: number, total: number) => `Only ${shown} of ${total} annotations are shown. Run \`npx manuals check\` for all of them.`,
    truncated: "The summary was too long and was cut. Run `npx manuals check` for the full list.",
    line: "line",
  },
};

export function schemaCheck(findings: readonly Finding[], checkedFiles: number, lang: Language, annotationCap = 1000): CheckOutput {
  const w = words[lang];
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  if (findings.length === 0) return { conclusion: "success", title: w.clean(checkedFiles), summary: w.clean(checkedFiles), annotations: [] };
  const annotations = findings.slice(0, annotationCap).map(
    (f): Annotation => ({ path: f.file, start_line: Math.max(1, f.line), end_line: Math.max(1, f.line), annotation_level: f.severity === "error" ? "failure" : "warning", title: f.rule, message: f.message[lang] }),
  );
  const lines = [`### ${w.found(errors, warnings)}`, "", w.intro, ""];
  if (findings.length > annotationCap) lines.push(`> ${w.capped(annotationCap, findings.length)}`, "");
  let current = "";
  for (const f of findings) {
    if (f.file !== current) {
      lines.push("", `**${f.file}**`, "");
      current = f.file;
    }
    lines.push(`- ${f.severity === "error" ? "❌" : "⚠️"} ${w.line} ${f.line}: ${f.message[lang]} \`${f.rule}\``);
  }
  return {
    conclusion: errors > 0 ? "failure" : "success",
    title: w.found(errors, warnings),
    summary: truncate(lines.join("\n"), w.truncated),
    annotations,
  };
}
