// How a person is shown: name, position and phone from manuals/people.yml, login secondary; the
// login alone when the registry has no entry.
import { describe, expect, it } from "vitest";
import { personLabel, personName, personText, telHref } from "../../../bot/core/people/person-label.ts";
import { registryOf, sampleRepository } from "../../support/samples.ts";

const people = registryOf(sampleRepository()).registry!.people;

describe("personLabel", () => {
  it("shows a registered person as name, position and office phone, with a digits-only tel: link", () => {
    const label = personLabel(people, "cho-hyunsoo");
    expect(label).toEqual({ login: "cho-hyunsoo", known: true, name: "조현수 주무관", text: "조현수 주무관 · 02-2100-3121", team: "세무과 지방세팀", phone: "02-2100-3121", tel: "tel:0221003121" });
    expect(personText(label)).toBe("조현수 주무관 · 02-2100-3121 (@cho-hyunsoo)");
    expect(personName(label)).toBe("조현수 주무관(@cho-hyunsoo)");
  });

  it("carries the email when the registry has one", () => {
    expect(personLabel(people, "han-dongwook")).toMatchObject({ text: "한동욱 팀장 · 02-2100-3120", email: "han.dongwook@hanbit-gu.go.kr" });
  });

  it("falls back to the login when the person is not registered", () => {
    const label = personLabel(people, "park-saeron");
    expect(label).toEqual({ login: "park-saeron", known: false, name: "park-saeron", text: "park-saeron" });
    expect(personText(label)).toBe("@park-saeron");
    expect(personName(label)).toBe("@park-saeron");
    expect(personLabel(undefined, "cho-hyunsoo").known).toBe(false);
  });

  it("finds the person whatever the case of the login, and keeps the login as written", () => {
    expect(personLabel(people, "Cho-HyunSoo")).toMatchObject({ login: "Cho-HyunSoo", known: true, name: "조현수 주무관" });
  });

  it("dials digits only, whatever separators the number is written with", () => {
    expect(telHref("02-2100-3121")).toBe("tel:0221003121");
    expect(telHref("031-123-4567")).toBe("tel:0311234567");
  });
});
