// The status board's numbers over the sample manuals plus hand-made variations: every count is
// checked against the summaries it comes from.
import { describe, expect, it } from "vitest";
import { checkManual } from "../../../bot/core/check-manual.ts";
import { statusBoard } from "../../../bot/core/status/status.ts";
import { GUIDANCE, PLACEHOLDER_MARK } from "../../../bot/core/new-manual/scaffold-text.ts";
import type { ManualSummary } from "../../../bot/core/validate/manual-summary.ts";
import { registryOf, sample, sampleManualFiles, sampleRepository, validators } from "../../support/samples.ts";

const registry = registryOf(sampleRepository()).registry!;

/** The check's summary of a manual: what the board is counted from. */
function manual(file: string, text: string): ManualSummary {
  return checkManual(file, text, validators).summary;
}

const samples = sampleManualFiles.map((f) => manual(f, sample(f)));
const base = { registry, today: "2026-12-02", withinDays: 30, lawLimit: 5 };

describe("statusBoard", () => {
  const board = statusBoard({ summaries: samples, ...base });

  it("counts every manual once per institution and per department", () => {
    expect(board.total).toBe(samples.length);
    expect(board.institutions.reduce((n, i) => n + i.manuals, 0)).toBe(samples.length);
    expect(board.departments.reduce((n, d) => n + d.manuals, 0)).toBe(samples.length);
    const parking = samples.filter((m) => m.department?.value === "parking").length;
    expect(board.departments.find((d) => d.key === "parking")?.manuals).toBe(parking);
  });

  it("counts people as owners and deputies, most first, and the laws by distinct manuals", () => {
    const owners = samples.filter((m) => m.owner).length;
    expect(board.people.reduce((n, p) => n + p.owner, 0)).toBe(owners);
    for (let i = 1; i < board.people.length; i++) expect(board.people[i - 1]!.owner + board.people[i - 1]!.deputy).toBeGreaterThanOrEqual(board.people[i]!.owner + board.people[i]!.deputy);
    expect(board.laws).toHaveLength(5);
    const top = board.laws[0]!;
    expect(top.manuals).toBe(samples.filter((m) => m.laws.some((l) => l.law === top.key)).length);
  });

  it("names every person counted by manuals/people.yml, the login secondary, and an unregistered login as itself", () => {
    expect(Object.keys(board.names).sort()).toEqual(board.people.map((p) => p.login).sort());
    for (const { login } of board.people) {
      const person = registry.people?.[login];
      expect(board.names[login]).toBe(person ? `${person.name} ${person.position}(@${login})` : `@${login}`);
    }
    const stranger = manual("manuals/district-office/tax/stranger.md", sample(sampleManualFiles[0]!).replace(/^owner: .*$/m, "owner: not-in-people"));
    expect(statusBoard({ summaries: [stranger], ...base }).names["not-in-people"]).toBe("@not-in-people");
    expect(Object.values(board.names).some((name) => !name.startsWith("@"))).toBe(true);
  });

  it("finds a manual without tips, one still holding scaffold text and its owner without a deputy", () => {
    const file = sampleManualFiles[0]!;
    const draft = sample(file)
      .replace(/^deputy: .*\n/m, "")
      .replace(/## 업무 팁\n[\s\S]*?(?=\n## )/, `## 업무 팁\n\n- ${PLACEHOLDER_MARK} ${GUIDANCE.tips}\n`);
    const changed = statusBoard({ summaries: [manual(file, draft)], ...base });
    expect(changed.withoutTips.map((m) => m.file)).toEqual([file]);
    expect(changed.scaffold.map((m) => m.file)).toEqual([file]);
    expect(changed.ownersWithoutDeputy.map((o) => o.login)).toEqual([/^owner: (.*)$/m.exec(sample(file))![1]]);
    expect(board.withoutTips).toEqual([]);
    // A file the check could not read has no completeness to count.
    expect(statusBoard({ summaries: [manual(file, "\u0000binary")], ...base }).withoutTips).toEqual([]);
  });

  it("splits reviews into overdue and near due by today and the window", () => {
    for (const d of board.overdue) expect(d.due < base.today).toBe(true);
    for (const d of board.nearDue) expect(d.daysLeft >= 0 && d.daysLeft <= 30).toBe(true);
    const later = statusBoard({ summaries: samples, ...base, today: "2030-01-01" });
    expect(later.overdue.length).toBe(samples.filter((m) => m.lastReviewed).length);
  });
});
