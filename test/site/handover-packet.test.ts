// `manuals handover --packet`: for a sample owner, one PDF with the checklist and the owner's
// manuals as approved (the card still names the leaving owner), the approval footer on every page.
// In the site suite because it drives Chromium.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { runManuals } from "../support/run-manuals.ts";

const work = mkdtempSync(join(tmpdir(), "work-manuals-packet-"));
const repo = join(work, "repo");
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("handover packet", () => {
  it("writes the leaving owner's manuals and the checklist as one PDF", async () => {
    execFileSync("git", ["clone", "-q", inject("siteRepo"), repo]);
    const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" });
    const owned = git("grep", "-l", "^owner: noh-jiwoo$", "--", "manuals").trim().split("\n");
    expect(owned.length).toBeGreaterThan(0);
    const run = await runManuals(["handover", "--from", "noh-jiwoo", "--to", "kim-minsu", "--packet", "out/packet.pdf"], repo, { CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const file = join(repo, "out/packet.pdf");
    expect(existsSync(file)).toBe(true);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).split("\f").slice(0, pages);
    const [sha = "", date = ""] = git("log", "-1", "--format=%H %aI", "--", ...owned).trim().split(" ");
    for (const page of text) expect(page).toContain(`본문 승인 커밋 ${sha.slice(0, 12)} (${date.slice(0, 10)})`);
    const all = text.join("\n");
    expect(all).toContain("인수인계 자료: @noh-jiwoo → @kim-minsu");
    expect(all).toContain("인수인계 점검표");
    for (const manual of owned) {
      const title = /^title: (.*)$/m.exec(git("show", `HEAD:${manual}`))![1]!;
      expect(all).toContain(title);
    }
    // The manuals as approved: the card names the leaving owner, though the files now name the successor.
    expect(all).toContain("@noh-jiwoo");
    expect(git("diff", "--", owned[0]!)).toContain("+owner: kim-minsu");
  });
});
