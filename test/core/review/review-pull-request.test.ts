// Table tests for route + evaluate: each row is a pull request (base, commits, reviews, team
// membership) built from the sample manuals, and the whole decision it must reach.
import { describe, expect, it } from "vitest";
import { renderTree } from "../../../bot/core/report/render-tree.ts";
import { ConfigurationError } from "../../../bot/core/review/configuration-error.ts";
import { reviewersOf, files as f } from "../../support/departments.ts";
import { add, edit, move, remove, runPullRequest, type PullRequestResult, type PullRequestSpec } from "../../support/pull-request.ts";
import { editSection, replaceOnce, setArticle, setFrontMatter, setVersion, typo } from "../../support/manual-edits.ts";
import { outcomeOf, treeDisagreements, type Outcome, type RuleOutcome } from "../../support/outcome.ts";
import { sample } from "../../support/samples.ts";

interface Scenario extends PullRequestSpec {
  name: string;
  expect: Outcome;
  /** Further facts of the decision the row is about. */
  also?: (result: PullRequestResult) => void;
}

const none = { users: [], teams: [] };

/** A rule's expected outcome; lists default to empty and `needs` to one approval, as most departments need. */
function rule(id: string, status: RuleOutcome["status"], fields: Partial<Omit<RuleOutcome, "id" | "status">> & Pick<RuleOutcome, "toRequest">): RuleOutcome {
  return { id, status, needs: 1, approvedBy: [], voided: [], blockedBy: [], ...fields };
}

// Legal edits (front-matter law entries and the 관련법령 section) and unrelated ones.
const buildingArticle = edit(f.buildingPermit, (t) => setArticle(t, "building-act", "제14조", "제14조의2"));
const buildingSecondArticle = edit(f.buildingPermit, (t) => setArticle(t, "building-act", "제21조", "제22조"));
const passportArticle = edit(f.passport, (t) => setArticle(t, "passport-act", "제12조", "제12조의2"));
const passportVersion = edit(f.passport, (t) => setVersion(t, "passport-act", "제9조", "2026-03-01"));
const taxVersion = edit(f.taxExemption, (t) => setVersion(t, "local-tax-special-cases-act", "제17조", "2026-01-01"));
const taxVersionReverted = edit(f.taxExemption, (t) => setVersion(t, "local-tax-special-cases-act", "제17조", "2025-01-01"));
const taxArticle = edit(f.taxExemption, (t) => setArticle(t, "local-tax-special-cases-act", "제178조", "제178조의2"));
const taxLawText = edit(f.taxExemption, (t) => editSection(t, "관련법령", (body) => replaceOnce(body, "1년 이내 이전 시 추징", "2년 이내 이전 시 추징")));
const noiseArticle = edit(f.noise, (t) => setArticle(t, "noise-vibration-act", "제23조", "제24조"));
const tipsTypo = (file: string) => edit(file, (t) => typo(t, "업무 팁"));
const overviewTypo = (file: string) => edit(file, (t) => typo(t, "업무개요"));
const processTypo = (file: string) => edit(file, (t) => typo(t, "업무처리절차"));
const newOwner = (file: string, from: string) => edit(file, (t) => setFrontMatter(t, "owner", from, "yoon-seojin"));
/** The 관련법령 section rewritten with other list markers, wrapped lines and padding: the same law. */
const reformatLaws = (file: string) =>
  edit(file, (t) =>
    editSection(t, "관련법령", (body) =>
      body
        .split("\n")
        .map((line) => (line.startsWith("- ") ? `*   ${line.slice(2).replace(": ", ":\n    ")}  ` : line))
        .join("\n"),
    ),
  );

const moveNoise = (department: string) =>
  move(f.noise, `manuals/district-office/${department}/noise-vibration-complaint.md`, (t) => setFrontMatter(t, "department", "environment", department));
const unregisteredManual = "manuals/district-office/urban-planning/development-activity-permit.md";
const addUnregistered = add(
  unregisteredManual,
  setFrontMatter(setFrontMatter(sample(f.buildingPermit), "department", "building", "urban-planning"), "id", "building-permit", "development-activity-permit"),
);
const newTaxManual = "manuals/district-office/tax/vehicle-tax-exemption.md";
const addTaxManual = add(newTaxManual, setFrontMatter(sample(f.taxExemption), "id", "local-tax-exemption", "vehicle-tax-exemption"));

const registryEdit = edit(f.laws, (t) => replaceOnce(t, "effective: 2025-01-31", "effective: 2026-01-31"));
const secondRegistryEdit = edit(f.departments, (t) => replaceOnce(t, "users: [yoon-jaeho]", "users: [yoon-jaeho, jo-hyunwoo]"));
const addTaxReviewer = (login: string) => edit(f.departments, (t) => replaceOnce(t, "users: [han-dongwook, seo-yuna]", `users: [han-dongwook, seo-yuna, ${login}]`));

const building = (status: RuleOutcome["status"], fields: Partial<RuleOutcome> = {}) =>
  rule("department:building", status, { needs: 2, toRequest: status === "approved" ? none : { ...reviewersOf.building }, ...fields });
const civil = (status: RuleOutcome["status"], fields: Partial<RuleOutcome> = {}) =>
  rule("department:civil-affairs", status, { toRequest: status === "approved" ? none : { ...reviewersOf["civil-affairs"] }, ...fields });
const tax = (status: RuleOutcome["status"], fields: Partial<RuleOutcome> = {}) => rule("department:tax", status, { toRequest: status === "approved" ? none : { ...reviewersOf.tax }, ...fields });
const environment = (status: RuleOutcome["status"], fields: Partial<RuleOutcome> = {}) =>
  rule("department:environment", status, { toRequest: status === "approved" ? none : { ...reviewersOf.environment }, ...fields });
const cleaning = (status: RuleOutcome["status"], fields: Partial<RuleOutcome> = {}) =>
  rule("department:cleaning", status, { toRequest: status === "approved" ? none : { ...reviewersOf.cleaning }, ...fields });
const admins = (status: RuleOutcome["status"], fields: Partial<RuleOutcome> = {}) => rule("admins", status, { toRequest: status === "approved" || status === "error" ? none : { ...reviewersOf.admins }, ...fields });

const approve = (user: string, commit = "c1") => ({ user, state: "APPROVED" as const, commit });
const requestChanges = (user: string, commit = "c1") => ({ user, state: "CHANGES_REQUESTED" as const, commit });
const comment = (user: string, commit = "c1") => ({ user, state: "COMMENTED" as const, commit });
const one = (...edits: PullRequestSpec["commits"][number]["edits"]) => [{ name: "c1", edits }];

const scenarios: Scenario[] = [
  // Nothing legal changed.
  { name: "a commit that changes nothing needs no approval", author: "ryu-seungho", commits: one(), expect: { state: "not-required", rules: [] } },
  {
    name: "a typo in 업무 팁 needs no approval",
    author: "ryu-seungho",
    commits: one(tipsTypo(f.buildingPermit)),
    expect: { state: "not-required", rules: [] },
    also: ({ decision }) => expect(decision.changes.map((c) => [c.file, c.kind, c.legal])).toEqual([[f.buildingPermit, "modified", false]]),
  },
  { name: "a typo in 업무개요 needs no approval", author: "ryu-seungho", commits: one(overviewTypo(f.buildingPermit)), expect: { state: "not-required", rules: [] } },
  { name: "an edit to 업무처리절차 (not a legal section in the schema) needs no approval", author: "cho-hyunsoo", commits: one(processTypo(f.taxExemption)), expect: { state: "not-required", rules: [] } },
  { name: "reformatting 관련법령 (list markers, wrapping, padding) needs no approval", author: "cho-hyunsoo", commits: one(reformatLaws(f.taxExemption)), expect: { state: "not-required", rules: [] } },
  { name: "a legal change reverted by a later commit needs no approval", author: "cho-hyunsoo", commits: [{ name: "c1", edits: [taxVersion] }, { name: "c2", edits: [taxVersionReverted] }], reviews: [], expect: { state: "not-required", rules: [] } },

  // Who may approve.
  { name: "a changed law article needs the owning department's reviewers", author: "ryu-seungho", commits: one(buildingArticle), expect: { state: "pending", rules: [building("pending")] } },
  {
    name: "self-approval attempt: the author's approval is voided",
    author: "ryu-seungho",
    commits: one(buildingArticle),
    reviews: [approve("ryu-seungho")],
    expect: { state: "pending", rules: [building("pending", { voided: ["ryu-seungho: author"] })] },
  },
  {
    name: "the author is a listed reviewer: their own approval does not count and they are not asked",
    author: "kang-taeyang",
    commits: one(buildingArticle),
    reviews: [approve("kang-taeyang")],
    expect: { state: "pending", rules: [building("pending", { voided: ["kang-taeyang: author"], toRequest: { users: ["moon-sora"], teams: reviewersOf.building.teams.slice() } })] },
  },
  {
    name: "the author is a listed reviewer: another reviewer's approval counts",
    author: "jung-haeun",
    commits: one(passportArticle),
    reviews: [approve("jung-haeun"), approve("oh-sungmin")],
    expect: { state: "approved", rules: [civil("approved", { approvedBy: ["oh-sungmin"], voided: ["jung-haeun: author"] })] },
  },
  {
    name: "the author is a reviewer of a two-approval department: one other approval leaves the team to ask",
    author: "kang-taeyang",
    commits: one(buildingArticle),
    reviews: [approve("moon-sora")],
    expect: { state: "pending", rules: [building("pending", { approvedBy: ["moon-sora"], toRequest: { users: [], teams: ["hanbit-gu/building-reviewers"] } })] },
  },
  {
    name: "team approval: a member of the department's reviewer team counts",
    author: "kim-minji",
    commits: one(passportArticle),
    reviews: [approve("seo-jihoon")],
    teams: { "hanbit-gu/civil-affairs-reviewers": ["seo-jihoon", "lee-dohyun"] },
    expect: { state: "approved", rules: [civil("approved", { approvedBy: ["seo-jihoon"] })] },
  },
  {
    name: "team approval: a member of another department's team does not count",
    author: "kim-minji",
    commits: one(passportArticle),
    reviews: [approve("seo-jihoon")],
    teams: { "hanbit-gu/tax-reviewers": ["seo-jihoon"], "hanbit-gu/civil-affairs-reviewers": ["lee-dohyun"] },
    expect: { state: "pending", rules: [civil("pending", { voided: ["seo-jihoon: not-reviewer"] })] },
  },
  {
    name: "team approval: the author's own team membership does not let them approve",
    author: "lee-dohyun",
    commits: one(passportArticle),
    reviews: [approve("lee-dohyun")],
    teams: { "hanbit-gu/civil-affairs-reviewers": ["lee-dohyun"] },
    expect: { state: "pending", rules: [civil("pending", { voided: ["lee-dohyun: author"] })] },
  },
  {
    name: "a non-reviewer's approval is voided with a reason",
    author: "cho-hyunsoo",
    commits: one(taxVersion),
    reviews: [approve("park-outsider")],
    expect: { state: "pending", rules: [tax("pending", { voided: ["park-outsider: not-reviewer"] })] },
  },

  // How many.
  {
    name: "two approvals needed: one approval leaves the building department pending",
    author: "ryu-seungho",
    commits: one(buildingArticle),
    reviews: [approve("kang-taeyang")],
    expect: { state: "pending", rules: [building("pending", { approvedBy: ["kang-taeyang"], toRequest: { users: ["moon-sora"], teams: ["hanbit-gu/building-reviewers"] } })] },
  },
  {
    name: "two approvals needed: two listed reviewers approve",
    author: "ryu-seungho",
    commits: one(buildingArticle),
    reviews: [approve("kang-taeyang"), approve("moon-sora")],
    expect: { state: "approved", rules: [building("approved", { approvedBy: ["kang-taeyang", "moon-sora"] })] },
  },
  {
    name: "two approvals needed: a listed reviewer and a team member",
    author: "ryu-seungho",
    commits: one(buildingArticle),
    reviews: [approve("pyo-gunwoo"), approve("moon-sora")],
    teams: { "hanbit-gu/building-reviewers": ["pyo-gunwoo"] },
    expect: { state: "approved", rules: [building("approved", { approvedBy: ["pyo-gunwoo", "moon-sora"] })] },
  },
  {
    name: "two approvals needed: the same reviewer approving twice counts once",
    author: "ryu-seungho",
    commits: one(buildingArticle),
    reviews: [approve("kang-taeyang"), approve("kang-taeyang")],
    expect: { state: "pending", rules: [building("pending", { approvedBy: ["kang-taeyang"], toRequest: { users: ["moon-sora"], teams: ["hanbit-gu/building-reviewers"] } })] },
  },

  // Which commit was approved.
  {
    name: "stale approval kept after an unrelated commit: a typo in 업무 팁",
    author: "cho-hyunsoo",
    commits: [{ name: "c1", edits: [taxVersion] }, { name: "c2", edits: [tipsTypo(f.taxExemption)] }],
    reviews: [approve("han-dongwook", "c1")],
    expect: { state: "approved", rules: [tax("approved", { approvedBy: ["han-dongwook"] })] },
  },
  {
    name: "stale approval kept after an unrelated commit: an edit to 업무개요",
    author: "cho-hyunsoo",
    commits: [{ name: "c1", edits: [taxVersion] }, { name: "c2", edits: [overviewTypo(f.taxExemption)] }],
    reviews: [approve("han-dongwook", "c1")],
    expect: { state: "approved", rules: [tax("approved", { approvedBy: ["han-dongwook"] })] },
  },
  {
    name: "stale approval kept after reformatting 관련법령",
    author: "cho-hyunsoo",
    commits: [{ name: "c1", edits: [taxVersion] }, { name: "c2", edits: [reformatLaws(f.taxExemption)] }],
    reviews: [approve("han-dongwook", "c1")],
    expect: { state: "approved", rules: [tax("approved", { approvedBy: ["han-dongwook"] })] },
  },
  {
    name: "stale approval kept after the owner changes (not legal content)",
    author: "cho-hyunsoo",
    commits: [{ name: "c1", edits: [taxVersion] }, { name: "c2", edits: [newOwner(f.taxExemption, "cho-hyunsoo")] }],
    reviews: [approve("han-dongwook", "c1")],
    expect: { state: "approved", rules: [tax("approved", { approvedBy: ["han-dongwook"] })] },
  },
  {
    name: "both approvals of a two-approval department kept after a typo in 업무 팁",
    author: "ryu-seungho",
    commits: [{ name: "c1", edits: [buildingArticle] }, { name: "c2", edits: [tipsTypo(f.buildingPermit)] }],
    reviews: [approve("kang-taeyang", "c1"), approve("moon-sora", "c1")],
    expect: { state: "approved", rules: [building("approved", { approvedBy: ["kang-taeyang", "moon-sora"] })] },
  },
  {
    name: "approval voided after a legal commit: an article changed",
    author: "cho-hyunsoo",
    commits: [{ name: "c1", edits: [taxVersion] }, { name: "c2", edits: [taxArticle] }],
    reviews: [approve("han-dongwook", "c1")],
    expect: { state: "pending", rules: [tax("pending", { voided: ["han-dongwook: stale"] })] },
  },
  {
    name: "approval voided after a legal commit: a law version changed",
    author: "kim-minji",
    commits: [{ name: "c1", edits: [passportArticle] }, { name: "c2", edits: [passportVersion] }],
    reviews: [approve("oh-sungmin", "c1")],
    expect: { state: "pending", rules: [civil("pending", { voided: ["oh-sungmin: stale"] })] },
  },
  {
    name: "approval voided after a legal commit: the 관련법령 text changed",
    author: "cho-hyunsoo",
    commits: [{ name: "c1", edits: [taxVersion] }, { name: "c2", edits: [taxLawText] }],
    reviews: [approve("han-dongwook", "c1")],
    expect: { state: "pending", rules: [tax("pending", { voided: ["han-dongwook: stale"] })] },
  },
  {
    name: "approval voided after a legal commit, then given again at the head",
    author: "cho-hyunsoo",
    commits: [{ name: "c1", edits: [taxVersion] }, { name: "c2", edits: [taxArticle] }],
    reviews: [approve("han-dongwook", "c1"), approve("han-dongwook", "c2")],
    expect: { state: "approved", rules: [tax("approved", { approvedBy: ["han-dongwook"] })] },
  },
  {
    name: "two approvals: one voided by a legal commit, one given after it",
    author: "ryu-seungho",
    commits: [{ name: "c1", edits: [buildingArticle] }, { name: "c2", edits: [buildingSecondArticle] }],
    reviews: [approve("kang-taeyang", "c1"), approve("moon-sora", "c2")],
    expect: { state: "pending", rules: [building("pending", { approvedBy: ["moon-sora"], voided: ["kang-taeyang: stale"], toRequest: { users: ["kang-taeyang"], teams: ["hanbit-gu/building-reviewers"] } })] },
  },
  {
    name: "approval on an unknown commit (force-pushed away) is not counted",
    author: "cho-hyunsoo",
    commits: one(taxVersion),
    reviews: [approve("han-dongwook", "force-pushed-away")],
    expect: { state: "pending", rules: [tax("pending", { voided: ["han-dongwook: unknown-commit"] })] },
  },
  {
    name: "an approval given before a department's change existed is stale for that department",
    author: "kim-minji",
    commits: [{ name: "c1", edits: [passportArticle] }, { name: "c2", edits: [taxVersion] }],
    reviews: [approve("han-dongwook", "c1")],
    expect: { state: "pending", rules: [civil("pending"), tax("pending", { voided: ["han-dongwook: stale"] })] },
  },

  // Several departments.
  {
    // A reviewer of one department approving is not listed as voided under the other: they simply do not apply there.
    name: "multiple departments each satisfied independently",
    author: "kim-minji",
    commits: one(passportArticle, taxVersion),
    reviews: [approve("oh-sungmin"), approve("han-dongwook")],
    expect: {
      state: "approved",
      rules: [civil("approved", { approvedBy: ["oh-sungmin"] }), tax("approved", { approvedBy: ["han-dongwook"] })],
    },
  },
  {
    name: "multiple departments: one reviewer's approval does not satisfy the other department",
    author: "kim-minji",
    commits: one(passportArticle, taxVersion),
    reviews: [approve("oh-sungmin")],
    expect: { state: "pending", rules: [civil("approved", { approvedBy: ["oh-sungmin"] }), tax("pending")] },
  },
  {
    name: "multiple departments: a legal commit to one keeps the other's approval",
    author: "kim-minji",
    commits: [{ name: "c1", edits: [passportArticle, taxVersion] }, { name: "c2", edits: [taxArticle] }],
    reviews: [approve("oh-sungmin"), approve("han-dongwook")],
    expect: { state: "pending", rules: [civil("approved", { approvedBy: ["oh-sungmin"] }), tax("pending", { voided: ["han-dongwook: stale"] })] },
  },
  {
    name: "multiple departments: changes requested in one blocks only that one",
    author: "kim-minji",
    commits: one(passportArticle, taxVersion),
    reviews: [approve("oh-sungmin"), approve("han-dongwook"), requestChanges("seo-yuna")],
    expect: {
      state: "blocked",
      rules: [
        civil("approved", { approvedBy: ["oh-sungmin"] }),
        tax("blocked", { approvedBy: ["han-dongwook"], blockedBy: ["seo-yuna"], toRequest: { users: ["seo-yuna"], teams: ["hanbit-gu/tax-reviewers"] } }),
      ],
    },
  },

  // Moved, renamed, deleted, added.
  {
    name: "moved manual needs both departments",
    author: "sim-yujin",
    commits: one(moveNoise("cleaning")),
    expect: { state: "pending", rules: [cleaning("pending"), environment("pending")] },
    also: ({ decision }) => {
      expect(decision.changes.map((c) => [c.kind, c.file, c.previousFile, c.departments])).toEqual([["moved", "manuals/district-office/cleaning/noise-vibration-complaint.md", f.noise, ["environment", "cleaning"]]]);
      for (const required of decision.required) expect(required.reasons[0]!.ko).toContain("district-office/environment → district-office/cleaning");
    },
  },
  {
    name: "moved manual approved by the old department only stays pending",
    author: "sim-yujin",
    commits: one(moveNoise("cleaning")),
    reviews: [approve("song-jiwon")],
    expect: { state: "pending", rules: [cleaning("pending"), environment("approved", { approvedBy: ["song-jiwon"] })] },
  },
  {
    name: "moved manual approved by both departments",
    author: "sim-yujin",
    commits: one(moveNoise("cleaning")),
    reviews: [approve("song-jiwon"), approve("kwon-minjae")],
    expect: {
      state: "approved",
      rules: [cleaning("approved", { approvedBy: ["kwon-minjae"] }), environment("approved", { approvedBy: ["song-jiwon"] })],
    },
  },
  {
    name: "renamed manual (same id, same department) needs its department",
    author: "ryu-seungho",
    commits: one(move(f.buildingPermit, "manuals/district-office/building/building-permit-new-construction.md")),
    expect: { state: "pending", rules: [building("pending")] },
    also: ({ decision }) => expect(decision.changes.map((c) => [c.kind, c.previousFile, c.departments])).toEqual([["moved", f.buildingPermit, ["building"]]]),
  },
  {
    name: "deleted manual needs its department",
    author: "kim-minji",
    commits: one(remove(f.passport)),
    expect: { state: "pending", rules: [civil("pending")] },
    also: ({ decision }) => expect(decision.changes.map((c) => [c.kind, c.file, c.departments])).toEqual([["deleted", f.passport, ["civil-affairs"]]]),
  },
  {
    name: "deleted manual approved by its department",
    author: "kim-minji",
    commits: one(remove(f.passport)),
    reviews: [approve("jung-haeun")],
    expect: { state: "approved", rules: [civil("approved", { approvedBy: ["jung-haeun"] })] },
  },
  {
    name: "added manual needs its department",
    author: "cho-hyunsoo",
    commits: one(addTaxManual),
    expect: { state: "pending", rules: [tax("pending")] },
    also: ({ decision }) => expect(decision.changes.map((c) => [c.kind, c.file, c.departments, c.laws.every((l) => l.change === "added")])).toEqual([["added", newTaxManual, ["tax"], true]]),
  },

  // Departments the base registry does not know, and the registry itself.
  {
    name: "unknown department routes to admins",
    author: "ryu-seungho",
    commits: one(addUnregistered),
    expect: { state: "pending", rules: [admins("pending")] },
    also: ({ decision }) => expect(decision.required[0]!.reasons.map((r) => r.en)).toEqual([`${unregisteredManual}: department 'urban-planning' is not in the base branch's registry, so administrators must approve`]),
  },
  {
    name: "moving a manual to a department missing from the registry needs the old department and admins",
    author: "sim-yujin",
    commits: one(moveNoise("noise-control")),
    reviews: [approve("song-jiwon"), approve("jang-eunji")],
    expect: { state: "approved", rules: [environment("approved", { approvedBy: ["song-jiwon"] }), admins("approved", { approvedBy: ["jang-eunji"] })] },
  },
  {
    name: "an admin approval for an unregistered department is voided by a later legal commit",
    author: "sim-yujin",
    commits: [{ name: "c1", edits: [moveNoise("noise-control")] }, { name: "c2", edits: [edit("manuals/district-office/noise-control/noise-vibration-complaint.md", (t) => setArticle(t, "noise-vibration-act", "제23조", "제24조"))] }],
    reviews: [approve("song-jiwon"), approve("jang-eunji")],
    expect: { state: "pending", rules: [environment("pending", { voided: ["song-jiwon: stale"] }), admins("pending", { voided: ["jang-eunji: stale"] })] },
  },
  {
    name: "an admin approval for an unregistered department is kept when only the owner changes",
    author: "ryu-seungho",
    commits: [{ name: "c1", edits: [addUnregistered] }, { name: "c2", edits: [newOwner(unregisteredManual, "ryu-seungho")] }],
    reviews: [approve("jang-eunji")],
    expect: { state: "approved", rules: [admins("approved", { approvedBy: ["jang-eunji"] })] },
  },
  {
    name: "registry change routes to admins",
    author: "ryu-seungho",
    commits: one(registryEdit),
    expect: { state: "pending", rules: [admins("pending")] },
    also: ({ decision }) => expect(decision.required[0]!.reasons.map((r) => r.en)).toEqual([`${f.laws} changed`]),
  },
  { name: "registry change approved by an admin", author: "ryu-seungho", commits: one(registryEdit), reviews: [approve("jang-eunji")], expect: { state: "approved", rules: [admins("approved", { approvedBy: ["jang-eunji"] })] } },
  {
    name: "registry change approved by a member of the admin team",
    author: "ryu-seungho",
    commits: one(registryEdit),
    reviews: [approve("baek-admin")],
    teams: { "hanbit-gu/manual-admins": ["baek-admin"] },
    expect: { state: "approved", rules: [admins("approved", { approvedBy: ["baek-admin"] })] },
  },
  {
    name: "registry change: a department reviewer cannot approve it",
    author: "ryu-seungho",
    commits: one(registryEdit),
    reviews: [approve("kang-taeyang")],
    expect: { state: "pending", rules: [admins("pending", { voided: ["kang-taeyang: not-reviewer"] })] },
  },
  {
    name: "registry change: the admin approval is voided when the registry changes again",
    author: "ryu-seungho",
    commits: [{ name: "c1", edits: [registryEdit] }, { name: "c2", edits: [secondRegistryEdit] }],
    reviews: [approve("jang-eunji", "c1")],
    expect: { state: "pending", rules: [admins("pending", { voided: ["jang-eunji: stale"] })] },
  },
  {
    name: "registry change: the admin approval is kept after a typo in a manual's 업무 팁",
    author: "ryu-seungho",
    commits: [{ name: "c1", edits: [registryEdit] }, { name: "c2", edits: [tipsTypo(f.buildingPermit)] }],
    reviews: [approve("jang-eunji", "c1")],
    expect: { state: "approved", rules: [admins("approved", { approvedBy: ["jang-eunji"] })] },
  },
  {
    name: "schema change routes to admins",
    author: "ryu-seungho",
    commits: one(edit(f.sectionsSchema, (t) => replaceOnce(t, '"업무 개요"', '"업무 개요", "개요"'))),
    expect: { state: "pending", rules: [admins("pending")] },
  },
  {
    name: "configuration change routes to admins",
    author: "ryu-seungho",
    commits: one(edit(f.config, (t) => replaceOnce(t, "annotations_cap: 1000", "annotations_cap: 500"))),
    expect: { state: "pending", rules: [admins("pending")] },
  },
  {
    name: "a legal change and a registry change need the department and the admins",
    author: "cho-hyunsoo",
    commits: one(taxVersion, registryEdit),
    reviews: [approve("han-dongwook")],
    expect: { state: "pending", rules: [tax("approved", { approvedBy: ["han-dongwook"] }), admins("pending")] },
  },
  {
    name: "a registry change in the head adding the author as reviewer does not let them approve",
    author: "cho-hyunsoo",
    commits: one(taxVersion, addTaxReviewer("cho-hyunsoo")),
    reviews: [approve("cho-hyunsoo")],
    expect: { state: "pending", rules: [tax("pending", { voided: ["cho-hyunsoo: author"] }), admins("pending", { voided: ["cho-hyunsoo: author"] })] },
    also: ({ decision }) => expect(decision.required[0]!.reviewers).toEqual(reviewersOf.tax),
  },
  {
    name: "a reviewer added by the head's registry does not count (the registry comes from the base)",
    author: "cho-hyunsoo",
    commits: one(taxVersion, addTaxReviewer("friend-kim")),
    reviews: [approve("friend-kim")],
    expect: { state: "pending", rules: [tax("pending", { voided: ["friend-kim: not-reviewer"] }), admins("pending", { voided: ["friend-kim: not-reviewer"] })] },
  },
  {
    name: "a reviewer removed from the base registry no longer counts",
    author: "cho-hyunsoo",
    base: [edit(f.departments, (t) => replaceOnce(t, "users: [han-dongwook, seo-yuna]", "users: [han-dongwook]"))],
    commits: one(taxVersion),
    reviews: [approve("seo-yuna")],
    expect: { state: "pending", rules: [tax("pending", { voided: ["seo-yuna: not-reviewer"], toRequest: { users: ["han-dongwook"], teams: ["hanbit-gu/tax-reviewers"] } })] },
  },

  // Review states over time.
  {
    name: "changes requested blocks even with enough approvals",
    author: "cho-hyunsoo",
    commits: one(taxVersion),
    reviews: [approve("han-dongwook"), requestChanges("seo-yuna")],
    expect: { state: "blocked", rules: [tax("blocked", { approvedBy: ["han-dongwook"], blockedBy: ["seo-yuna"], toRequest: { users: ["seo-yuna"], teams: ["hanbit-gu/tax-reviewers"] } })] },
  },
  {
    name: "changes requested then approved",
    author: "cho-hyunsoo",
    commits: [{ name: "c1", edits: [taxVersion] }, { name: "c2", edits: [taxArticle] }],
    reviews: [requestChanges("seo-yuna", "c1"), approve("seo-yuna", "c2")],
    expect: { state: "approved", rules: [tax("approved", { approvedBy: ["seo-yuna"] })] },
  },
  {
    name: "changes requested then dismissed (GitHub reports the review as DISMISSED)",
    author: "cho-hyunsoo",
    commits: one(taxVersion),
    reviews: [{ id: 7, user: "seo-yuna", state: "DISMISSED", commit: "c1" }, approve("han-dongwook")],
    expect: { state: "approved", rules: [tax("approved", { approvedBy: ["han-dongwook"] })] },
  },
  {
    name: "changes requested, then its dismissal arrives as a later event",
    author: "cho-hyunsoo",
    commits: one(taxVersion),
    reviews: [{ id: 7, user: "seo-yuna", state: "CHANGES_REQUESTED", commit: "c1" }, { id: 7, user: "seo-yuna", state: "DISMISSED", commit: "c1" }],
    expect: { state: "pending", rules: [tax("pending")] },
  },
  {
    name: "changes requested by a non-reviewer does not block",
    author: "cho-hyunsoo",
    commits: one(taxVersion),
    reviews: [requestChanges("park-outsider"), approve("han-dongwook")],
    expect: { state: "approved", rules: [tax("approved", { approvedBy: ["han-dongwook"] })] },
  },
  {
    name: "a comment-only review after an approval keeps it",
    author: "cho-hyunsoo",
    commits: one(taxVersion),
    reviews: [approve("han-dongwook"), comment("han-dongwook")],
    expect: { state: "approved", rules: [tax("approved", { approvedBy: ["han-dongwook"] })] },
  },
  {
    name: "a comment after changes requested keeps the block",
    author: "cho-hyunsoo",
    commits: one(taxVersion),
    reviews: [requestChanges("seo-yuna"), comment("seo-yuna"), approve("han-dongwook")],
    expect: { state: "blocked", rules: [tax("blocked", { approvedBy: ["han-dongwook"], blockedBy: ["seo-yuna"], toRequest: { users: ["seo-yuna"], teams: ["hanbit-gu/tax-reviewers"] } })] },
  },
  {
    name: "latest review wins: changes requested after an approval blocks",
    author: "cho-hyunsoo",
    commits: one(taxVersion),
    reviews: [approve("han-dongwook"), requestChanges("han-dongwook")],
    expect: { state: "blocked", rules: [tax("blocked", { blockedBy: ["han-dongwook"] })] },
  },
  {
    name: "a dismissed approval no longer counts",
    author: "cho-hyunsoo",
    commits: one(taxVersion),
    reviews: [{ id: 3, user: "han-dongwook", state: "DISMISSED", commit: "c1" }],
    expect: { state: "pending", rules: [tax("pending")] },
  },
  {
    name: "a pending (draft) review neither counts nor blocks",
    author: "cho-hyunsoo",
    commits: one(taxVersion),
    reviews: [{ user: "han-dongwook", state: "PENDING", commit: "c1" }],
    expect: { state: "pending", rules: [tax("pending")] },
  },

  // Logins.
  {
    name: "case-insensitive logins: author, listed reviewers and requests",
    author: "Cho-HyunSoo",
    commits: one(taxVersion),
    reviews: [approve("cho-hyunsoo"), approve("HAN-DONGWOOK")],
    expect: { state: "approved", rules: [tax("approved", { approvedBy: ["HAN-DONGWOOK"], voided: ["cho-hyunsoo: author"] })] },
  },
  {
    name: "case-insensitive logins: team members and the reviewers left to ask",
    author: "RYU-SEUNGHO",
    commits: one(buildingArticle),
    reviews: [approve("Pyo-GunWoo"), { user: "Moon-Sora", state: "COMMENTED", commit: "c1" }],
    teams: { "hanbit-gu/building-reviewers": ["pyo-gunwoo"] },
    expect: { state: "pending", rules: [building("pending", { approvedBy: ["Pyo-GunWoo"] })] },
  },
  {
    name: "case-insensitive logins: a listed reviewer who approved is not asked again",
    author: "ryu-seungho",
    commits: one(buildingArticle),
    reviews: [approve("Kang-TaeYang")],
    expect: { state: "pending", rules: [building("pending", { approvedBy: ["Kang-TaeYang"], toRequest: { users: ["moon-sora"], teams: ["hanbit-gu/building-reviewers"] } })] },
  },

  // Fail closed.
  {
    name: "base registry missing: error (fail closed), even with an admin's approval",
    author: "cho-hyunsoo",
    base: [remove(f.departments)],
    commits: one(taxVersion),
    reviews: [approve("jang-eunji"), approve("han-dongwook")],
    expect: { state: "error", rules: [admins("error", { approvedBy: ["jang-eunji"], voided: ["han-dongwook: not-reviewer"] })] },
  },
  {
    name: "base registry invalid: error (fail closed)",
    author: "cho-hyunsoo",
    base: [edit(f.departments, (t) => replaceOnce(t, "approvals: 2", "approvals: two"))],
    commits: one(taxVersion),
    expect: { state: "error", rules: [admins("error")] },
  },
  {
    name: "an error in one rule outranks a block in another",
    author: "ryu-seungho",
    commits: one(noiseArticle, taxVersion),
    partial: [f.taxExemption],
    reviews: [requestChanges("song-jiwon")],
    expect: {
      state: "error",
      rules: [environment("blocked", { blockedBy: ["song-jiwon"] }), tax("pending"), rule(`unreadable:${f.taxExemption}`, "error", { toRequest: none })],
    },
  },
  {
    // GitHub cuts the text of a large blob; a manual the source could not read whole is never judged on a part.
    name: "a manual read only in part: the legal review fails closed, whatever the approvals",
    author: "cho-hyunsoo",
    commits: one(tipsTypo(f.taxExemption)),
    partial: [f.taxExemption],
    reviews: [approve("han-dongwook")],
    expect: { state: "error", rules: [rule(`unreadable:${f.taxExemption}`, "error", { toRequest: none, voided: ["han-dongwook: not-reviewer"] })] },
  },
];

describe("route + evaluate", () => {
  it("has at least 40 named scenarios with distinct names", async () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
  });

  it.each(scenarios.map((s) => [s.name, s] as const))("%s", async (_name, scenario) => {
    const result = await runPullRequest(scenario);
    expect(outcomeOf(result)).toEqual(scenario.expect);
    expect(treeDisagreements(result)).toEqual([]);
    scenario.also?.(result);
  });
});

const explained = await runPullRequest({
  author: "ryu-seungho",
  commits: [{ name: "c1", edits: [buildingArticle] }, { name: "c2", edits: [buildingSecondArticle] }],
  reviews: [approve("kang-taeyang", "c1"), approve("ryu-seungho", "c2"), approve("moon-sora", "c2"), approve("park-outsider", "c2")],
});

describe("the base's configuration", () => {
  it.each([
    ["missing", remove(f.config), "config.unusable"],
    ["invalid", edit(f.config, (t) => replaceOnce(t, "language: ko", "language: fr")), "config.unusable"],
  ])("%s: nothing is judged, and the error names the file in both languages", async (_what, change, id) => {
    const error: unknown = await runPullRequest({ author: "cho-hyunsoo", base: [change], commits: one(tipsTypo(f.taxExemption)) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    const configuration = error as ConfigurationError;
    expect(configuration.id).toBe(id);
    expect(configuration.text("ko")).toContain(".github/manuals.yml");
    expect(configuration.text("en")).toContain(".github/manuals.yml");
    expect(configuration.text("ko")).not.toBe(configuration.text("en"));
  });
});

describe("the evaluation tree explains the decision", () => {
  const result = explained;
  const tree = result.evaluation.tree;

  it("names the department, the law and article, counted and voided approvals and why", async () => {
    const [node] = tree.children;
    expect(tree.title.ko).toBe("법령 변경 승인 대기 중");
    expect(node!.title).toEqual({ ko: "건축과 승인 1/2", en: "Building Permits Division approvals 1/2" });
    expect(node!.children.map((c) => [c.status, c.title.ko])).toEqual([
      ["info", `${f.buildingPermit}: 법령 내용 변경`],
      ["info", "「건축법」 제14조 (2025-10-01) → 제14조의2 (2025-10-01)"],
      ["info", "「건축법」 제21조 (2025-10-01) → 제22조 (2025-10-01)"],
      ["voided", `kang-taeyang: 승인한 뒤(커밋 ${result.reviews[0]!.commitId.slice(0, 7)}) 법령 내용이 바뀌어 승인이 무효가 되었습니다. 다시 검토해 주세요`],
      ["voided", "ryu-seungho: 작성자 본인의 승인은 인정되지 않습니다"],
      ["counted", `moon-sora: 승인 인정 (커밋 ${result.reviews[2]!.commitId.slice(0, 7)})`],
      ["voided", "park-outsider: 이 부서의 검토자가 아니어서 승인이 인정되지 않습니다"],
      ["pending", "승인 1건 더 필요: kang-taeyang, @hanbit-gu/building-reviewers"],
    ]);
  });

  it("renders the same explanation in English", async () => {
    const markdown = renderTree(tree, "en");
    expect(markdown.split("\n")).toEqual([
      "## ⏳ Waiting for approval of legal changes",
      "",
      "### ⏳ Building Permits Division approvals 1/2",
      "",
      `- ${f.buildingPermit}: legal content changed`,
      "- 「건축법」 제14조 (2025-10-01) → 제14조의2 (2025-10-01)",
      "- 「건축법」 제21조 (2025-10-01) → 제22조 (2025-10-01)",
      `- ✖️ kang-taeyang: the legal content changed after this approval (commit ${result.reviews[0]!.commitId.slice(0, 7)}); it no longer counts. Please review again`,
      "- ✖️ ryu-seungho: the pull request's author cannot approve their own change",
      `- ✔️ moon-sora: approval counted (commit ${result.reviews[2]!.commitId.slice(0, 7)})`,
      "- ✖️ park-outsider: not a reviewer for this department, so the approval does not count",
      "- ⏳ 1 more approval(s) needed from: kang-taeyang, @hanbit-gu/building-reviewers",
    ]);
  });

  it("names the problem of a rule that cannot be evaluated", async () => {
    const failed = await runPullRequest({ author: "cho-hyunsoo", base: [remove(f.departments)], commits: [{ name: "c1", edits: [taxVersion] }] });
    expect(failed.evaluation.tree.title.en).toBe("The review rules could not be evaluated");
    expect(failed.evaluation.tree.children[0]!.children.map((c) => [c.status, c.title.en])).toEqual([
      ["error", "The base branch's registry cannot be read, so reviewers cannot be determined. Fix the registry errors first"],
      ["info", `${f.taxExemption}: department 'tax' is not in the base branch's registry, so administrators must approve`],
    ]);
  });
});

describe("the search synonyms", () => {
  const synonyms = "manuals/synonyms.yml";

  it("a change is the administrators' to approve", async () => {
    const result = await runPullRequest({ author: "ryu-seungho", commits: one(edit(synonyms, (t) => `${t}- [기초연금, 노령연금]\n`)) });
    expect(outcomeOf(result)).toEqual({ state: "pending", rules: [admins("pending")] });
    expect(result.findings.filter((f) => f.file === synonyms)).toEqual([]);
  });

  it("a group of one word is a Manual schema finding on its line, judged by the base's schema", async () => {
    const result = await runPullRequest({ author: "ryu-seungho", commits: one(edit(synonyms, (t) => `${t}- [외톨이]\n`)) });
    const findings = result.findings.filter((f) => f.file === synonyms);
    expect(findings.map((f) => f.severity)).toEqual(["error"]);
    expect(findings[0]!.line).toBe(result.head.get(synonyms)!.split("\n").indexOf("- [외톨이]") + 1);
  });
});
