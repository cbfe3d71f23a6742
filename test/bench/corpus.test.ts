// The bench corpus must be what the benches claim: valid manuals (the check finds nothing), spread
// over every registered department, the same for the same seed, and readable from memory.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { runCheck } from "../../bot/local/check/run-check.ts";
import { loadCorpusSource } from "./corpus-source.ts";
import { createCorpus, generateCorpus } from "./corpus.ts";

const source = loadCorpusSource();
const departments = Object.keys(parseYaml(readFileSync(new URL("../../manuals/departments.yml", import.meta.url), "utf8")) as object);
const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), "bench-corpus-test-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("bench corpus", () => {
  const count = departments.length * 3;

  it("writes a repository whose manuals all pass the check", async () => {
    const dir = scratch();
    const stats = generateCorpus({ dir, count, seed: 7, source });
    const result = await runCheck({ root: dir, cwd: dir, paths: [], cache: false, today: "2026-01-01", parallelThreshold: Number.POSITIVE_INFINITY });
    expect(result.findings).toEqual([]);
    expect(result.files).toBe(count);
    expect(stats.manuals).toBe(count);
    expect(stats.materials).toBeGreaterThanOrEqual(count);
    expect(stats.averageManualBytes).toBeGreaterThan(4_500);
    expect(stats.averageManualBytes).toBeLessThan(8_000);
  }, 60_000);

  it("cycles through every registered department, with unique ids", () => {
    const corpus = createCorpus({ count, seed: 7, source });
    const manuals = Array.from({ length: count }, (_, i) => corpus.manual(i));
    expect(new Set(manuals.map((m) => m.path.split("/")[2]))).toEqual(new Set(departments));
    expect(new Set(manuals.map((m) => m.id)).size).toBe(count);
  });

  it("is the same for the same seed and differs for another", () => {
    const a = createCorpus({ count: 5, seed: 1, source });
    const b = createCorpus({ count: 5, seed: 1, source });
    const c = createCorpus({ count: 5, seed: 2, source });
    expect([...b.files()]).toEqual([...a.files()]);
    expect(c.manual(3).text).not.toBe(a.manual(3).text);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(c.fingerprint).not.toBe(a.fingerprint);
  });

  it("serves any file by path from memory", () => {
    const corpus = createCorpus({ count: 100_000, seed: 1, source });
    const manual = corpus.manual(98_765);
    expect(corpus.manualPath(98_765)).toBe(manual.path);
    expect(corpus.read(manual.path)).toBe(manual.text);
    const material = manual.materials[0]!;
    expect(corpus.read(material.path)).toBe(material.text);
    expect(corpus.read("schemas/front-matter.schema.json")).toBe(source.support.find((f) => f.path === "schemas/front-matter.schema.json")!.text);
    expect(corpus.read(manual.path.replace("98765", "100000"))).toBeUndefined();
    expect(corpus.read("manuals/nowhere/x.md")).toBeUndefined();
  });
});
