// Usage errors as a person meets them: the argument parser's own errors (commander's) in Korean by
// default and English with --lang en, suggestions that are close or absent, hints for the article
// form, git failures as sentences, and `manuals` alone printing the help with exit 2.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { josa } from "../../bot/core/messages/josa.ts";
import { git, gitFailure } from "../../bot/local/git.ts";
import { runInProcess } from "./harness.ts";
import { createTempRepository, projectRoot, type TempRepository } from "../support/temp-repository.ts";

const run = (...argv: string[]) => runInProcess(argv, projectRoot);
const HANGUL = /\p{Script=Hangul}/u;

describe("the argument parser's errors, from the catalog", () => {
  test.each([
    // [what, argv, Korean stderr (first line), English stderr (first line)]
    ["unknown option, close match", ["check", "--formt", "json"], "manuals: 알 수 없는 옵션 '--formt'가 있습니다. 혹시 '--format'라고 쓰려던 것인가요?", "manuals: Unknown option '--formt'. Did you mean '--format'?"],
    ["unknown option, nothing close", ["check", "--bogus"], "manuals: 알 수 없는 옵션 '--bogus'가 있습니다.", "manuals: Unknown option '--bogus'."],
    ["missing mandatory option", ["impact"], "manuals: 필수 옵션 --law가 빠졌습니다. 예: npx manuals impact --law <key>", "manuals: Required option --law is missing, e.g. npx manuals impact --law <key>."],
    ["option without its value", ["impact", "--law"], "manuals: 옵션 --law에 값이 없습니다. 옵션 뒤에 값을 적어 주세요. 예: npx manuals impact --law <key>", "manuals: Option --law needs a value after it, e.g. npx manuals impact --law <key>."],
    ["bad choice", ["check", "--format", "jsn"], "manuals: --format 값 'jsn'은 쓸 수 없습니다. 다음 중 하나를 적어 주세요: pretty, json, github. 혹시 'json'이라고 쓰려던 것인가요?", "manuals: --format 'jsn' is not allowed; expected one of: pretty, json, github. Did you mean 'json'?"],
    ["unknown command", ["chek"], "manuals: 알 수 없는 명령 'chek'가 있습니다. 혹시 'check'라고 쓰려던 것인가요? 명령: check, review, impact, due, handover, new, laws, remind, status.", "manuals: Unknown command 'chek'. Did you mean 'check'? Commands: check, review, impact, due, handover, new, laws, remind, status."],
    ["excess argument", ["due", "extra"], "manuals: manuals due 명령에 필요 없는 값이 있습니다: extra. 옵션 이름(--…)이 빠지지 않았는지 확인해 주세요.", "manuals: The manuals due command does not take these values: extra. Check that no option name (--…) is missing."],
  ])("%s", async (_what, argv, korean, english) => {
    const ko = await run(...argv);
    expect([ko.code, ko.stderr.split("\n")[0]]).toEqual([2, korean]);
    const en = await run("--lang", "en", ...argv);
    expect([en.code, en.stderr.split("\n")[0]]).toEqual([2, english]);
    expect(en.stderr).not.toMatch(HANGUL);
    // commander's English never shows, and neither does a stack.
    for (const out of [ko.stderr, en.stderr]) expect(out).not.toMatch(/^error: |\n\s+at /m);
  });

  test("--lang=en, even after the error, chooses English before parsing", async () => {
    expect((await run("--lang=en", "check", "--bogus")).stderr).toMatch(/^manuals: Unknown option '--bogus'\./);
    expect((await run("check", "--bogus", "--lang", "en")).stderr).toMatch(/^manuals: Unknown option '--bogus'\./);
  });

  test("`manuals` with no command prints the help to stderr and exits 2; --help exits 0", async () => {
    const bare = await run();
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain("Usage: manuals [options] [command]");
    expect(bare.stdout).toBe("");
    const help = await run("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: manuals [options] [command]");
    const laws = await run("laws");
    expect(laws.code).toBe(2);
  });
});

describe("option values", () => {
  test("impact --law: a far key gets no suggestion, a near one gets it", async () => {
    const far = await run("impact", "--law", "resident-act");
    expect([far.code, far.stderr]).toEqual([2, "manuals: 법령 키 'resident-act'가 manuals/laws.yml에 없습니다. laws.yml에서 법령 키를 확인해 주세요.\n"]);
    expect(far.stderr).not.toContain("passport-act");
    const near = await run("impact", "--law", "passport-akt");
    expect(near.stderr).toContain("혹시 'passport-act'라고 쓰려던 것인가요?");
  });

  test("--department envirnoment suggests environment", async () => {
    const due = await run("due", "--department", "envirnoment");
    expect(due.code).toBe(2);
    expect(due.stderr).toMatch(/^manuals: 부서 'envirnoment'가 manuals\/departments\.yml에 없습니다\. 혹시 'environment'라고 쓰려던 것인가요\? 등록된 부서: /);
  });

  test.each([
    ["16", "'제16조'라고"],
    ["16조", "'제16조'라고"],
    ["제16", "'제16조'라고"],
    ["16-2", "'제16조의2'라고"],
    ["제16조 1항", "'제16조제1항'이라고"],
  ])("impact --article %s hints %s", async (value, hint) => {
    const out = await run("impact", "--law", "resident-registration-act", "--article", value);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`혹시 ${hint} 쓰려던 것인가요?`);
  });

  test("an article that cannot be read as one gets the form and no guess", async () => {
    const out = await run("impact", "--law", "resident-registration-act", "--article", "sixteen");
    expect(out.stderr).toBe("manuals: 조문 'sixteen'은 형식이 맞지 않습니다. 조문은 제16조, 제16조의2, 제16조제1항처럼 적습니다.\n");
  });

  test.each([
    ["--to 12345", ["--from", "jin-sohee", "--to", "-x"], "manuals: --to 값 '-x'는 GitHub 로그인이 아닙니다."],
    ["the same person", ["--from", "jin-sohee", "--to", "Jin-Sohee"], "manuals: --from과 --to가 같은 사람(jin-sohee)입니다."],
  ])("handover refuses %s before touching a file", async (_what, args, start) => {
    const out = await run("handover", ...args, "--dry-run");
    expect(out.code).toBe(2);
    expect(out.stderr.startsWith(start)).toBe(true);
  });
});

describe("git failures are sentences", () => {
  let outside: TempRepository;
  beforeAll(() => {
    outside = createTempRepository();
  });
  afterAll(() => outside.remove());

  test("review outside a git repository says so and what to do", async () => {
    const out = await runInProcess(["review", "--base", "main"], outside.root);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(`manuals: ${josa(outside.root, "은/는")} git 저장소가 아닙니다. 이 명령은 git으로 내려받은(clone) 매뉴얼 저장소 안에서 실행해야 합니다.\n`);
  });

  test("an unknown ref, a missing merge base and any other failure", () => {
    expect(() => git(projectRoot, ["rev-parse", "--verify", "--quiet", "no-such-branch^{commit}"])).toThrow(expect.objectContaining({ id: "git.unknown-ref", params: { ref: "no-such-branch" } }));
    expect(gitFailure(projectRoot, ["merge-base", "origin/main", "HEAD"], "").text("ko")).toBe(
      "'origin/main'과 'HEAD'의 공통 조상 커밋을 찾을 수 없습니다. 두 브랜치가 같은 저장소의 것인지 확인하고, 얕게 내려받은 저장소(clone --depth)라면 `git fetch --unshallow`로 기록을 받아 오세요.",
    );
    const diff = gitFailure(projectRoot, ["diff", "--name-status", "a", "b"], "fatal: bad revision 'a'\nmore lines\n");
    expect(diff.text("ko")).toBe("git에게 바뀐 파일 목록을 요청했지만 실패했습니다(git의 답: fatal: bad revision 'a'). `git status`로 저장소 상태를 확인한 뒤 다시 실행해 주세요.");
    expect(diff.text("en")).toBe("git was asked for the list of changed files and failed (git said: fatal: bad revision 'a'). Check the repository with `git status` and run again.");
    expect(gitFailure(projectRoot, ["diff"], "", Object.assign(new Error("spawn git ENOENT"), { code: "ENOENT" })).id).toBe("git.not-installed");
  });
});
