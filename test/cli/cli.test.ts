// `manuals check` as a command: exit codes, output formats and languages. The subprocess cases
// run node bot/cli/bin.mjs exactly as users and CI do; the rest run runCli in-process.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCheck, type CheckResult } from "../../bot/local/check/run-check.ts";
import { runInProcess, runSubprocess, type CliRun, type JsonReport } from "./harness.ts";
import { discoverFixtures } from "../support/fixture-expectations.ts";
import { createTempRepository, projectRoot, type TempRepository } from "../support/temp-repository.ts";

const TODAY = "2026-11-23";
const fixtures = discoverFixtures();
const sectionMissing = fixtures.find((f) => f.path.endsWith("/section-missing.md"))!;
const GITHUB_LINE = /^::(error|warning) file=([^,]+),line=(\d+)(?:,col=(\d+))?,title=([^,:]+)::(.+)$/;
const STACK_FRAME = /^\s+at .+[:(]\d+/m;

function unescapeGithubData(s: string): string {
  return s.replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%25/g, "%");
}

function expectNoCrash(run: CliRun): void {
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.stderr).not.toContain("internal error");
}

let repository: TempRepository;
let result: CheckResult;

beforeAll(async () => {
  repository = createTempRepository({ fixtures });
  result = await runCheck({ root: repository.root, cwd: repository.root, paths: [], cache: false, today: TODAY });
});
afterAll(() => repository?.remove());

describe("exit codes (subprocess: node bot/cli/bin.mjs)", () => {
  test("0 on the sample manuals shipped in the repository", async () => {
    const run = await runSubprocess(["check", "--no-cache", "--today", TODAY, "--format", "json"], projectRoot);
    const report = JSON.parse(run.stdout) as JsonReport;
    // On failure, name the manuals and rules so the broken sample is obvious.
    expect(report.findings.filter((f) => f.severity === "error").map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([]);
    expect(report.files).toBeGreaterThan(0);
    expect(run.code).toBe(0);
    expectNoCrash(run);
  });

  test("1 on a broken manual, with its findings as GitHub annotations", async () => {
    const run = await runSubprocess(["check", sectionMissing.path, "--no-cache", "--today", TODAY, "--format", "github"], repository.root);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split("\n");
    const expected = sectionMissing.expected[0]!;
    expect(lines).toHaveLength(sectionMissing.expected.length);
    expect(lines[0]).toMatch(new RegExp(`^::${expected.severity} file=${sectionMissing.path},line=${expected.line},title=${expected.rule}::.+`));
    expectNoCrash(run);
  });

  test("2 on an unknown option, naming it", async () => {
    const run = await runSubprocess(["check", "--bogus"], projectRoot);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--bogus");
    expect(run.stdout).toBe("");
  });

  test("2 outside a repository, saying where it looked", async () => {
    const outside = mkdtempSync(join(tmpdir(), "manuals-outside-"));
    try {
      const run = await runSubprocess(["check", "--no-cache"], outside, { MANUALS_LANG: "en" });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^manuals: No manuals repository found .*manuals-outside-/);
      expectNoCrash(run);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  test("--help exits 0 and lists the output formats", async () => {
    const run = await runSubprocess(["check", "--help"], projectRoot);
    expect(run.code).toBe(0);
    for (const format of ["pretty", "json", "github"]) expect(run.stdout).toContain(`"${format}"`);
    expect(run.stdout).toContain("--today");
  });

  // Each run checks every broken fixture in a child process: seconds alone, more on a loaded machine.
  test.each(["pretty", "json", "github"])("no broken fixture produces a stack trace, as %s", async (format) => {
    const run = await runSubprocess(["check", "--no-cache", "--today", TODAY, "--format", format], repository.root);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.stdout).not.toMatch(STACK_FRAME);
  }, 120_000);
});

describe("exit codes (in-process)", () => {
  test("2 on a path that does not exist, in the chosen language", async () => {
    const ko = await runInProcess(["check", "manuals/no-such-folder", "--no-cache"], repository.root);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toBe("manuals: manuals/no-such-folder가 없습니다. 경로를 확인해 주세요.\n");
    const en = await runInProcess(["--lang", "en", "check", "manuals/no-such-folder", "--no-cache"], repository.root);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe("manuals: manuals/no-such-folder does not exist. Check the path.\n");
  });

  test("2 on a path outside the repository", async () => {
    const run = await runInProcess(["--lang", "en", "check", "../", "--no-cache"], repository.root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("manuals: ../ is outside the repository. Give a path inside the manuals repository.\n");
  });

  test("2 on a malformed --today", async () => {
    const run = await runInProcess(["--lang", "en", "check", "--today", "2026-13-45x", "--no-cache"], repository.root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("manuals: --today '2026-13-45x' is not a date. Write a real date as YYYY-MM-DD, e.g. 2026-03-02.\n");
  });

  describe("2 on a broken schema file", () => {
    const cases = [
      { name: "not JSON", file: "schemas/sections.schema.json", content: '{ "type": "object", ', message: /^manuals: Schema file schemas\/sections\.schema\.json cannot be read: / },
      { name: "not a valid schema", file: "schemas/front-matter.schema.json", content: JSON.stringify({ type: "object", properties: { id: { type: "strnig" } } }), message: /^manuals: A schema is invalid: / },
      { name: "missing", file: "schemas/config.schema.json", content: null, message: /^manuals: Schema file schemas\/config\.schema\.json is missing\./ },
    ];
    test.each(cases)("$name", async ({ file, content, message }) => {
      const broken = createTempRepository();
      try {
        if (content === null) rmSync(join(broken.root, file));
        else broken.write(file, content);
        broken.write("manuals/community-center/dong-civil/move-in.md", "# a manual that is never read\n");
        const run = await runInProcess(["--lang", "en", "check", "--no-cache", "--today", TODAY], broken.root);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(message);
        expect(run.stdout).toBe("");
      } finally {
        broken.remove();
      }
    });
  });

  test("0 with warnings only, 1 with --strict", async () => {
    const httpLink = fixtures.find((f) => f.path.endsWith("/http-link.md"))!;
    expect(httpLink.expected.map((e) => e.severity)).toEqual(["warning"]);
    expect((await runInProcess(["check", httpLink.path, "--no-cache", "--today", TODAY], repository.root)).code).toBe(0);
    expect((await runInProcess(["check", httpLink.path, "--no-cache", "--today", TODAY, "--strict"], repository.root)).code).toBe(1);
  });
});

describe("output", () => {
  test("--format json: counts agree with the findings, and each finding is placed and worded", async () => {
    const run = await runInProcess(["check", "--format", "json", "--no-cache", "--today", TODAY], repository.root);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(Object.keys(report).sort()).toEqual(["errors", "files", "findings", "warnings"]);
    expect(report.files).toBe(fixtures.length);
    expect(report.errors).toBe(report.findings.filter((f) => f.severity === "error").length);
    expect(report.warnings).toBe(report.findings.filter((f) => f.severity === "warning").length);
    expect(report.errors).toBeGreaterThan(0);
    expect(report.warnings).toBeGreaterThan(0);
    for (const finding of report.findings) {
      expect(Object.keys(finding).filter((k) => !["file", "line", "column", "rule", "severity", "message"].includes(k))).toEqual([]);
      expect(finding.file).toMatch(/^manuals\/[^\\]+$/);
      expect(Number.isInteger(finding.line) && finding.line >= 1).toBe(true);
      if (finding.column !== undefined) expect(Number.isInteger(finding.column) && finding.column >= 1).toBe(true);
      expect(finding.rule).toMatch(/^[\w/-]+$/);
      expect(["error", "warning"]).toContain(finding.severity);
      expect(typeof finding.message).toBe("string");
      expect(finding.message.length).toBeGreaterThan(10);
    }
  });

  test("--format github: one annotation per finding, in the same order, with file and line", async () => {
    const json = JSON.parse((await runInProcess(["check", "--format", "json", "--no-cache", "--today", TODAY], repository.root)).stdout) as JsonReport;
    const github = await runInProcess(["check", "--format", "github", "--no-cache", "--today", TODAY], repository.root);
    expect(github.code).toBe(1);
    const lines = github.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(json.findings.length);
    lines.forEach((line, i) => {
      const match = GITHUB_LINE.exec(line);
      expect(match, line).not.toBeNull();
      const [, severity, file, lineNumber, column, title, message] = match!;
      const finding = json.findings[i]!;
      expect({ severity, file, line: Number(lineNumber), column: column === undefined ? undefined : Number(column), rule: title, message: unescapeGithubData(message!) }).toEqual({
        severity: finding.severity,
        file: finding.file,
        line: finding.line,
        column: finding.column,
        rule: finding.rule,
        message: finding.message,
      });
    });
  });

  test("messages are Korean by default and English with --lang en or MANUALS_LANG=en", async () => {
    const args = ["check", "--format", "json", "--no-cache", "--today", TODAY];
    const ko = JSON.parse((await runInProcess(args, repository.root)).stdout) as JsonReport;
    const en = JSON.parse((await runInProcess(["--lang", "en", ...args], repository.root)).stdout) as JsonReport;
    const enAfter = JSON.parse((await runInProcess([...args, "--lang", "en"], repository.root)).stdout) as JsonReport;
    expect(ko.findings.map((f) => f.message)).toEqual(result.findings.map((f) => f.message.ko));
    expect(en.findings.map((f) => f.message)).toEqual(result.findings.map((f) => f.message.en));
    expect(enAfter.findings.map((f) => f.message)).toEqual(en.findings.map((f) => f.message));
    // The catalogs really differ: no finding is worded the same in both languages.
    expect(result.findings.filter((f) => f.message.ko === f.message.en)).toEqual([]);

    const env = await runSubprocess(["check", sectionMissing.path, "--no-cache", "--today", TODAY], repository.root, { MANUALS_LANG: "en" });
    expect(env.stdout).toContain("Missing required section 'Tips'");
    expect(env.stdout).toMatch(/Checked 1 manual\(s\): 1 error\(s\), 0 warning\(s\) in 1 file\(s\)/);
  });

  test("pretty output groups findings under their file and ends with a summary", async () => {
    const run = await runInProcess(["check", sectionMissing.path, "--no-cache", "--today", TODAY], repository.root);
    const expected = sectionMissing.expected[0]!;
    expect(run.stdout.split("\n")).toEqual([
      sectionMissing.path,
      expect.stringMatching(new RegExp(`^  ${expected.line}\\s+오류  필수 섹션 '업무 팁'이 없습니다\\..*  ${expected.rule}$`)),
      "",
      "✖ 매뉴얼 1개 검사: 오류 1건, 경고 0건 (1개 파일)",
      "",
    ]);
  });
});
