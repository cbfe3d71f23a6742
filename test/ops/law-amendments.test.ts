// `manuals laws check` against recorded law-service answers (a local server) and the fake GitHub:
// one issue per amended law, listing the citing manuals and owners as a checklist that ticks itself
// as the repository catches up, closed when done; reruns change nothing; --write touches only the
// effective dates; a network failure or a malformed answer is a sentence, exit 2, and no change.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatViolation, startFakeGitHub, type FakeGitHub } from "../fake-github/index.ts";
import { startLawApiServer, type Fault, type LawApiServer } from "./law-api-server.ts";
import { createOpsRepository, type OpsRepository } from "./ops-repository.ts";

const REPO = "hanbit-gu/manuals";
const OC = "hanbit-test-oc";
const LAWS = ["resident-registration-act", "resident-registration-decree", "local-tax-special-cases-act", "hanbit-waste-ordinance"];
const lawFlags = LAWS.flatMap((key) => ["--law", key]);

let fake: FakeGitHub;
let lawApi: LawApiServer;
let repo: OpsRepository;
let env: NodeJS.ProcessEnv;
let paths: { moveIn: string; copy: string; exemption: string; waste: string };

beforeEach(async () => {
  fake = await startFakeGitHub();
  fake.state.createRepository(REPO);
  fake.state.setCollaborators(REPO, ["jang-eunji", "kim-a", "lee-b", "park-c", "choi-d"]);
  lawApi = await startLawApiServer({ oc: OC });
  env = { LAW_API_OC: OC, LAW_API_BASE_URL: lawApi.baseUrl, GITHUB_TOKEN: "actions-token", GITHUB_REPOSITORY: REPO, GITHUB_API_URL: fake.url, MANUALS_GITHUB_THROTTLE: "off" };
  repo = createOpsRepository();
  paths = {
    moveIn: repo.addManual({ id: "move-in", department: "dong-civil", owner: "kim-a", lastReviewed: "2026-01-05", laws: [{ law: "resident-registration-act", article: "제16조" }] }),
    copy: repo.addManual({
      id: "copy-issuance",
      department: "dong-civil",
      owner: "lee-b",
      lastReviewed: "2026-01-05",
      laws: [
        { law: "resident-registration-act", article: "제29조" },
        { law: "resident-registration-decree", article: "제47조" },
      ],
    }),
    exemption: repo.addManual({ id: "tax-exemption", department: "tax", owner: "park-c", lastReviewed: "2026-01-05", laws: [{ law: "local-tax-special-cases-act", article: "제17조" }] }),
    waste: repo.addManual({ id: "waste", department: "cleaning", owner: "choi-d", lastReviewed: "2026-01-05", laws: [{ law: "hanbit-waste-ordinance", article: "제5조" }] }),
  };
});

afterEach(async () => {
  await fake.close();
  await lawApi.close();
  repo.remove();
  expect(fake.violations.map(formatViolation)).toEqual([]);
});

const check = (extra: string[] = [], runEnv = env) => repo.run(["laws", "check", ...lawFlags, "--today", "2026-03-02", ...extra], runEnv);
const issues = () => fake.state.issues(REPO);
const issueOf = (key: string) => issues().filter((i) => (i.body ?? "").includes(`<!-- work-manuals:law:${key} -->`));
const writes = () => fake.calls().filter((c) => c.method !== "GET");
const snapshot = () => issues().map((i) => ({ number: i.number, state: i.state, title: i.title, body: i.body, labels: [...i.labels], assignees: [...i.assignees].sort() }));
const line = (body: string | null, text: string) => (body ?? "").split("\n").find((l) => l.includes(text));

describe("manuals laws check", () => {
  it("reports amended laws and the manuals citing them, asking the service with the access key", async () => {
    const run = await check();
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1); // amendments found, nothing handled
    expect(run.stdout).toContain("법령 4개를 국가법령정보센터와 비교했습니다: 개정 2개, 최신 2개.");
    expect(run.stdout).toContain("「주민등록법」 (resident-registration-act): 등록부 2025-01-31 → 현행 2026-07-14 (일부개정, 제21245호) — 바뀐 조문: 제16조, 제29조, 제29조의2");
    expect(run.stdout).toContain(`move-in 업무 [제16조 ⚠] @kim-a  ${paths.moveIn}`);
    expect(run.stdout).toContain(`tax-exemption 업무 [제17조] @park-c  ${paths.exemption}`);
    expect(lawApi.requests.every((r) => r.params.OC === OC && r.params.type === "XML")).toBe(true);
    expect(lawApi.requests.map((r) => `${r.endpoint} ${r.params.target} ${r.params.query ?? r.params.MST}`).sort()).toEqual(
      [
        "lawSearch.do law 주민등록법",
        "lawSearch.do law 주민등록법 시행령",
        "lawSearch.do law 지방세특례제한법",
        "lawSearch.do ordin 서울특별시 한빛구 폐기물 관리 조례",
        "lawService.do law 276001",
        "lawService.do law 277410",
      ].sort(),
    );
    expect(run.stdout + run.stderr).not.toContain(OC);
    expect(fake.calls()).toEqual([]);
  });

  it("keeps one issue per amended law with the citing manuals and owners as a checklist, and a rerun changes nothing", async () => {
    const first = await check(["--issues"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(issues()).toHaveLength(2);

    const [resident] = issueOf("resident-registration-act");
    expect(resident).toMatchObject({ state: "open", labels: ["법령개정"], title: "[법령개정] 「주민등록법」 2026-07-14 시행 — 매뉴얼 2건 확인 필요" });
    expect([...resident!.assignees].sort()).toEqual(["jang-eunji", "kim-a", "lee-b"]); // the admin for laws.yml, and the owners
    expect(line(resident!.body, "manuals/laws.yml")).toMatch(/^- \[ \] 등록부 `manuals\/laws.yml`의 `resident-registration-act` 시행일\(effective\)을 2026-07-14로 고치기/);
    expect(line(resident!.body, paths.moveIn)).toMatch(/^- \[ \] \[move-in 업무\]\(.*\) — 제16조 ⚠ 바뀐 조문, 동 행정민원팀, 담당 @kim-a \(매뉴얼 기준 2025-01-31\)$/);
    expect(line(resident!.body, paths.copy)).toMatch(/^- \[ \] .* — 제29조 ⚠ 바뀐 조문, 동 행정민원팀, 담당 @lee-b /);
    expect(resident!.body).toContain("| 이번 개정에서 바뀐 조문 | 제16조, 제29조, 제29조의2 |");
    expect(resident!.body).toContain("2026-07-14 시행 예정"); // after --today

    const [tax] = issueOf("local-tax-special-cases-act");
    expect(line(tax!.body, paths.exemption)).toMatch(/— 제17조, 세무과, 담당 @park-c/); // 제17조 did not change in this amendment
    expect([...tax!.assignees].sort()).toEqual(["jang-eunji", "park-c"]);
    expect(issueOf("resident-registration-decree")).toEqual([]);
    expect(issueOf("hanbit-waste-ordinance")).toEqual([]);

    const before = snapshot();
    fake.clearRequests();
    const again = await check(["--issues"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("바꿀 것이 없습니다");
    expect(writes()).toEqual([]);
    expect(snapshot()).toEqual(before);
  });

  it("--write changes only the amended laws' effective dates in laws.yml", async () => {
    const before = repo.read("manuals/laws.yml");
    const run = await check(["--write"]);
    expect(run.code).toBe(0);
    const after = repo.read("manuals/laws.yml");
    const changed = after.split("\n").flatMap((l, i) => (l !== before.split("\n")[i] ? [[before.split("\n")[i], l]] : []));
    expect(changed).toEqual([
      ["  effective: 2025-01-31", "  effective: 2026-07-14"],
      ["  effective: 2025-01-01", "  effective: 2026-01-01"],
    ]);
    expect(after.split("\n").length).toBe(before.split("\n").length);
    expect(run.stdout).toContain("manuals/laws.yml의 시행일을 고쳤습니다: resident-registration-act, local-tax-special-cases-act");
    // The written registry names the service's dates: a second check finds nothing amended.
    const second = await check();
    expect(second.stdout).toContain("개정 0개, 최신 4개");
  });

  it("ticks items as the repository catches up, and closes the issue when every citing manual follows the new version", async () => {
    await check(["--issues"]);
    const residentNumber = issueOf("resident-registration-act")[0]!.number;
    const taxNumber = issueOf("local-tax-special-cases-act")[0]!.number;

    // The laws.yml pull request is merged …
    await check(["--write"]);
    await check(["--issues"]);
    const resident = fake.state.issue(REPO, residentNumber);
    expect(line(resident.body, "manuals/laws.yml")).toMatch(/^- \[x\] /);
    expect([...resident.assignees].sort()).toEqual(["kim-a", "lee-b"]); // the admin's part is done

    // … then the owners' pull requests.
    repo.edit(paths.moveIn, "version: 2025-01-31", "version: 2026-07-14");
    repo.edit(paths.exemption, "version: 2025-01-01", "version: 2026-01-01");
    await check(["--issues"]);
    await check(["--issues"]);
    expect(issues()).toHaveLength(2);
    const updated = fake.state.issue(REPO, residentNumber);
    expect(updated).toMatchObject({ state: "open", assignees: ["lee-b"], title: "[법령개정] 「주민등록법」 2026-07-14 시행 — 매뉴얼 1건 확인 필요" });
    expect(line(updated.body, paths.moveIn)).toMatch(/^- \[x\] /);
    expect(line(updated.body, paths.copy)).toMatch(/^- \[ \] /);
    expect(fake.state.issue(REPO, taxNumber)).toMatchObject({ state: "closed", stateReason: "completed" });
    expect(fake.state.comments(REPO, taxNumber).map((c) => c.body)).toEqual([expect.stringContaining("이 이슈를 닫습니다")]);

    repo.edit(paths.copy, "version: 2025-01-31", "version: 2026-07-14");
    await check(["--issues"]);
    expect(fake.state.issue(REPO, residentNumber).state).toBe("closed");
    expect(issues().filter((i) => i.state === "open")).toEqual([]);
  });

  it("leaves the issue of a law it could not find (or did not ask about) as it is", async () => {
    const passport = fake.state.createIssue(REPO, { title: "여권법 개정", body: "<!-- work-manuals:law:passport-act -->\n기존 이슈", user: "github-actions[bot]", labels: ["법령개정"] });
    const other = fake.state.createIssue(REPO, { title: "식품위생법 개정", body: "<!-- work-manuals:law:food-sanitation-act -->\n기존 이슈", user: "github-actions[bot]", labels: ["법령개정"] });
    const run = await check(["--law", "passport-act", "--issues"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("? 「여권법」 (passport-act): 국가법령정보센터에서 이 이름의 법령(법률)을 찾지 못했습니다.");
    expect(fake.state.issue(REPO, passport.number)).toMatchObject({ state: "open", body: "<!-- work-manuals:law:passport-act -->\n기존 이슈" });
    expect(fake.state.issue(REPO, other.number)).toMatchObject({ state: "open", body: "<!-- work-manuals:law:food-sanitation-act -->\n기존 이슈" });
  });

  const failures: [Fault, string][] = [
    ["reset", "법령정보 API(http://127.0.0.1:"],
    ["http-500", "HTTP 500 오류로 답했습니다"],
    ["truncated", "올바른 XML이 아닙니다"],
    ["unverified", "올바른 XML이 아닙니다"],
    ["missing-date", "시행일자(YYYYMMDD)가 없거나 올바르지 않습니다"],
    ["hang", "timeout"],
  ];
  it.each(failures)("a %s answer from the law service is a clear error (exit 2) and changes neither issues nor laws.yml", async (fault, message) => {
    await check(["--issues"]);
    const before = snapshot();
    const laws = repo.read("manuals/laws.yml");
    repo.edit(paths.exemption, "version: 2025-01-01", "version: 2026-01-01"); // would close the tax issue
    fake.clearRequests();
    lawApi.fail("지방세특례제한법", fault);
    // A short timeout only where the service never answers, so a busy machine cannot turn the others into timeouts.
    const run = await check(["--issues", "--write"], fault === "hang" ? { ...env, LAW_API_TIMEOUT_MS: "1000" } : env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^manuals: /);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toContain(OC);
    expect(run.stdout).toBe("");
    expect(fake.calls()).toEqual([]);
    expect(snapshot()).toEqual(before);
    expect(repo.read("manuals/laws.yml")).toBe(laws);
  });

  it("without an access key says how to set it, exits 2 and asks nobody", async () => {
    const { LAW_API_OC: _unused, ...noKey } = env;
    const run = await check(["--issues"], noKey);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("법령정보 API 인증키가 없습니다");
    expect(run.stderr).toContain("LAW_API_OC");
    expect(lawApi.requests).toEqual([]);
    expect(fake.calls()).toEqual([]);
  });

  it("--issues --dry-run prints the issues and writes nothing", async () => {
    const run = await check(["--issues", "--dry-run"], { LAW_API_OC: OC, LAW_API_BASE_URL: lawApi.baseUrl });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("# [법령개정] 「지방세특례제한법」 2026-01-01 시행 — 매뉴얼 1건 확인 필요");
    expect(run.stdout).toContain("<!-- work-manuals:law:resident-registration-act -->");
    expect(fake.calls()).toEqual([]);
  });
});
