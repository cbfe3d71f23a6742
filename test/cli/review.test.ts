// End-to-end: the real `manuals` CLI as a subprocess in temporary git repositories holding the
// sample manuals — review (what the GitHub App will decide), impact, due, handover and new. Each
// test that changes files has a repository of its own, so the tests run side by side.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLACEHOLDER_MARK } from "../../bot/core/new-manual/scaffold-text.ts";
import { reviewersOf, files as f } from "../support/departments.ts";
import { setArticle, setFrontMatter, typo } from "../support/manual-edits.ts";
import { createManualsRepository, type CliRun, type ManualsRepository } from "../support/manuals-repository.ts";

interface ReviewJson {
  state: string;
  changes: { file: string; previousFile?: string; id: string; kind: string; legal: boolean; departments: string[]; laws: { law: string; article: string; change: string }[]; sections: { key: string }[] }[];
  required: { id: string; department: string | null; name: string; approvals: number; reviewers: { users: string[]; teams: string[] }; reasons: string[]; problem?: string }[];
  impact: { law: string; file: string; cites: string[] }[];
}

async function inRepository(use: (repo: ManualsRepository) => Promise<void>): Promise<void> {
  const repo = createManualsRepository();
  try {
    await use(repo);
  } finally {
    repo.dispose();
  }
}

/** Which manuals' front matter cites a law (and which articles), read straight from the files' text. */
function citing(repo: ManualsRepository, law: string): { file: string; articles: string[] }[] {
  return [...repo.snapshot()]
    .filter(([file]) => file.endsWith(".md"))
    .map(([file, bytes]) => ({ file, articles: [...bytes.toString("utf8").matchAll(new RegExp(`  - law: ${law}\\r?\\n    article: "([^"]+)"`, "g"))].map((m) => m[1]!) }))
    .filter((c) => c.articles.length > 0)
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}

const noiseInCleaning = "manuals/district-office/cleaning/noise-vibration-complaint.md";
const addTaxReviewer = (t: string) => t.replace("users: [han-dongwook, seo-yuna]", "users: [han-dongwook, seo-yuna, cho-hyunsoo]");

describe.concurrent("manuals review --base main", () => {
  /** Commits `apply` on a branch of a fresh repository and runs `manuals review --base main` there. */
  function review(apply: (repo: ManualsRepository) => void, check: (run: CliRun & { json: ReviewJson | null; repo: ManualsRepository }) => void, args = ["--format", "json"]) {
    return inRepository(async (repo) => {
      repo.commitOnBranch("change", () => apply(repo));
      const run = await repo.manuals(["review", "--base", "main", ...args]);
      check({ ...run, json: args.includes("json") && run.stdout ? (JSON.parse(run.stdout) as ReviewJson) : null, repo });
    });
  }

  it("a changed law article: legal, that department and its reviewers, the manuals citing the same law", () =>
    review(
      (repo) => repo.edit(f.buildingPermit, (t) => setArticle(t, "building-act", "제14조", "제14조의2")),
      ({ code, json, stderr, repo }) => {
        expect(stderr).toBe("");
        expect(code).toBe(1);
        expect(json!.state).toBe("pending");
        expect(json!.changes).toEqual([
          {
            file: f.buildingPermit,
            id: "building-permit",
            title: "건축허가 처리",
            kind: "modified",
            legal: true,
            departments: ["building"],
            laws: [{ law: "building-act", article: "제14조의2", change: "changed", before: { article: "제14조", version: "2025-10-01" }, after: { article: "제14조의2", version: "2025-10-01" } }],
            sections: [],
          },
        ]);
        expect(json!.required.map(({ reasons: _reasons, ...rule }) => rule)).toEqual([{ id: "department:building", department: "building", name: "건축과", approvals: 2, reviewers: reviewersOf.building }]);
        expect(json!.required[0]!.reasons).toEqual([`${f.buildingPermit}: 법령 내용 변경`, "「건축법」 제14조 (2025-10-01) → 제14조의2 (2025-10-01)"]);
        const others = citing(repo, "building-act").filter((c) => c.file !== f.buildingPermit);
        expect(others.length).toBeGreaterThan(0);
        expect(json!.impact.map((i) => [i.law, i.file, i.cites])).toEqual(others.map((c) => ["building-act", c.file, c.articles]));
      },
    ));

  it("an edit to 업무 팁 only: no legal change, nothing required, exit 0", () =>
    review(
      (repo) => repo.edit(f.buildingPermit, (t) => typo(t, "업무 팁")),
      ({ code, json }) => {
        expect(code).toBe(0);
        expect(json!.state).toBe("not-required");
        expect(json!.changes.map((c) => [c.file, c.kind, c.legal, c.laws, c.sections])).toEqual([[f.buildingPermit, "modified", false, [], []]]);
        expect(json!.required).toEqual([]);
        expect(json!.impact).toEqual([]);
      },
    ));

  it("a manual moved to another department requires both departments", () =>
    review(
      (repo) => {
        repo.git("mv", f.noise, noiseInCleaning);
        repo.edit(noiseInCleaning, (t) => setFrontMatter(t, "department", "environment", "cleaning"));
      },
      ({ code, json }) => {
        expect(code).toBe(1);
        expect(json!.changes.map((c) => [c.kind, c.file, c.previousFile, c.legal, c.departments])).toEqual([["moved", noiseInCleaning, f.noise, true, ["environment", "cleaning"]]]);
        expect(json!.required.map((r) => [r.id, r.approvals, r.reviewers])).toEqual([
          ["department:cleaning", 1, reviewersOf.cleaning],
          ["department:environment", 1, reviewersOf.environment],
        ]);
        for (const rule of json!.required) expect(rule.reasons[0]).toBe(`${noiseInCleaning}: 매뉴얼 이동 (district-office/environment → district-office/cleaning)`);
      },
    ));

  it("a registry edit requires the administrators", () =>
    review(
      (repo) => repo.edit(f.departments, addTaxReviewer),
      ({ code, json }) => {
        expect(code).toBe(1);
        expect(json!.changes).toEqual([]);
        expect(json!.required.map(({ id, department, approvals, reviewers, reasons }) => ({ id, department, approvals, reviewers, reasons }))).toEqual([
          { id: "admins", department: null, approvals: 1, reviewers: reviewersOf.admins, reasons: [`${f.departments} 변경`] },
        ]);
      },
    ));

  it("reads the registry from the base: a reviewer the head adds is not among the department's reviewers", () =>
    review(
      (repo) => {
        repo.edit(f.departments, addTaxReviewer);
        repo.edit(f.taxExemption, (t) => setArticle(t, "local-tax-special-cases-act", "제178조", "제178조의2"));
      },
      ({ json }) => {
        expect(json!.required.map((r) => [r.id, r.reviewers])).toEqual([
          ["department:tax", reviewersOf.tax],
          ["admins", reviewersOf.admins],
        ]);
      },
    ));

  it("prints the decision as Markdown, in English on request", () =>
    review(
      (repo) => repo.edit(f.buildingPermit, (t) => setArticle(t, "building-act", "제14조", "제14조의2")),
      ({ code, stdout }) => {
        expect(code).toBe(1);
        expect(stdout).toContain("## ⏳ Waiting for approval of legal changes");
        expect(stdout).toContain("### ⏳ Building Permits Division approvals 0/2");
        expect(stdout).toContain("- ⏳ 2 more approval(s) needed from: kang-taeyang, moon-sora, @hanbit-gu/building-reviewers");
        expect(stdout).toContain("- 「건축법」 제14조 (2025-10-01) → 제14조의2 (2025-10-01)");
      },
      ["--format", "markdown", "--lang", "en"],
    ));

  it("a base that does not exist exits 2 with one sentence", () =>
    inRepository(async (repo) => {
      const { code, stdout, stderr } = await repo.manuals(["review", "--base", "no-such-branch", "--format", "json"]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      // One Korean sentence naming the ref, with the particle that follows it, and what to check.
      expect(stderr.split("\n")).toEqual([expect.stringMatching(/^manuals: git에서 'no-such-branch'를 찾을 수 없습니다\. .*git fetch/), ""]);
    }));
});

describe.concurrent("manuals impact, due, handover, new", () => {
  // Commands that only read share one repository.
  let shared: ManualsRepository;
  beforeAll(() => {
    shared = createManualsRepository();
  });
  afterAll(() => shared.dispose());

  it.each(["review", "impact", "due", "handover", "new"])("%s --help exits 0 with its usage", async (command) => {
    const { code, stdout } = await shared.manuals([command, "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: manuals ${command} [options]`);
  });

  it("impact --law lists every manual citing the law, with its articles", async () => {
    const { code, stdout } = await shared.manuals(["impact", "--law", "resident-registration-act", "--format", "json"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { law: { key: string; name: string }; article: null; manuals: { file: string; articles: string[] }[] };
    expect([json.law.key, json.law.name, json.article]).toEqual(["resident-registration-act", "주민등록법", null]);
    const expected = citing(shared, "resident-registration-act");
    expect(expected.map((c) => c.file)).toContain("manuals/community-center/dong-civil/move-in-report.md");
    expect(json.manuals.map((m) => [m.file, m.articles]).sort()).toEqual(expected.map((c) => [c.file, c.articles]).sort());
  });

  it("impact --law --article narrows to the manuals citing that article", async () => {
    const { code, stdout } = await shared.manuals(["impact", "--law", "resident-registration-act", "--article", "제16조", "--format", "json"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { article: string; manuals: { file: string; articles: string[] }[] };
    const expected = citing(shared, "resident-registration-act").filter((c) => c.articles.includes("제16조"));
    expect(json.article).toBe("제16조");
    expect(json.manuals.map((m) => [m.file, m.articles])).toEqual(expected.map((c) => [c.file, ["제16조"]]));
  });

  it("impact with an unknown law exits 2 and suggests the closest key", async () => {
    const { code, stderr } = await shared.manuals(["impact", "--law", "resident-registraton-act"]);
    expect(code).toBe(2);
    expect(stderr).toBe("manuals: 법령 키 'resident-registraton-act'가 manuals/laws.yml에 없습니다. 혹시 'resident-registration-act'라고 쓰려던 것인가요?\n");
  });

  describe("due", () => {
    let repo: ManualsRepository;
    beforeAll(() => {
      repo = createManualsRepository();
      // Review dates long before every sample's: on 2020-01-01 only these can be due.
      repo.edit(f.buildingPermit, (t) => setFrontMatter(t, "last_reviewed", "2025-12-03", "2017-11-15")); // 24 months: due 2019-11-15
      repo.edit("manuals/district-office/building/building-use-approval.md", (t) => setFrontMatter(t, "last_reviewed", "2026-06-25", "2018-01-20")); // 24 months: due 2020-01-20
      repo.edit(f.taxExemption, (t) => setFrontMatter(t, "last_reviewed", "2026-02-24", "2018-12-31")); // 12 months: due 2019-12-31
      repo.edit(f.acquisitionTax, (t) => setFrontMatter(t, "last_reviewed", "2026-07-14", "2019-03-01")); // 12 months: due 2020-03-01
    });
    afterAll(() => repo.dispose());

    const permit = { file: f.buildingPermit, id: "building-permit", title: "건축허가 처리", department: "building", owner: "ryu-seungho", deputy: "ha-yejin", lastReviewed: "2017-11-15", due: "2019-11-15", daysLeft: -47, overdue: true };
    const useApproval = { file: "manuals/district-office/building/building-use-approval.md", id: "building-use-approval", department: "building", owner: "ryu-seungho", deputy: "ha-yejin", lastReviewed: "2018-01-20", due: "2020-01-20", daysLeft: 19, overdue: false };
    const exemption = { file: f.taxExemption, id: "local-tax-exemption", title: "지방세 감면 신청 처리", department: "tax", owner: "cho-hyunsoo", deputy: "yang-jiyeon", lastReviewed: "2018-12-31", due: "2019-12-31", daysLeft: -1, overdue: true };
    type DueJson = { today: string; within: number; departments: { department: string; name: { ko: string }; manuals: ({ file: string; daysLeft: number } & Record<string, unknown>)[] }[] };
    const due = async (...args: string[]) => {
      const run = await repo.manuals(["due", "--today", "2020-01-01", "--format", "json", ...args]);
      expect(run.code).toBe(0);
      return JSON.parse(run.stdout) as DueJson;
    };

    it("finds the overdue and nearly due manuals, grouped by department", async () => {
      const json = await due("--within", "30");
      expect([json.today, json.within]).toEqual(["2020-01-01", 30]);
      expect(json.departments.map((d) => [d.department, d.name.ko, d.manuals.map((m) => m.file)])).toEqual([
        ["building", "건축과", [permit.file, useApproval.file]],
        ["tax", "세무과", [exemption.file]],
      ]);
      expect(json.departments[0]!.manuals[0]).toEqual(permit);
      expect(json.departments[0]!.manuals[1]).toMatchObject(useApproval);
      expect(json.departments[1]!.manuals[0]).toEqual(exemption);
    });

    it("--within widens the window", async () => {
      const json = await due("--within", "90");
      expect(json.departments.map((d) => [d.department, d.manuals.map((m) => [m.file, m.daysLeft])])).toEqual([
        ["building", [[permit.file, -47], [useApproval.file, 19]]],
        ["tax", [[exemption.file, -1], [f.acquisitionTax, 60]]],
      ]);
    });

    it("--department narrows it", async () => {
      const json = await due("--department", "tax");
      expect(json.departments.map((d) => [d.department, d.manuals.map((m) => m.file)])).toEqual([["tax", [exemption.file]]]);
    });

    it("a malformed --today exits 2", async () => {
      const { code, stderr } = await repo.manuals(["due", "--today", "2020-13-45"]);
      expect(code).toBe(2);
      expect(stderr).toBe("manuals: --today 값 '2020-13-45'는 날짜가 아닙니다. YYYY-MM-DD 형식의 실제 날짜로 적어 주세요. 예: 2026-03-02\n");
    });
  });

  describe("handover --from --to", () => {
    const seal = "manuals/community-center/dong-civil/seal-certificate-issuance.md";
    /** Whose owner or deputy line names the login, read from the bytes. */
    const rolesOf = (files: Map<string, Buffer>, login: string) =>
      [...files]
        .filter(([file]) => file.endsWith(".md"))
        .flatMap(([file, bytes]) => {
          const found = [...bytes.toString("utf8").matchAll(new RegExp(`^(owner|deputy): ${login}\\r?$`, "gm"))].map((m) => m[1]!);
          return found.length ? [{ file, roles: found }] : [];
        });
    /** A repository where one of jin-sohee's manuals has Windows line endings. */
    const withCrlfManual = (use: (repo: ManualsRepository) => Promise<void>) =>
      inRepository(async (repo) => {
        repo.commitOnBranch("crlf", () => repo.edit(seal, (t) => t.replace(/\n/g, "\r\n")));
        await use(repo);
      });

    it("--dry-run prints the checklist and changes nothing", () =>
      withCrlfManual(async (repo) => {
        const before = repo.snapshot();
        const { code, stdout } = await repo.manuals(["handover", "--from", "jin-sohee", "--to", "woo-jaehyun", "--dry-run", "--format", "json"]);
        expect(code).toBe(0);
        const json = JSON.parse(stdout) as { dryRun: boolean; manuals: { file: string; roles: string[]; deputyIsOwner: boolean; laws: unknown[]; tips: string }[] };
        expect(json.dryRun).toBe(true);
        expect(json.manuals.map((m) => ({ file: m.file, roles: m.roles })).sort((a, b) => (a.file < b.file ? -1 : 1))).toEqual(rolesOf(before, "jin-sohee"));
        // woo-jaehyun is already the deputy of id-card-reissuance: the checklist says so.
        expect(json.manuals.filter((m) => m.deputyIsOwner).map((m) => m.file)).toEqual(["manuals/community-center/dong-civil/id-card-reissuance.md"]);
        for (const manual of json.manuals) expect([manual.laws.length > 0, manual.tips.length > 0]).toEqual([true, true]);
        expect(repo.snapshot()).toEqual(before);
      }));

    it("reassigns owner and deputy and leaves every other byte as it was", () =>
      withCrlfManual(async (repo) => {
        const before = repo.snapshot();
        const expected = rolesOf(before, "jin-sohee");
        expect(expected.map((e) => e.file)).toContain(seal);
        const { code, stdout } = await repo.manuals(["handover", "--from", "jin-sohee", "--to", "park-saeron"]);
        expect(code).toBe(0);
        // park-saeron is not in manuals/people.yml yet: shown by login, and adding them is on the checklist.
        expect(stdout.startsWith("# 인수인계 점검표: 진소희 주무관(@jin-sohee) → @park-saeron\n\n- 떠나는 사람: 진소희 주무관 · 02-2100-3502 (@jin-sohee)\n- 이어받는 사람: @park-saeron\n")).toBe(true);
        expect(stdout).toContain("- [ ] manuals/people.yml에 @park-saeron의 이름, 직급, 팀, 사무실 전화 추가하기");
        const after = repo.snapshot();
        expect([...after.keys()]).toEqual([...before.keys()]);
        for (const [file, bytes] of before) {
          let want = bytes;
          for (const role of expected.find((e) => e.file === file)?.roles ?? []) {
            const from = Buffer.from(`\n${role}: jin-sohee`);
            const at = want.indexOf(from);
            expect(want.indexOf(from, at + 1)).toBe(-1);
            want = Buffer.concat([want.subarray(0, at), Buffer.from(`\n${role}: park-saeron`), want.subarray(at + from.length)]);
          }
          expect(after.get(file)!.equals(want), file).toBe(true);
        }
        const changed = repo.git("status", "--porcelain").split("\n").filter(Boolean).map((line) => line.slice(3));
        expect(changed.sort()).toEqual(expected.map((e) => e.file));
      }));

    it("a manual saved as CP949 (not UTF-8) is left byte for byte, with a warning; the others are handed over", () =>
      inRepository(async (repo) => {
        const moveIn = "manuals/community-center/dong-civil/move-in-report.md";
        const cp949 = Buffer.from([0xc0, 0xfc, 0xc0, 0xd4, 0xbd, 0xc5, 0xb0, 0xed]); // "전입신고" in CP949
        const original = Buffer.from(repo.read(moveIn).replace("## 업무 팁\n", "## 업무 팁\n\n- @@\n"));
        const at = original.indexOf("@@");
        const bytes = Buffer.concat([original.subarray(0, at), cp949, original.subarray(at + 2)]);
        repo.write(moveIn, bytes);
        const expected = rolesOf(repo.snapshot(), "jin-sohee").map((e) => e.file);
        expect(expected).toContain(moveIn);
        const { code, stdout, stderr } = await repo.manuals(["handover", "--from", "jin-sohee", "--to", "park-saeron", "--format", "json"]);
        expect(code).toBe(0);
        expect(stderr).toBe(`manuals: ${moveIn}: 파일을 그대로 다시 쓸 수 없어 담당자·대리자를 바꾸지 않았습니다. UTF-8이 아닌 글자가 ${original.subarray(0, at).toString().split("\n").length}번째 줄에 있습니다. 파일을 UTF-8로 저장해 주세요(한글 문서라면 EUC-KR/CP949로 저장된 경우가 많습니다). 고친 뒤 다시 실행해 주세요.\n`);
        expect(repo.snapshot().get(moveIn)!.equals(bytes)).toBe(true);
        const handed = (JSON.parse(stdout) as { manuals: { file: string }[] }).manuals.map((m) => m.file).sort();
        expect(handed).toEqual(expected.filter((file) => file !== moveIn));
      }));

    it("names the people from manuals/people.yml: leaver, successor and who holds each manual afterwards", async () => {
      const { code, stdout } = await shared.manuals(["handover", "--from", "jin-sohee", "--to", "woo-jaehyun", "--dry-run"]);
      expect(code).toBe(0);
      const lines = stdout.split("\n");
      expect(lines.slice(0, 4)).toEqual([
        "# 인수인계 점검표: 진소희 주무관(@jin-sohee) → 우재현 주무관(@woo-jaehyun) (미리보기)",
        "",
        "- 떠나는 사람: 진소희 주무관 · 02-2100-3502 (@jin-sohee)",
        "- 이어받는 사람: 우재현 주무관 · 02-2100-3504 (@woo-jaehyun)",
      ]);
      expect(stdout).not.toContain("people.yml에 @");
      // move-in-report: jin-sohee owned it, kwak-minseok stays deputy.
      const moveIn = lines.indexOf("- [ ] 파일: `manuals/community-center/dong-civil/move-in-report.md` (담당자)");
      expect(lines[moveIn + 1]).toBe("- 인수인계 뒤 담당자: 우재현 주무관 · 02-2100-3504 (@woo-jaehyun) / 대리자: 곽민석 주무관 · 02-2100-3503 (@kwak-minseok)");
      const json = JSON.parse((await shared.manuals(["handover", "--from", "jin-sohee", "--to", "woo-jaehyun", "--dry-run", "--format", "json", "--lang", "en"])).stdout) as {
        toPerson: { text: string; tel: string };
        manuals: { file: string; owner: { text: string } | null; deputy: { login: string } | null }[];
      };
      expect(json.toPerson).toMatchObject({ text: "우재현 주무관 · 02-2100-3504", tel: "tel:0221003504" });
      const entry = json.manuals.find((m) => m.file.endsWith("move-in-report.md"))!;
      expect([entry.owner?.text, entry.deputy?.login]).toEqual(["우재현 주무관 · 02-2100-3504", "kwak-minseok"]);
    });

    it("someone with no manuals: exit 1 and nothing changed", async () => {
      const before = shared.snapshot();
      const { code, stdout } = await shared.manuals(["handover", "--from", "nobody-here", "--to", "park-saeron"]);
      expect(code).toBe(1);
      expect(stdout).toContain("@nobody-here가 담당하거나 대리하는 매뉴얼이 없습니다.");
      expect(shared.snapshot()).toEqual(before);
    });
  });

  describe("new", () => {
    const path = "manuals/district-office/environment/night-noise-complaint.md";
    const flags = ["--id", "night-noise-complaint", "--title", "야간 소음 민원 처리", "--department", "environment", "--owner", "sim-yujin", "--deputy", "ji-hoseok", "--law", "noise-vibration-act:제21조", "--law", "noise-vibration-rule:제20조", "--today", "2026-03-02"];

    it("--dry-run prints the manual and writes nothing", async () => {
      const before = shared.snapshot();
      const { code, stdout } = await shared.manuals(["new", ...flags, "--dry-run"]);
      expect(code).toBe(0);
      expect(stdout.startsWith("---\nid: night-noise-complaint\ntitle: 야간 소음 민원 처리\ninstitution: district-office\ndepartment: environment\nowner: sim-yujin\ndeputy: ji-hoseok\n")).toBe(true);
      expect(shared.snapshot()).toEqual(before);
    });

    it("creates the manual at its path; the check fails on every guidance line until each is replaced, then passes", () =>
      inRepository(async (repo) => {
        const { code, stdout } = await repo.manuals(["new", ...flags, "--tag", "소음, 야간", "--tag", "민원"]);
        expect(code).toBe(0);
        expect(stdout).toContain(`만들었습니다: ${path}`);
        const text = repo.read(path);
        expect(text).toContain('  - law: noise-vibration-act\n    article: "제21조"\n');
        expect(text).toContain("last_reviewed: 2026-03-02\n");
        expect(text).toContain("tags: [소음, 야간, 민원]\n");
        const guidance = text.split("\n").flatMap((line, i) => (line.includes(PLACEHOLDER_MARK) ? [i + 1] : []));
        const check = await repo.manuals(["check", path, "--no-cache", "--format", "json"]);
        const report = JSON.parse(check.stdout) as { findings: { line: number; rule: string }[] };
        expect(check.code).toBe(1);
        // Exactly the guidance lines, nothing else: the scaffold is otherwise a valid manual.
        expect(report.findings.map((f) => [f.rule, f.line])).toEqual(guidance.map((line) => ["scaffold-placeholder", line]));
        expect(guidance.length).toBeGreaterThanOrEqual(6);
        // Replaced with real content (the laws keep their citations), the manual passes.
        repo.write(path, Buffer.from(text.replace(/✎ 작성 안내: [^|\n]*/g, (m) => (m.includes("조항") ? "소음 배출 허용기준을 정한다." : "야간 소음 민원은 현장 측정 후 처리한다."))));
        const after = await repo.manuals(["check", path, "--no-cache", "--format", "json"]);
        expect(JSON.parse(after.stdout)).toEqual({ files: 1, errors: 0, warnings: 0, findings: [] });
        expect(after.code).toBe(0);
        // The id is now taken: a second manual with it is refused, naming the holder.
        const again = await repo.manuals(["new", ...flags]);
        expect([again.code, again.stderr]).toEqual([2, `manuals: id 'night-noise-complaint'는 이미 ${path}에서 쓰고 있습니다. id는 매뉴얼마다 달라야 하니 다른 id를 정해 주세요. 예: night-noise-complaint-2\n`]);
      }));

    it("proposes an id from the Korean title when none is given", async () => {
      const { code, stdout } = await shared.manuals(["new", ...flags.filter((_f, i) => i > 1), "--dry-run"]);
      expect(code).toBe(0);
      expect(stdout.startsWith("---\nid: yagan-soeum-minwon-cheori\n")).toBe(true);
    });

    it.each([
      ["an unknown department", ["--id", "x-task", "--title", "업무", "--department", "envirnoment", "--owner", "sim-yujin", "--law", "noise-vibration-act:제21조"], /^manuals: 부서 'envirnoment'가 manuals\/departments\.yml에 없습니다\. 혹시 'environment'라고 쓰려던 것인가요\? 등록된 부서: .*\benvironment\b.*\n$/],
      ["a malformed article", ["--id", "x-task", "--title", "업무", "--department", "environment", "--owner", "sim-yujin", "--law", "noise-vibration-act:21"], /^manuals: 조문 '21'은 형식이 맞지 않습니다\. .* 혹시 '제21조'라고 쓰려던 것인가요\?\n$/],
      ["missing flags without a terminal", ["--id", "x-task"], /^manuals: 필요한 옵션이 빠졌습니다: --title, --department, --owner, --law\. /],
      ["an id in the wrong form, explained in Korean", ["--id", "Night_Noise", "--title", "야간 소음", "--department", "environment", "--owner", "sim-yujin", "--law", "noise-vibration-act:제21조"], /^manuals: id 'Night_Noise'는 쓸 수 없습니다\. id는 영문 소문자와 숫자를 하이픈\(-\)으로 이은 80자 이하의 이름입니다.* 예: yagan-soeum\n$/],
      ["an id another manual has", ["--id", "move-in-report", "--title", "전입신고", "--department", "dong-civil", "--owner", "sim-yujin", "--law", "resident-registration-act:제16조"], /^manuals: id 'move-in-report'는 이미 manuals\/community-center\/dong-civil\/move-in-report\.md에서 쓰고 있습니다\. .* 예: move-in-report-2\n$/],
      ["a login YAML would read as a number", ["--title", "야간 소음", "--department", "environment", "--owner", "12345x", "--deputy", "-bad", "--law", "noise-vibration-act:제21조"], /^manuals: --deputy 값 '-bad'는 GitHub 로그인이 아닙니다\./],
    ])("%s exits 2 with one sentence", async (_what, args, message) => {
      const { code, stderr } = await shared.manuals(["new", ...args]);
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
    });
  });
});
