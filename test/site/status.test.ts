// The "현황" page shows the numbers `manuals status --format json` gives for the same repository
// and day, and its charts are SVG drawn at build time (no script needed to see them).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { StatusBoard } from "../../bot/core/status/status.ts";
import { runManuals } from "../support/run-manuals.ts";

const html = readFileSync(join(inject("siteOut"), "status.html"), "utf8");
// Docusaurus minifies attributes without quotes where it can.
const attr = (name: string, value: string) => new RegExp(`${name}=["']?${value.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}["']?[ >]`);
const metric = (name: string) => Number(new RegExp(`data-metric=["']?${name}["']?>(\\d+)<`).exec(html)?.[1]);
const cell = (name: string, key: string) => Number(new RegExp(`data-${name}=["']?${key}["']?>(\\d+)<`).exec(html)?.[1]);

describe("status page", async () => {
  const today = /<time datetime=["']?(\d{4}-\d{2}-\d{2})/.exec(html)![1]!;
  const run = await runManuals(["status", "--format", "json", "--today", today], inject("siteRepo"));
  const board = JSON.parse(run.stdout) as StatusBoard;

  it("counts the same manuals as manuals status, per institution and department", () => {
    expect(run.code).toBe(0);
    expect(metric("total")).toBe(board.total);
    expect(board.total).toBeGreaterThan(30);
    for (const i of board.institutions) expect(cell("institution", i.key)).toBe(i.manuals);
    for (const d of board.departments) expect(cell("department", d.key)).toBe(d.manuals);
  });

  it("lists the same overdue and near-due reviews, gaps and owners without a deputy", () => {
    for (const name of ["overdue", "nearDue", "withoutTips", "scaffold", "ownersWithoutDeputy"] as const) expect(metric(name), name).toBe(board[name].length);
    expect(board.overdue.length).toBeGreaterThan(0);
    for (const d of [...board.overdue, ...board.nearDue, ...board.withoutTips, ...board.scaffold]) expect(html).toMatch(attr("data-file", d.file));
    for (const o of board.ownersWithoutDeputy) expect(html).toMatch(new RegExp(`data-login=["']?${o.login}["']? data-count=["']?${o.manuals.length}["']?`));
  });

  it("shows the same laws and manuals per person", () => {
    for (const l of board.laws) expect(cell("law", l.key)).toBe(l.manuals);
    for (const p of board.people) {
      const row = new RegExp(`data-person=["']?${p.login}["']?>.*?data-role=["']?owner["']?>(\\d+)<.*?data-role=["']?deputy["']?>(\\d+)<`).exec(html);
      expect([Number(row?.[1]), Number(row?.[2])], p.login).toEqual([p.owner, p.deputy]);
    }
  });

  it("draws its charts as SVG in the page itself, one bar per department", () => {
    const svgs = html.match(/<svg[^>]*role=["']?img["']?[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBe(3);
    expect((svgs[0]!.match(/<rect/g) ?? []).length).toBe(board.departments.length);
  });
});
