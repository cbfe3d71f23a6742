// Where the site's data names people: the card's owner and deputy, a history entry's author (git's
// author name, matched as a login or as the registered name), a department listing's owner.
import { describe, expect, it } from "vitest";
import { authorPerson, manualCard } from "../../../site/plugins/manuals/manual-card.ts";
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
});
