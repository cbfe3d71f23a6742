// `manuals check` parses its files in batches (one markdownlint run per batch); whatever a batch
// holds, each manual's result must be exactly what parsing it alone gives.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { listRepository } from "../../../bot/local/repository.ts";
import { parseManual, parseManuals, type ParsedManual } from "../../../bot/core/parse/parse-manual.ts";
import { markdownRules as rules } from "../../../bot/core/validate/markdown-rules/rule-set.ts";
import { runs } from "../../support/property-runs.ts";
import { arbitraryInput, mutatedManual } from "../../support/manual-mutations.ts";
import { projectRoot } from "../../support/temp-repository.ts";

const listing = listRepository(projectRoot);
const samples = listing.manuals.map((file) => new Uint8Array(readFileSync(join(projectRoot, file))));

/** What a parse result says, its source map sampled at the front matter keys a summary reads. */
function observable(parsed: ParsedManual) {
  const keys = ["id", "title", "institution", "department", "owner", "deputy", "last_reviewed", "laws"];
  return { ...parsed, locate: keys.map((key) => parsed.locate([key])).concat(parsed.locate(["laws", 0, "law"])) };
}

describe("parseManuals", () => {
  test("gives every sample manual what parseManual gives it", () => {
    const inputs = listing.manuals.map((file, i) => ({ file, input: samples[i]! }));
    const batch = parseManuals(inputs, { rules }).map(observable);
    expect(batch).toEqual(inputs.map(({ file, input }) => observable(parseManual(file, input, { rules }))));
    expect(batch.length).toBe(samples.length);
  });

  test("keeps each manual of a batch of damaged and arbitrary inputs to itself", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(mutatedManual(samples), arbitraryInput), { minLength: 1, maxLength: 6 }), fc.constantFrom(2, 3), (contents, sectionLevel) => {
        const inputs = contents.map((input, i) => ({ file: `manuals/district-office/tax/m${i}.md`, input }));
        const batch = parseManuals(inputs, { sectionLevel, rules }).map(observable);
        expect(batch).toEqual(inputs.map(({ file, input }) => observable(parseManual(file, input, { sectionLevel, rules }))));
      }),
      runs("parse-manuals-batch", 60),
    );
  });

  test("parses an empty batch to nothing", () => {
    expect(parseManuals([])).toEqual([]);
  });
});
