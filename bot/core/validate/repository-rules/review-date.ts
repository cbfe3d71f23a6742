// last_reviewed records a review that happened: it cannot be in the future.
import { isCalendarDate } from "../../calendar-date.ts";
import type { Finding } from "../../findings.ts";
import { text } from "../../messages/text.ts";
import type { RepositoryRule } from "./context.ts";

export const reviewDate: RepositoryRule = ({ manuals, today }) => {
  const findings: Finding[] = [];
  for (const manual of manuals) {
    const date = manual.lastReviewed;
    if (date && isCalendarDate(date.value) && date.value > today) {
      findings.push({ file: manual.file, line: date.line, rule: "review-date", severity: "error", message: text("repo.future-review", { date: date.value, today }) });
    }
  }
  return findings;
};
