// Concrete examples of compare (law entries, section diffs, moves, broken manuals), impact, and
// report (check conclusions, labels, review requests, GitHub's length limit, English output).
import { describe, expect, it } from "vitest";
import { compareManuals, type ManualChange, type ManualPair } from "../../../bot/core/compare/compare-manuals.ts";
import { impactOf, type Impact } from "../../../bot/core/compare/impact.ts";
import type { ManualSummary } from "../../../bot/core/validate/manual-summary.ts";
import { summaryOf } from "../../../bot/local/manual-index.ts";
import type { Finding } from "../../../bot/core/findings.ts";
import { report, STICKY_MARKER, type ReportInput } from "../../../bot/core/report/report.ts";
import { GITHUB_TEXT_LIMIT, truncate } from "../../../bot/core/report/truncate.ts";
import { files as f } from "../../support/departments.ts";
import { edit, move, remove, runPullRequest, type Edit, type PullRequestResult, type PullRequestSpec } from "../../support/pull-request.ts";
import { addLaw, editSection, removeLaw, replaceOnce, setArticle, setFrontMatter, setVersion, typo } from "../../support/manual-edits.ts";
import { registryOf, sample, sampleManualFiles, sampleRepository, spec } from "../../support/samples.ts";

const { config } = registryOf(sampleRepository());

function compareFile(file: string, change: (text: string) => string): ManualChange[] {
  const text = sample(file);
  return compareManuals([{ base: { file, text }, head: { file, text: change(text) } }], spec);
}

/** The parts of a change a reviewer reads, without the full legal content of both sides. */
const gist = ({ base: _base, head: _head, ...rest }: ManualChange) => rest;

describe("compare: law entries", () => {
  it("an added entry", async () => {
    expect(compareFile(f.buildingPermit, (t) => addLaw(t, "administrative-procedures-act", "제21조", "2023-03-24")).map(gist)).toEqual([
      {
        file: f.buildingPermit,
        id: "building-permit",
        title: "건축허가 처리",
        kind: "modified",
        legal: true,
        departments: ["building"],
        laws: [{ law: "administrative-procedures-act", article: "제21조", change: "added", after: { article: "제21조", version: "2023-03-24" } }],
        sections: [],
      },
    ]);
  });

  it("a removed entry", async () => {
    const [change] = compareFile(f.buildingPermit, (t) => removeLaw(t, "building-act", "제12조"));
    expect(change!.laws).toEqual([{ law: "building-act", article: "제12조", change: "removed", before: { article: "제12조", version: "2025-10-01" } }]);
    expect([change!.kind, change!.legal, change!.departments]).toEqual(["modified", true, ["building"]]);
  });

  it("an entry whose article changed within the same law", async () => {
    const [change] = compareFile(f.buildingPermit, (t) => setArticle(t, "building-act", "제14조", "제14조의2"));
    expect(change!.laws).toEqual([{ law: "building-act", article: "제14조의2", change: "changed", before: { article: "제14조", version: "2025-10-01" }, after: { article: "제14조의2", version: "2025-10-01" } }]);
  });

  it("an entry whose version changed", async () => {
    const [change] = compareFile(f.taxExemption, (t) => setVersion(t, "local-tax-special-cases-act", "제17조", "2026-01-01"));
    expect(change!.laws).toEqual([{ law: "local-tax-special-cases-act", article: "제17조", change: "changed", before: { article: "제17조", version: "2025-01-01" }, after: { article: "제17조", version: "2026-01-01" } }]);
  });

  it("entries reordered are no change", async () => {
    const entry = '  - law: building-act\n    article: "제11조"\n    version: 2025-10-01\n';
    const lastFirst = (t: string) => replaceOnce(replaceOnce(t, entry, ""), "review_cycle_months:", `${entry}review_cycle_months:`);
    expect(compareFile(f.buildingPermit, lastFirst).map((c) => [c.kind, c.legal, c.laws])).toEqual([["modified", false, []]]);
  });
});

describe("compare: legal sections", () => {
  it("a word edit in 관련법령 shows the statement replaced and the words that changed", async () => {
    const [change] = compareFile(f.taxExemption, (t) => editSection(t, "관련법령", (body) => replaceOnce(body, "1년 이내 이전 시 추징", "1년 이내 이전 시 환수")));
    const before = "「지방세특례제한법」 제17조(장애인용 자동차에 대한 감면): 장애인이 보철용·생업활동용으로 취득·등록하는 자동차 1대의 취득세·자동차세 감면과 1년 이내 이전 시 추징";
    const after = before.replace(/추징$/, "환수");
    expect(change!.laws).toEqual([]);
    expect(change!.sections).toHaveLength(1);
    const [section] = change!.sections;
    expect({ key: section!.key, title: section!.title, removed: section!.removed, added: section!.added, unified: section!.unified }).toEqual({
      key: "laws",
      title: { ko: "관련법령", en: "Related Laws" },
      removed: [before],
      added: [after],
      unified: `- ${before}\n+ ${after}`,
    });
    expect(section!.edits).toHaveLength(1);
    const [wordEdit] = section!.edits;
    expect([wordEdit!.before, wordEdit!.after]).toEqual([before, after]);
    expect(wordEdit!.parts.filter((p) => p.added || p.removed)).toEqual([
      { value: "추징", removed: true },
      { value: "환수", added: true },
    ]);
    expect(wordEdit!.parts.filter((p) => !p.added).map((p) => p.value).join("")).toBe(before);
    expect(wordEdit!.parts.filter((p) => !p.removed).map((p) => p.value).join("")).toBe(after);
  });

  it("a new statement is an addition, not a word edit", async () => {
    const line = "- 「행정절차법」 제21조(처분의 사전 통지): 추징 전 사전통지와 의견제출 기회";
    const [change] = compareFile(f.taxExemption, (t) => editSection(t, "관련법령", (body) => body.trimEnd() + `\n${line}\n\n`));
    expect(change!.sections.map((s) => ({ removed: s.removed, added: s.added, edits: s.edits, unified: s.unified }))).toEqual([{ removed: [], added: [line.slice(2)], edits: [], unified: `+ ${line.slice(2)}` }]);
  });

  it("an edit to a section that is not legal is a non-legal modification", async () => {
    expect(compareFile(f.taxExemption, (t) => typo(t, "업무처리절차")).map(gist)).toEqual([
      { file: f.taxExemption, id: "local-tax-exemption", title: "지방세 감면 신청 처리", kind: "modified", legal: false, departments: ["tax"], laws: [], sections: [] },
    ]);
  });
});

describe("compare: added, deleted, moved", () => {
  const noise = sample(f.noise);
  const inCleaning = "manuals/district-office/cleaning/noise-vibration-complaint.md";

  it("moved by a department change in the front matter (same path)", async () => {
    const [change] = compareFile(f.noise, (t) => setFrontMatter(t, "department", "environment", "cleaning"));
    expect([change!.kind, change!.legal, change!.file, change!.previousFile, change!.departments, change!.laws, change!.sections]).toEqual(["moved", true, f.noise, undefined, ["environment", "cleaning"], [], []]);
  });

  it("moved by a rename git detected (same id, same department)", async () => {
    const to = "manuals/district-office/environment/noise-complaint.md";
    const changes = compareManuals([{ base: { file: f.noise, text: noise }, head: { file: to, text: noise } }], spec);
    expect(changes.map((c) => [c.kind, c.legal, c.file, c.previousFile, c.id, c.departments])).toEqual([["moved", true, to, f.noise, "noise-vibration-complaint", ["environment"]]]);
  });

  it("a delete and an add with the same id pair into one move", async () => {
    const pairs: ManualPair[] = [
      { base: null, head: { file: inCleaning, text: setFrontMatter(noise, "department", "environment", "cleaning") } },
      { base: { file: f.noise, text: noise }, head: null },
    ];
    const changes = compareManuals(pairs, spec);
    expect(changes.map((c) => [c.kind, c.file, c.previousFile, c.departments, c.laws])).toEqual([["moved", inCleaning, f.noise, ["environment", "cleaning"], []]]);
  });

  it("a delete and an add with different ids stay a deletion and an addition", async () => {
    const other = "manuals/district-office/environment/night-noise.md";
    const changes = compareManuals(
      [
        { base: { file: f.noise, text: noise }, head: null },
        { base: null, head: { file: other, text: setFrontMatter(noise, "id", "noise-vibration-complaint", "night-noise") } },
      ],
      spec,
    );
    expect(changes.map((c) => [c.kind, c.file, c.id, c.departments, c.laws.map((l) => l.change)])).toEqual([
      ["added", other, "night-noise", ["environment"], ["added", "added", "added", "added"]],
      ["deleted", f.noise, "noise-vibration-complaint", ["environment"], ["removed", "removed", "removed", "removed"]],
    ]);
  });

  it("a deleted manual is a legal change for its department", async () => {
    const changes = compareManuals([{ base: { file: f.passport, text: sample(f.passport) }, head: null }], spec);
    expect(changes.map((c) => [c.kind, c.legal, c.file, c.title, c.departments])).toEqual([["deleted", true, f.passport, "여권 발급 접수 및 교부", ["civil-affairs"]]]);
  });
});

describe("compare: a broken manual on one side", () => {
  const broken: [string, string][] = [
    ["unparsable front matter", "---\nid: [broken\ndepartment: building\n---\n\n## 관련법령\n\n- 「건축법」 제11조\n"],
    ["no front matter", "## 관련법령\n\n- 「건축법」 제11조\n"],
    ["unclosed front matter", "---\nid: building-permit\n"],
    ["an empty file", ""],
    ["binary bytes", "\u0000\u0001\u0002PNG\u0000"],
  ];

  it.each(broken)("head with %s: a legal modification of the base's department, without throwing", async (_what, text) => {
    const changes = compareManuals([{ base: { file: f.buildingPermit, text: sample(f.buildingPermit) }, head: { file: f.buildingPermit, text } }], spec);
    expect(changes.map((c) => [c.kind, c.legal, c.file, c.id, c.departments, c.laws.every((l) => l.change === "removed")])).toEqual([["modified", true, f.buildingPermit, "building-permit", ["building"], true]]);
  });

  it.each(broken)("base with %s: a legal modification of the head's department, without throwing", async (_what, text) => {
    const changes = compareManuals([{ base: { file: f.buildingPermit, text }, head: { file: f.buildingPermit, text: sample(f.buildingPermit) } }], spec);
    expect(changes.map((c) => [c.kind, c.legal, c.departments, c.laws.length > 0 && c.laws.every((l) => l.change === "added")])).toEqual([["modified", true, ["building"], true]]);
  });

  it("an added manual that cannot be read routes to the administrators", async () => {
    const result = await runPullRequest({ author: "ryu-seungho", commits: [{ name: "c1", edits: [(files) => files.set("manuals/district-office/building/draft.md", "\u0000")] }] });
    expect(result.decision.changes.map((c) => [c.kind, c.legal, c.departments])).toEqual([["added", true, []]]);
    expect(result.decision.required.map((r) => [r.id, r.reasons.map((t) => t.en)])).toEqual([["admins", ["manuals/district-office/building/draft.md: department '?' is not in the base branch's registry, so administrators must approve"]]]);
  });
});

describe("impact", () => {
  const citing: ManualSummary[] = sampleManualFiles.map((file) => summaryOf(file, new TextEncoder().encode(sample(file))));
  const support = "manuals/district-office/welfare-policy/emergency-welfare-support.md";
  const consultation = "manuals/community-center/dong-welfare/emergency-welfare-consultation.md";
  /** An independent reading of which sample manuals cite a law, and which articles: the front matter's text. */
  const citationsOf = (law: string) =>
    sampleManualFiles
      .map((file) => ({ file, cites: [...sample(file).matchAll(new RegExp(`  - law: ${law}\\n    article: "([^"]+)"`, "g"))].map((m) => m[1]!) }))
      .filter((c) => c.cites.length > 0);

  it("lists the other manuals citing a law whose entry changed, across departments, without the changed one", async () => {
    const changes = compareFile(support, (t) => setVersion(t, "emergency-welfare-act", "제7조", "2026-02-01"));
    const impact = impactOf(changes, citing);
    const expected = citationsOf("emergency-welfare-act").filter((c) => c.file !== support);
    expect(expected.map((c) => c.file)).toContain(consultation);
    expect(impact.map((i) => [i.law, i.articles, i.file, i.cites])).toEqual(expected.map((c) => ["emergency-welfare-act", ["제7조"], c.file, c.cites]));
    expect(impact.find((i) => i.file === consultation)).toMatchObject({ id: "emergency-welfare-consultation", department: "dong-welfare", owner: "do-yoonah" });
  });

  it("names both articles of a changed article, one entry per law and citing manual", async () => {
    const pension = "manuals/district-office/welfare-policy/basic-pension-application.md";
    const changes = compareFile(pension, (t) => setArticle(setVersion(t, "personal-information-protection-act", "제15조", "2026-01-01"), "basic-pension-act", "제3조", "제3조의2"));
    const impact = impactOf(changes, citing);
    const expected = [...citationsOf("basic-pension-act").map((c) => ({ ...c, law: "basic-pension-act", articles: ["제3조", "제3조의2"] })), ...citationsOf("personal-information-protection-act").map((c) => ({ ...c, law: "personal-information-protection-act", articles: ["제15조"] }))]
      .filter((c) => c.file !== pension)
      .sort((a, b) => (a.law + a.file < b.law + b.file ? -1 : 1));
    expect(impact.map((i) => [i.law, i.articles, i.file, i.cites])).toEqual(expected.map((c) => [c.law, c.articles, c.file, c.cites]));
  });

  it("leaves out every manual the change touched, on either side of a move", async () => {
    const inDong = "manuals/community-center/dong-welfare/emergency-welfare-support.md";
    const changes = compareManuals([{ base: { file: support, text: sample(support) }, head: { file: inDong, text: setVersion(sample(support), "emergency-welfare-act", "제7조", "2026-02-01") } }], spec);
    const impact = impactOf(changes, [...citing, { file: inDong, parsed: true, id: { value: "emergency-welfare-support", line: 2 }, department: { value: "dong-welfare", line: 5 }, laws: [{ law: "emergency-welfare-act", article: "제7조", version: "2025-01-01", line: 9 }], citations: [], links: [] }]);
    expect(impact.map((i) => i.file)).not.toContain(support);
    expect(impact.map((i) => i.file)).not.toContain(inDong);
    expect(impact.map((i) => i.file)).toContain(consultation);
  });

  it("is empty when no law entry changed", async () => {
    expect(impactOf(compareFile(support, (t) => typo(t, "업무 팁")), citing)).toEqual([]);
    expect(impactOf(compareFile(support, (t) => editSection(t, "관련법령", (b) => replaceOnce(b, "긴급지원", "긴급 지원"))), citing)).toEqual([]);
  });
});

describe("report", () => {
  const legal = edit(f.buildingPermit, (t) => setArticle(t, "building-act", "제14조", "제14조의2"));
  const pr = (edits: Edit[], extra: Partial<PullRequestSpec> = {}) => runPullRequest({ author: "ryu-seungho", commits: [{ name: "c1", edits }], ...extra });
  const input = (result: PullRequestResult, extra: Partial<ReportInput> = {}): ReportInput => ({
    findings: [],
    checkedFiles: result.decision.changes.length,
    changes: result.decision.changes,
    evaluation: result.evaluation,
    impact: [],
    registry: result.registry,
    config: result.config,
    ...extra,
  });

  it.each([
    ["not-required", "success", [edit(f.buildingPermit, (t) => typo(t, "업무 팁"))], []],
    ["pending", "action_required", [legal], []],
    ["approved", "success", [legal], [{ user: "kang-taeyang", state: "APPROVED" as const, commit: "c1" }, { user: "moon-sora", state: "APPROVED" as const, commit: "c1" }]],
    ["blocked", "failure", [legal], [{ user: "kang-taeyang", state: "CHANGES_REQUESTED" as const, commit: "c1" }]],
  ] as const)("Legal review: %s → %s", async (state, conclusion, edits, reviews) => {
    const result = await pr([...edits], { reviews: [...reviews] });
    expect(result.evaluation.state).toBe(state);
    const out = report(input(result));
    expect(out.legal.conclusion).toBe(conclusion);
    expect(out.legal.title).toBe(result.evaluation.tree.title.ko);
  });

  it("Legal review: error → failure", async () => {
    const result = await runPullRequest({ author: "ryu-seungho", base: [remove(f.departments)], commits: [{ name: "c1", edits: [legal] }] });
    expect(result.evaluation.state).toBe("error");
    expect(report(input(result)).legal.conclusion).toBe("failure");
  });

  it("Manual schema: errors → failure, warnings only → success, none → success", async () => {
    const result = await pr([legal]);
    const finding = (severity: Finding["severity"]): Finding => ({ file: f.buildingPermit, line: 3, rule: "front-matter/required", severity, message: { ko: "없습니다", en: "missing" } });
    expect(report(input(result, { findings: [finding("error"), finding("warning")] })).schema).toMatchObject({ conclusion: "failure", title: "오류 1건, 경고 1건" });
    expect(report(input(result, { findings: [finding("warning")] })).schema.conclusion).toBe("success");
    expect(report(input(result, { checkedFiles: 1 })).schema).toMatchObject({ conclusion: "success", title: "매뉴얼 1개 검사 — 문제 없음" });
  });

  it("labels: 법령변경 and one 부서:<name> per department, for a move both", async () => {
    const result = await pr([move(f.noise, "manuals/district-office/cleaning/noise-vibration-complaint.md", (t) => setFrontMatter(t, "department", "environment", "cleaning"))]);
    const out = report(input(result));
    expect(out.labels).toEqual(["부서:청소행정과", "부서:환경과", "법령변경"].sort());
    expect([out.managesLabel("법령변경"), out.managesLabel("부서:건축과"), out.managesLabel("bug"), out.managesLabel("documentation")]).toEqual([true, true, false, false]);
  });

  it("labels: none when nothing legal changed; no department label for an admin-only change", async () => {
    expect(report(input(await pr([edit(f.buildingPermit, (t) => typo(t, "업무 팁"))]))).labels).toEqual([]);
    expect(report(input(await pr([edit(f.laws, (t) => replaceOnce(t, "effective: 2025-01-31", "effective: 2026-01-31"))]))).labels).toEqual([]);
  });

  it("labels follow the configuration", async () => {
    const result = await pr([legal]);
    const out = report(input(result, { config: { ...config!, labels: { legal: "legal-change", department_prefix: "dept/" } } }));
    expect(out.labels).toEqual(["dept/건축과", "legal-change"]);
    expect([out.managesLabel("dept/세무과"), out.managesLabel("법령변경")]).toEqual([true, false]);
  });

  it("review requests exclude the author and current approvers, across departments", async () => {
    const result = await runPullRequest({
      author: "jung-haeun",
      commits: [{ name: "c1", edits: [legal, edit(f.passport, (t) => setArticle(t, "passport-act", "제12조", "제12조의2"))] }],
      reviews: [{ user: "kang-taeyang", state: "APPROVED", commit: "c1" }],
    });
    const out = report(input(result));
    expect(out.reviewRequests).toEqual({ users: ["moon-sora", "oh-sungmin"], teams: ["hanbit-gu/building-reviewers", "hanbit-gu/civil-affairs-reviewers"] });
    expect(report(input(result, { config: { ...config!, request_reviews: false } })).reviewRequests).toEqual({ users: [], teams: [] });
  });

  it("review requests: none once everything is approved", async () => {
    const result = await pr([legal], { reviews: [{ user: "kang-taeyang", state: "APPROVED", commit: "c1" }, { user: "moon-sora", state: "APPROVED", commit: "c1" }] });
    expect(report(input(result)).reviewRequests).toEqual({ users: [], teams: [] });
  });

  it("the sticky comment carries its marker, both checks and the explanation", async () => {
    const out = report(input(await pr([legal])));
    expect(out.comment.startsWith(STICKY_MARKER)).toBe(true);
    expect(out.comment).toContain("**⏳ 법령 검토 (Legal review)**: 법령 변경 승인 대기 중");
    expect(out.comment).toContain("**✅ 형식 검사 (Manual schema)**");
    expect(out.comment).toContain("### ⏳ 건축과 승인 0/2");
    expect(out.legal.text).toContain("- 「건축법」 제14조 (2025-10-01) → 제14조의2 (2025-10-01)");
  });

  it("stays under 65,535 characters with a truncation note for a huge change", async () => {
    const statements = Array.from({ length: 2500 }, (_, i) => `- 「건축법」 제${i + 1}조: 건축허가 요건과 관계기관 협의 절차를 정한 조문 ${i + 1}`).join("\n");
    const result = await pr([edit(f.buildingPermit, (t) => editSection(t, "관련법령", () => `${statements}\n\n`))]);
    const impact: Impact[] = Array.from({ length: 1500 }, (_, i) => ({ law: "building-act", articles: ["제11조"], file: `manuals/district-office/building/manual-${i}.md`, id: `manual-${i}`, title: `건축 관련 매뉴얼 ${i}`, department: "building", owner: "ryu-seungho", cites: ["제11조"] }));
    const out = report(input(result, { impact }));
    for (const [name, value] of [["summary", out.legal.summary], ["text", out.legal.text!], ["comment", out.comment]] as const) {
      expect(value.length, name).toBeLessThanOrEqual(GITHUB_TEXT_LIMIT);
      expect(value.length, name).toBeGreaterThan(GITHUB_TEXT_LIMIT - 2000);
    }
    expect(out.legal.summary.endsWith("> 내용이 너무 길어 잘랐습니다. 전체 내용은 `npx manuals review --base <기준 브랜치>`로 확인하세요.")).toBe(true);
    expect(out.legal.text!.endsWith("> 내용이 너무 길어 잘랐습니다. 전체 내용은 `npx manuals review --base <기준 브랜치>`로 확인하세요.")).toBe(true);
    expect(out.comment.endsWith("> 댓글이 너무 길어 잘랐습니다. 검사(Checks) 탭에서 전체 내용을 확인하세요.")).toBe(true);
    const en = report(input(result, { impact, lang: "en" }));
    expect(en.legal.summary.endsWith("> The text was too long and was cut. Run `npx manuals review --base <base branch>` for all of it.")).toBe(true);
  });

  it("truncate cuts at a line boundary and leaves text at the limit alone", async () => {
    const atLimit = "가".repeat(GITHUB_TEXT_LIMIT);
    expect(truncate(atLimit, "note")).toBe(atLimit);
    const lines = Array.from({ length: 10_000 }, (_, i) => `line ${i}`).join("\n");
    const cut = truncate(lines, "note");
    expect(cut.length).toBeLessThanOrEqual(GITHUB_TEXT_LIMIT);
    const kept = cut.slice(0, cut.indexOf("\n\n…\n\n> note"));
    expect(lines.startsWith(kept + "\n")).toBe(true);
    expect(cut.endsWith("\n\n…\n\n> note")).toBe(true);
  });

  it("speaks English with lang en", async () => {
    const result = await pr([legal], { reviews: [{ user: "ryu-seungho", state: "APPROVED", commit: "c1" }] });
    const out = report(input(result, { lang: "en", checkedFiles: 1 }));
    expect(out.legal.title).toBe("Waiting for approval of legal changes");
    expect(out.legal.summary).toContain("### ⏳ Building Permits Division approvals 0/2");
    expect(out.legal.summary).toContain("ryu-seungho: the pull request's author cannot approve their own change");
    expect(out.legal.text).toContain("### Legal changes");
    expect(out.schema.title).toBe("1 manual(s) checked — no problems");
    expect(out.comment).toContain("## Work manual check results");
    expect(out.comment).not.toMatch(/[가-힣]{2,} 승인/);
  });

  it("uses the configured language when none is given", async () => {
    const result = await pr([legal]);
    expect(report(input(result, { config: { ...config!, language: "en" } })).legal.title).toBe("Waiting for approval of legal changes");
    expect(report(input(result)).legal.title).toBe("법령 변경 승인 대기 중");
  });
});
