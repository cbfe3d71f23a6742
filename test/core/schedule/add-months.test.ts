// Review dates: last_reviewed plus whole months, clamped to the month's last day. The site's card,
// `manuals due` and the review reminders all count with this one function.
import { describe, expect, it } from "vitest";
import { addMonths } from "../../../bot/core/schedule/review-due.ts";

describe("addMonths", () => {
  it.each([
    ["2026-03-02", 12, "2027-03-02"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2026-11-15", 3, "2027-02-15"],
    ["2026-12-31", 2, "2027-02-28"],
  ])("%s + %i months = %s", (date, months, due) => {
    expect(addMonths(date, months)).toBe(due);
  });
});
