// Particles follow the sound the word ends in, as a Korean reader says it.
import { describe, expect, test } from "vitest";
import { finalSound, josa } from "../../../bot/core/messages/josa.ts";
import { closeMatch } from "../../../bot/core/messages/suggestion.ts";

describe("josa", () => {
  test.each([
    ["「주차장법」 제8조", "이/가", "「주차장법」 제8조가"],
    ["「주차장법」 제8조", "와/과", "「주차장법」 제8조와"],
    ["「주차장법」", "이/가", "「주차장법」이"],
    ["'x'", "이/가", "'x'가"],
    ["'tax-local-exemption'", "이/가", "'tax-local-exemption'이"],
    ["'kim-minsu'", "을/를", "'kim-minsu'를"],
    ["'업무개요'", "으로/로", "'업무개요'로"],
    ["'관련법령'", "으로/로", "'관련법령'으로"],
    ["'서울'", "으로/로", "'서울'로"],
    ["16", "이/가", "16이"],
    ["제16조의2", "은/는", "제16조의2는"],
    ["2026-03-01", "으로/로", "2026-03-01로"],
    ["10", "은/는", "10은"],
    ["URL", "이/가", "URL이"],
    ["API", "을/를", "API를"],
    ["'building'", "을/를", "'building'을"],
    ["'phone'", "이/가", "'phone'이"],
    ["'rule'", "으로/로", "'rule'로"],
    ["manuals/no-such-folder", "이/가", "manuals/no-such-folder가"],
    ["`owner`", "이/가", "`owner`가"],
    ["'fr'", "은/는", "'fr'은"],
  ] as const)("%s + %s → %s", (word, form, expected) => {
    expect(josa(word, form)).toBe(expected);
  });

  test("quotes, brackets and full stops after the word are looked through", () => {
    for (const tail of ["'", '"', "」", ")", "`", "'.", " "]) expect(finalSound(`제8조${tail}`)).toBe("조");
  });
});

describe("closeMatch", () => {
  const laws = ["passport-act", "resident-registration-act", "local-tax-special-cases", "noise-vibration-act", "building-act"];
  test.each([
    ["resident-act", laws, undefined],
    ["resident-registraton-act", laws, "resident-registration-act"],
    ["envirnoment", ["environment", "tax", "building"], "environment"],
    ["Environment", ["environment"], undefined], // the same key, only the case differs: not a suggestion of something else
    ["tax", ["tex", "building"], "tex"],
    ["zz", ["tax"], undefined],
    ["", ["tax"], undefined],
  ] as const)("%s → %s", (typed, candidates, expected) => {
    expect(closeMatch(typed, candidates)).toBe(expected);
  });
});
