// Where the site's data names people: the card's owner and deputy, a history entry's author (git's
// author name, matched as a login or as the registered name), a department listing's owner.
import { describe, expect, it } from "vitest";
import { homeData } from "../../../site/plugins/manuals/home-data.ts";
import { authorPerson, manualCard } from "../../../site/plugins/manuals/manual-card.ts";
import { manualsSidebarItems } from "../../../site/plugins/manuals/sidebar.ts";
import { registryOf, sampleRepository } from "../../support/samples.ts";

const registry = registryOf(sampleRepository()).registry!;

describe("people in the site's data", () => {
  it("the card carries owner and deputy as labels with tel: links, the login kept", () => {
    const summary = { file: "manuals/x.md", parsed: true, owner: { value: "cho-hyunsoo", line: 6 }, deputy: { value: "nobody-here", line: 7 }, lastReviewed: { value: "2026-01-02", line: 8 }, reviewCycleMonths: 12, laws: [], citations: [], links: [] };
    const card = manualCard({ summary, registry, history: [], builtOn: "2026-11-23", historyLimit: 5 });
    expect(card.owner).toBe("cho-hyunsoo");
    expect(card.ownerPerson).toMatchObject({ known: true, text: "조현수 주무관 · 02-2100-3121", tel: "tel:0221003121" });
    expect(card.deputyPerson).toEqual({ login: "nobody-here", known: false, name: "nobody-here", text: "nobody-here" });
  });

  it("finds a commit author written as a login or as the registered name, and nobody else", () => {
    expect(authorPerson(registry.people, "cho-hyunsoo")?.text).toBe("조현수 주무관 · 02-2100-3121");
    expect(authorPerson(registry.people, "조현수")?.login).toBe("cho-hyunsoo");
    expect(authorPerson(registry.people, "Han Reviewer")).toBeNull();
    expect(authorPerson(undefined, "cho-hyunsoo")).toBeNull();
  });

  it("a department listing names each manual's owner and says whether its review is due", () => {
    const card = (owner: string, lastReviewed: string) =>
      manualCard({ summary: { file: `manuals/district-office/tax/${owner}.md`, parsed: true, owner: { value: owner, line: 6 }, lastReviewed: { value: lastReviewed, line: 8 }, reviewCycleMonths: 12, laws: [], citations: [], links: [] }, registry, history: [], builtOn: "2026-11-23", historyLimit: 5 });
    const doc = (owner: string, lastReviewed: string) => ({ id: owner, title: owner, permalink: `/manuals/${owner}`, dir: "district-office/tax", card: card(owner, lastReviewed), tags: [], source: "" });
    const home = homeData({ docs: [doc("cho-hyunsoo", "2026-03-02"), doc("nobody-here", "2024-03-02")], registry, commits: [], docsBase: "/manuals", pathLength: 5, recentCount: 5 });
    const listed = home.institutions[0]!.departments[0]!.readingPath.map((m) => ({ owner: m.owner, reviewDue: m.reviewDue, overdue: m.overdue }));
    expect(listed).toEqual(
      expect.arrayContaining([
        { owner: "조현수 주무관", reviewDue: "2027-03-02", overdue: false },
        { owner: "@nobody-here", reviewDue: "2025-03-02", overdue: true },
      ]),
    );
    expect(listed).toHaveLength(2);
    // The department page's cards carry the same line, through the sidebar's customProps.
    const sidebar = manualsSidebarItems(
      ["cho-hyunsoo", "nobody-here"].map((owner, i) => ({ id: owner, title: owner, sourceDirName: "district-office/tax", frontMatter: { manual: card(owner, ["2026-03-02", "2024-03-02"][i]!) } })),
      registry,
    );
    const department = sidebar[0]?.type === "category" ? sidebar[0].items[0] : undefined;
    const cards = department?.type === "category" ? department.items.map((item) => (item.type === "doc" ? item.customProps?.listing : undefined)) : [];
    expect(cards).toEqual(expect.arrayContaining(listed.map(({ owner, reviewDue, overdue }) => ({ owner, reviewDue, overdue }))));
    expect(cards).toHaveLength(2);
  });
});
