// The evaluation tree as Markdown: one heading per required approval, one line per reason,
// approval counted or voided, blocker and what is missing.
import type { Language } from "../findings.ts";
import type { ResultNode } from "../evaluate/evaluate.ts";

export const statusIcon: Record<ResultNode["status"], string> = {
  "not-required": "✅",
  approved: "✅",
  pending: "⏳",
  blocked: "⛔",
  error: "❗",
  counted: "✔️",
  voided: "✖️",
  info: "•",
};

export function renderTree(tree: ResultNode, lang: Language): string {
  const lines: string[] = [`## ${statusIcon[tree.status]} ${tree.title[lang]}`];
  for (const rule of tree.children) {
    lines.push("", `### ${statusIcon[rule.status]} ${rule.title[lang]}`, "");
    for (const child of rule.children) lines.push(`- ${child.status === "info" ? "" : statusIcon[child.status] + " "}${child.title[lang]}`);
  }
  return lines.join("\n");
}
