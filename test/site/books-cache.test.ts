// The books' print cache: a rebuild with nothing changed prints nothing and writes the same PDFs;
// a change to one manual reprints exactly its department's book and its institution's, and the
// reprinted PDF holds the new text. On a copy of the site tests' repository.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { buildBooks, type BuiltBook } from "../../bot/local/book/build-books.ts";
import { LEGAL_CHANGE } from "./site-fixture.ts";

const work = mkdtempSync(join(tmpdir(), "work-manuals-book-cache-"));
const repo = join(work, "repo");
const cacheDir = join(work, "cache");
afterAll(() => rmSync(work, { recursive: true, force: true }));

const build = (name: string): Promise<BuiltBook[]> => buildBooks({ root: repo, outDir: join(work, name), builtOn: "2026-12-01", cacheDir });
const printed = (books: BuiltBook[]) => books.filter((b) => b.printed).map((b) => b.key).sort();

describe("books: print cache", () => {
  it("prints only the books whose manuals changed", { timeout: 600_000 }, async () => {
    execFileSync("git", ["clone", "-q", "--no-hardlinks", inject("siteRepo"), repo]);
    const first = await build("first");
    expect(printed(first)).toEqual(first.map((b) => b.key).sort());

    const second = await build("second");
    expect(printed(second)).toEqual([]);
    for (const book of second) expect(readFileSync(join(work, "second", book.pdf.path)).equals(readFileSync(join(work, "first", book.pdf.path))), book.key).toBe(true);

    const file = join(repo, LEGAL_CHANGE.file);
    writeFileSync(file, readFileSync(file, "utf8").replace("## 업무 팁\n", "## 업무 팁\n\n- 캐시 시험용으로 새로 적은 팁입니다.\n"));
    const third = await build("third");
    const [institution, department] = LEGAL_CHANGE.file.split("/").slice(1, 3);
    expect(printed(third)).toEqual([institution, `${institution}/${department}`]);
    const text = execFileSync("pdftotext", [join(work, "third", `${institution}/${department}.pdf`), "-"], { encoding: "utf8" });
    expect(text).toContain("캐시 시험용으로 새로 적은 팁입니다.");
  });
});
