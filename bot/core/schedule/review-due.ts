// Which manuals are past or near their review date (last_reviewed + review_cycle_months).
import type { ManualSummary } from "../validate/manual-summary.ts";

export interface DueManual {
  file: string;
  id: string | null;
  title: string | null;
  department: string;
  owner: string | null;
  deputy: string | null;
  lastReviewed: string;
  due: string;
  /** Days until due; negative when overdue. */
  daysLeft: number;
  overdue: boolean;
}

const DAY = 86_400_000;

/** Adds months the way people count them: 2026-01-31 + 1 month = 2026-02-28. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function reviewsDue(manuals: readonly ManualSummary[], today: string, withinDays: number, department?: string): DueManual[] {
  const due: DueManual[] = [];
  for (const m of manuals) {
    const last = m.lastReviewed?.value;
    if (!last || !/^\d{4}-\d{2}-\d{2}$/.test(last) || !m.reviewCycleMonths || !m.department) continue;
    if (department && m.department.value !== department) continue;
    const dueDate = addMonths(last, m.reviewCycleMonths);
    const daysLeft = Math.round((Date.parse(dueDate) - Date.parse(today)) / DAY);
    if (daysLeft > withinDays) continue;
    due.push({
      file: m.file,
      id: m.id?.value ?? null,
      title: m.title ?? null,
      department: m.department.value,
      owner: m.owner?.value ?? null,
      deputy: m.deputy?.value ?? null,
      lastReviewed: last,
      due: dueDate,
      daysLeft,
      overdue: daysLeft < 0,
    });
  }
  return due.sort((a, b) => (a.department < b.department ? -1 : a.department > b.department ? 1 : a.daysLeft - b.daysLeft));
}
