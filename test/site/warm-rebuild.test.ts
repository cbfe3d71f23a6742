// A rebuild with Rspack's persistent cache kept publishes what the repository says now: a page
// whose Markdown did not change still shows its card's new facts (a person renamed in
// manuals/people.yml), and a changed manual shows its new text. On a copy of the site tests'
// repository, books off, the cache forced on.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { buildSite } from "./build-site.ts";
import { LEGAL_CHANGE } from "./site-fixture.ts";

const work = mkdtempSync(join(tmpdir(), "work-manuals-warm-"));
const repo = join(work, "repo");
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (out: string, file: string) => readFileSync(join(out, file.replace(/\.md$/, ".html")), "utf8");
const UNCHANGED = "manuals/community-center/dong-civil/id-card-reissuance.md"; // owner jin-sohee, as the legal change's manual

describe("warm rebuild", () => {
  it("shows a renamed person on an unchanged page and the new text of a changed one", { timeout: 900_000 }, () => {
    execFileSync("git", ["clone", "-q", "--no-hardlinks", inject("siteRepo"), repo]);
    const env = { MANUALS_SITE_PERSISTENT_CACHE: "on", MANUALS_BOOKS: "off" };
    buildSite(repo, join(work, "first"), env);
    expect(page(join(work, "first"), UNCHANGED)).toContain("진소희 주무관");

    const people = join(repo, "manuals/people.yml");
    writeFileSync(people, readFileSync(people, "utf8").replace("name: 진소희", "name: 진새이름"));
    const manual = join(repo, LEGAL_CHANGE.file);
    writeFileSync(manual, readFileSync(manual, "utf8").replace("## 업무 팁\n", "## 업무 팁\n\n- 다시 빌드한 뒤에 보여야 하는 팁입니다.\n"));
    buildSite(repo, join(work, "second"), env);

    const unchanged = page(join(work, "second"), UNCHANGED);
    expect(unchanged).toContain("진새이름 주무관");
    expect(unchanged).not.toContain("진소희");
    expect(page(join(work, "second"), LEGAL_CHANGE.file)).toContain("다시 빌드한 뒤에 보여야 하는 팁입니다.");
  });
});
