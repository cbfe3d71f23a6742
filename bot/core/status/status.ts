// The status board's numbers, computed once here for the site's "현황" page and `manuals status`:
// manuals per institution and department, reviews overdue and near due, manuals without tips or
// still holding scaffold guidance, owners without a deputy, the laws most manuals depend on, and
// manuals per person (the gap a transfer would leave).
import { personLabel, personName } from "../people/person-label.ts";
import type { Registry } from "../registry.ts";
import { reviewsDue, type DueManual } from "../schedule/review-due.ts";
import type { ManualSummary } from "../validate/manual-summary.ts";

export interface Named {
  key: string;
  name: string;
  manuals: number;
}

export interface ManualRef {
  file: string;
  title: string;
  department: string;
  owner: string | null;
}

export interface StatusBoard {
  today: string;
  withinDays: number;
  total: number;
  institutions: Named[];
  departments: (Named & { institution: string })[];
  overdue: DueManual[];
  nearDue: DueManual[];
  withoutTips: ManualRef[];
  scaffold: ManualRef[];
  ownersWithoutDeputy: { login: string; manuals: ManualRef[] }[];
  laws: { key: string; name: string; manuals: number }[];
  people: { login: string; owner: number; deputy: number }[];
  /** How to name each login above: "김민수 주무관(@kim-minsu)" from manuals/people.yml, "@kim-minsu" when not registered. */
  names: Record<string, string>;
}

export interface StatusInput {
  /** The check's summaries (a manual the check could not read has no completeness to count). */
  summaries: readonly ManualSummary[];
  registry: Registry;
  today: string;
  /** Reviews due within this many days count as near due. */
  withinDays: number;
  /** How many laws to list. */
  lawLimit: number;
}

const byCountThenKey = <T extends { key: string; manuals: number }>(a: T, b: T) => b.manuals - a.manuals || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function ref(m: ManualSummary): ManualRef {
  return { file: m.file, title: m.title ?? m.id?.value ?? m.file, department: m.department?.value ?? "", owner: m.owner?.value ?? null };
}

export function statusBoard({ summaries, registry, today, withinDays, lawLimit }: StatusInput): StatusBoard {
  const count = (key: (m: ManualSummary) => string | undefined) => {
    const counts = new Map<string, number>();
    for (const m of summaries) {
      const k = key(m);
      if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return counts;
  };
  const institutions = [...count((m) => m.institution?.value)].map(([key, n]) => ({ key, name: registry.institutions[key]?.name.ko ?? key, manuals: n })).sort(byCountThenKey);
  const departments = [...count((m) => m.department?.value)]
    .map(([key, n]) => ({ key, name: registry.departments[key]?.name.ko ?? key, institution: registry.departments[key]?.institution ?? "", manuals: n }))
    .sort(byCountThenKey);
  const due = reviewsDue(summaries, today, withinDays);
  const withoutDeputy = new Map<string, ManualRef[]>();
  for (const m of summaries) {
    if (!m.owner || m.deputy) continue;
    withoutDeputy.set(m.owner.value, [...(withoutDeputy.get(m.owner.value) ?? []), ref(m)]);
  }
  const lawManuals = new Map<string, Set<string>>();
  for (const m of summaries) for (const l of m.laws) lawManuals.set(l.law, (lawManuals.get(l.law) ?? new Set()).add(m.file));
  const people = new Map<string, { owner: number; deputy: number }>();
  const person = (login: string) => people.get(login) ?? (people.set(login, { owner: 0, deputy: 0 }), people.get(login)!);
  for (const m of summaries) {
    if (m.owner) person(m.owner.value).owner++;
    if (m.deputy) person(m.deputy.value).deputy++;
  }
  return {
    today,
    withinDays,
    total: summaries.length,
    institutions,
    departments,
    overdue: due.filter((d) => d.overdue),
    nearDue: due.filter((d) => !d.overdue),
    withoutTips: summaries.filter((m) => m.completeness && !m.completeness.hasTips).map(ref),
    scaffold: summaries.filter((m) => m.completeness?.scaffold).map(ref),
    ownersWithoutDeputy: [...withoutDeputy].map(([login, list]) => ({ login, manuals: list })).sort((a, b) => b.manuals.length - a.manuals.length || (a.login < b.login ? -1 : 1)),
    laws: [...lawManuals].map(([key, files]) => ({ key, name: registry.laws[key]?.name ?? key, manuals: files.size })).sort(byCountThenKey).slice(0, lawLimit),
    people: [...people].map(([login, n]) => ({ login, ...n })).sort((a, b) => b.owner + b.deputy - (a.owner + a.deputy) || b.owner - a.owner || (a.login < b.login ? -1 : 1)),
    names: Object.fromEntries([...people.keys()].map((login) => [login, personName(personLabel(registry.people, login))])),
  };
}
