// The check's cache keeps readings (the site's visible text) apart: a terminal's run neither reads
// nor writes them, the site's gate gets every result with its reading or checks the file again.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkManual } from "../../bot/core/check-manual.ts";
import { CheckCache, hashBytes } from "../../bot/local/check/check-cache.ts";
import { sample, sampleManualFiles, validators } from "../support/samples.ts";

const root = mkdtempSync(join(tmpdir(), "work-manuals-cache-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const [first, second] = sampleManualFiles as [string, string];
const checked = (file: string, text = sample(file)) => checkManual(file, text, validators);

describe("check cache", () => {
  it("keeps readings apart, for the runs that ask for them", () => {
    const withReadings = new CheckCache(root, "schemas", { readings: true });
    for (const file of [first, second]) withReadings.set(file, `hash-${file}`, checked(file));
    withReadings.save();

    const reading = checked(first).summary.reading!;
    expect(readFileSync(join(root, ".cache/manuals-check.json"), "utf8")).not.toContain(JSON.stringify(reading.text));
    expect(readFileSync(join(root, ".cache/manuals-reading.json"), "utf8")).toContain(JSON.stringify(reading.text));

    // A terminal's run: results without readings.
    const terminal = new CheckCache(root, "schemas");
    expect(terminal.get(first, `hash-${first}`)?.summary.reading).toBeUndefined();
    expect(terminal.get(first, `hash-${first}`)?.findings).toEqual(checked(first).findings);
    // It checks the first file again after an edit and saves, without touching the readings.
    const edited = sample(first).replace("## 업무 팁\n", "## 업무 팁\n\n- 고친 팁\n");
    terminal.set(first, "hash-edited", checked(first, edited));
    terminal.save();

    // The site's next run: the edited file is a miss (its reading is of the old text), the other a hit with its reading.
    const next = new CheckCache(root, "schemas", { readings: true });
    expect(next.get(first, "hash-edited")).toBeUndefined();
    expect(next.get(second, `hash-${second}`)?.summary.reading).toEqual(checked(second).summary.reading);
    // Another checker or schema set reuses nothing.
    expect(new CheckCache(root, "other schemas", { readings: true }).get(second, `hash-${second}`)).toBeUndefined();
  });

  it("trusts a file's times only once they are settled, and never across an edit", () => {
    const dir = mkdtempSync(join(tmpdir(), "work-manuals-cache-times-"));
    try {
      const file = "manuals/a.md";
      mkdirSync(join(dir, "manuals"));
      writeFileSync(join(dir, file), sample(first));
      const later = Date.now() + 60_000; // a run a minute on: the file's times have settled
      const filling = new CheckCache(dir, "schemas", { now: later });
      expect(filling.contentHash(file)).toBe(hashBytes(Buffer.from(sample(first))));
      // Recorded under another hash: a run that trusts the times answers it without reading the file.
      filling.set(file, "recorded", checked(first));
      filling.save();
      expect(new CheckCache(dir, "schemas", { now: later }).contentHash(file)).toBe("recorded");
      // A run right after the write does not trust times that may yet repeat: it reads the file.
      expect(new CheckCache(dir, "schemas").contentHash(file)).toBe(hashBytes(Buffer.from(sample(first))));

      // An edit of the same size with the modification time put back still shows (the change time moved).
      const { atime, mtime } = statSync(join(dir, file));
      const edited = sample(first).replace("업무개요", "업무개우");
      expect(edited).not.toBe(sample(first));
      expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(sample(first)));
      writeFileSync(join(dir, file), edited);
      utimesSync(join(dir, file), atime, mtime);
      expect(new CheckCache(dir, "schemas", { now: Date.now() + 60_000 }).contentHash(file)).toBe(hashBytes(Buffer.from(edited)));
      expect(new CheckCache(dir, "schemas", { now: later }).contentHash("manuals/missing.md")).toBe("");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
