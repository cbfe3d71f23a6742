// The one message catalog: every id in Korean and English, in exactly one area, and no message
// that falls back on "이(가)"-style particles, whatever its parameters.
import { globSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { en, enAreas } from "../../../bot/core/messages/en.ts";
import { ko, koAreas } from "../../../bot/core/messages/ko.ts";
import type { MessageParams } from "../../../bot/core/messages/message.ts";

const PARENTHESISED = /\((?:이|가|을|를|은|는|와|과|으|이나|이란|아|야|이랑)\)/;
/** Words of every ending the particle choice depends on: vowel, consonant, ㄹ, digits, Latin, quoted. */
const SAMPLES = ["제8조", "주차장법", "서울", "16", "2026-03-02", "x", "'tax-local-exemption'", "building", "URL", "나무"];

/** Parameters that answer any name with the sample word (and leave optional ones both set and unset). */
function params(word: string, optional: boolean): MessageParams {
  return new Proxy({} as MessageParams, { get: (_t, key) => (typeof key === "string" ? (optional ? word : key === "suggestion" || key === "hint" || key === "example" || key === "after" ? "" : word) : undefined), has: () => true });
}

describe("catalogs", () => {
  test("every area has the same ids in Korean and English", () => {
    expect(Object.keys(enAreas).sort()).toEqual(Object.keys(koAreas).sort());
    for (const [area, catalog] of Object.entries(koAreas)) {
      expect(Object.keys(enAreas[area as keyof typeof enAreas]).sort(), area).toEqual(Object.keys(catalog).sort());
    }
  });

  test("an id belongs to one area only (a later area would silently replace an earlier one's message)", () => {
    const all = Object.values(koAreas).flatMap((c) => Object.keys(c));
    expect(all.length).toBe(new Set(all).size);
    expect(Object.keys(ko).sort()).toEqual([...all].sort());
    expect(Object.keys(en).sort()).toEqual([...all].sort());
  });

  test.each(Object.keys(ko))("%s renders in both languages with no parenthesised particle and no missing value", (id) => {
    for (const word of SAMPLES) {
      for (const optional of [true, false]) {
        const korean = ko[id as keyof typeof ko](params(word, optional));
        const english = en[id as keyof typeof en](params(word, optional));
        expect(korean, `${id} with ${word}`).not.toMatch(PARENTHESISED);
        for (const out of [korean, english]) {
          expect(out).not.toMatch(/undefined|null|\[object Object\]/);
          expect(out.trim().length).toBeGreaterThan(0);
        }
      }
    }
  });

  test("no source file under bot/ writes a parenthesised particle outside comments", () => {
    const code = (file: string) => readFileSync(file, "utf8").split("\n").filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line)).join("\n");
    const offenders = globSync("bot/**/*.{ts,mjs}").filter((file) => PARENTHESISED.test(code(file)));
    expect(offenders).toEqual([]);
  });
});
