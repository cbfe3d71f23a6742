// The review of one pull request, in numbered steps, over a read-only source: read what changed,
// check it, decide who must approve, weigh the reviews, and render what the pull request should
// show. Every face runs this one function — the app over GitHub, `manuals review` over git, the
// scenario tables over maps — and only applies or prints the result. Everything trusted (schemas,
// registry, configuration) is read from the base.
import { posix } from "node:path";
import { impactOf, type Impact } from "../compare/impact.ts";
import { evaluate, latestReviews, type Evaluation, type Review } from "../evaluate/evaluate.ts";
import { compareFindings, type Finding } from "../findings.ts";
import { checkParsed, parseCheckedManuals } from "../check-manual.ts";
import type { ParseVersion } from "../compare/compare-manuals.ts";
import { parseManual } from "../parse/parse-manual.ts";
import type { ParsedManual } from "../parse/read-manual.ts";
import { text } from "../messages/text.ts";
import { report, type Report } from "../report/report.ts";
import type { RequiredApproval } from "../route/route.ts";
import { sectionsSpec } from "../sections-spec.ts";
import { checkRepository, type RuleNeeds } from "../validate/repository-rules/all.ts";
import type { ManualSummary } from "../validate/manual-summary.ts";
import { adminFileFindings } from "./admin-files.ts";
import { readSnapshot, type Snapshot } from "./file-snapshot.ts";
import { linkTargetsToCheck } from "./link-targets.ts";
import { decide, fingerprintsOf, planReview, type Decision, type ReviewPlan } from "./plan.ts";
import type { PullRequestInfo, ReviewSource } from "./source.ts";
import { readTrusted, trustedPaths, type Trusted } from "./trusted.ts";

export interface ReviewInput {
  source: ReviewSource;
  /** The head SHA the event was about; when it is no longer the head, nothing is decided. */
  eventHeadSha?: string;
  /**
   * The base SHA the event names. With the head, it lets the files be read in the same round trip
   * as the pull request itself; the pull request as it is then decides, and a base that moved since
   * the event is read again.
   */
  eventBaseSha?: string;
  /** YYYY-MM-DD in the district's time zone. */
  today: string;
}

export interface PullRequestReview {
  status: "done";
  pullRequest: PullRequestInfo;
  trusted: Trusted;
  findings: Finding[];
  decision: Decision;
  reviews: Review[];
  evaluation: Evaluation;
  /** Other manuals citing the changed laws; empty where the source cannot list the repository. */
  impact: Impact[];
  report: Report;
}

export type ReviewResult = PullRequestReview | { status: "stale" | "closed"; pullRequest: PullRequestInfo };

export async function reviewPullRequest(input: ReviewInput): Promise<ReviewResult> {
  const { source, eventHeadSha, eventBaseSha, today } = input;
  // 1. The commits to read: those the event names, or the pull request's when it names none.
  let refs: { headSha: string; baseSha: string };
  if (eventHeadSha && eventBaseSha) refs = { headSha: eventHeadSha, baseSha: eventBaseSha };
  else {
    const first = await source.pullRequest();
    if (!first.open) return { status: "closed", pullRequest: first };
    if (eventHeadSha && eventHeadSha !== first.headSha) return { status: "stale", pullRequest: first };
    refs = first;
  }

  // 2. What changed, and what must be read for it.
  const plan = planReview(await source.changedFiles());
  const headManuals = plan.manuals.flatMap((m) => (m.head ? [m.head] : []));
  // The folders next to the changed manuals, where their materials usually are.
  const folders = [...new Set(headManuals.flatMap((path) => [posix.dirname(path), `${posix.dirname(path)}/files`]))];

  // 3. One read: the pull request as it is now, its reviews, the trusted files and the base manuals
  //    at the base, the manuals, changed admin files and folders at the head. Asked together, a
  //    source that can (GitHub's GraphQL) answers them in one round trip.
  const [pr, files, reviews] = await Promise.all([
    source.pullRequest(),
    readSnapshot(source, [
      ...trustedPaths.map((path) => ({ ref: refs.baseSha, path })),
      ...plan.manuals.flatMap((m) => (m.base ? [{ ref: refs.baseSha, path: m.base }] : [])),
      ...headManuals.map((path) => ({ ref: refs.headSha, path })),
      ...plan.adminFiles.filter((f) => !f.deleted).map((f) => ({ ref: refs.headSha, path: f.file })),
      ...folders.map((path) => ({ ref: refs.headSha, path, folder: true })),
    ]),
    source.reviews(),
  ]);
  // Act only on the current head; a base that moved since the event is read again at the new base.
  if (!pr.open) return { status: "closed", pullRequest: pr };
  if (pr.headSha !== refs.headSha) return { status: "stale", pullRequest: pr };
  if (pr.baseSha !== refs.baseSha) return reviewPullRequest({ ...input, eventHeadSha: pr.headSha, eventBaseSha: pr.baseSha });
  const trusted = readTrusted(files.textAt(pr.baseSha));
  const spec = sectionsSpec(trusted.validators.sectionsSchema);

  // 4. Manual schema: the changed manuals against the base's schemas and registry.
  // The core decodes what the source read by the check's own rules: size, read whole, encoding.
  // Each manual is parsed once per event: the check's parse of a head manual is the compare's too.
  const parsedHeads = parseCheckedManuals(
    headManuals.map((path) => {
      const read = files.get(pr.headSha, path);
      return { file: path, input: { content: read?.bytes ?? read?.text ?? new Uint8Array([0]), byteSize: read?.byteSize ?? 0, whole: read?.whole ?? true } };
    }),
    trusted.validators,
  );
  const checks = parsedHeads.map((parsed) => checkParsed(parsed, trusted.validators));
  const parsedVersions = new Map<string, ParsedManual>();
  headManuals.forEach((path, i) => {
    const text = files.manualAt(pr.headSha, path)?.text;
    if (text !== undefined && parsedHeads[i]!.document) parsedVersions.set(`${path}\0${text}`, parsedHeads[i]!);
  });
  const parse: ParseVersion = (version) => {
    const key = `${version.file}\0${version.text}`;
    let parsed = parsedVersions.get(key);
    if (!parsed) parsedVersions.set(key, (parsed = parseManual(version.file, version.text, { sectionLevel: spec.level })));
    return parsed;
  };
  const summaries = checks.map((c) => c.summary);
  const everyManual = source.allManuals ? await source.allManuals(pr.headSha) : null;
  const findings = [
    ...trusted.findings,
    ...checks.flatMap((c) => c.findings),
    ...(await repositoryFindings({ source, pr, plan, files, folders, summaries, everyManual, trusted, today })),
    ...adminFileFindings(plan, files.textAt(pr.baseSha), files.textAt(pr.headSha), trusted.validators),
  ].sort(compareFindings);

  // 5. Legal review: what changed legally and who must approve, on the base's registry and configuration.
  const decideAt = (ref: string, at: Snapshot): Decision => {
    const admin = plan.adminFiles.map((f) => ({ file: f.file, text: f.deleted && ref === pr.headSha ? "" : at.textAt(ref)(f.file) ?? "" }));
    const pairs = plan.manuals.map((m) => ({ base: at.manualAt(pr.baseSha, m.base), head: at.manualAt(ref, m.head) }));
    return decide({ pairs, adminFiles: admin, registry: trusted.registry, config: trusted.config, spec, parse });
  };
  const decided = decideAt(pr.headSha, files);
  const decision = { ...decided, required: [...decided.required, ...unreadableRules(files, pr, plan)] };

  // 6. The legal content each approval saw (read at the commits that were approved), and 7. the
  //    members of the teams that could make a reviewer eligible; asked together, one round trip.
  const latest = [...latestReviews(reviews).values()];
  const fingerprintsAt = new Map([[pr.headSha, fingerprintsOf(decision.required)]]);
  const approvedCommits = [...new Set(latest.filter((r) => r.state === "APPROVED" && r.commitId && r.commitId !== pr.headSha).map((r) => r.commitId))];
  const readApprovedCommits = async () => {
    if (!approvedCommits.length || !decision.required.length) return;
    const paths = [...new Set([...headManuals, ...plan.adminFiles.map((f) => f.file)])];
    // A commit exists when its root folder can be read; an approval of a commit that is gone
    // (force-pushed away) has no fingerprint and is reported as such.
    const atCommits = await readSnapshot(source, approvedCommits.flatMap((ref) => [{ ref, path: "", folder: true }, ...paths.map((path) => ({ ref, path }))]), files);
    for (const ref of approvedCommits) if (atCommits.get(ref, "")?.exists) fingerprintsAt.set(ref, fingerprintsOf(decideAt(ref, atCommits).required));
  };
  const teams = teamsThatCouldMatter(decision.required, latest, pr.author);
  const [, members] = await Promise.all([readApprovedCommits(), Promise.all(teams.map((team) => source.teamMembers(team)))]);
  const teamMembers = new Map(teams.map((team, i) => [team, members[i] ?? []]));

  // 8. Decide and render.
  const evaluation = evaluate({ required: decision.required, reviews, author: pr.author, teamMembers, fingerprintsAt });
  const impact = everyManual ? impactOf(decision.changes, everyManual) : [];
  const result = report({ findings, checkedFiles: headManuals.length, changes: decision.changes, evaluation, impact, registry: trusted.registry, config: trusted.config });
  return { status: "done", pullRequest: pr, trusted, findings, decision, reviews, evaluation, impact, report: result };
}

/**
 * The teams whose members could change the outcome: those of a rule that someone not listed by name
 * approved or blocked. The author's own reviews never count, so they need no lookup.
 */
function teamsThatCouldMatter(required: readonly RequiredApproval[], latest: readonly Review[], author: string): string[] {
  const reviewers = latest.filter((r) => (r.state === "APPROVED" || r.state === "CHANGES_REQUESTED") && r.user.toLowerCase() !== author.toLowerCase()).map((r) => r.user.toLowerCase());
  const teams = new Set<string>();
  for (const rule of required) {
    const direct = new Set(rule.reviewers.users.map((u) => u.toLowerCase()));
    if (reviewers.some((r) => !direct.has(r))) for (const team of rule.reviewers.teams) teams.add(team);
  }
  return [...teams];
}

interface RepositoryStep {
  source: ReviewSource;
  pr: PullRequestInfo;
  plan: ReviewPlan;
  files: Snapshot;
  folders: string[];
  summaries: ManualSummary[];
  everyManual: ManualSummary[] | null;
  trusted: Trusted;
  today: string;
}

/**
 * The repository rules for the changed manuals. Each rule declares what it needs: rules about a
 * manual alone always run; rules over the whole repository run when the source can list it, and
 * report only on the manuals this pull request changed.
 */
async function repositoryFindings({ source, pr, plan, files, folders, summaries, everyManual, trusted, today }: RepositoryStep): Promise<Finding[]> {
  // Link targets: known from the folders read above; anything elsewhere is looked up in one more read.
  const existing = new Set(folders.flatMap((folder) => files.get(pr.headSha, folder)?.entries ?? []));
  const known = new Set(folders);
  const elsewhere = linkTargetsToCheck(summaries).filter((path) => !known.has(posix.dirname(path)));
  if (elsewhere.length) {
    const linked = await source.readFiles(elsewhere.map((path) => ({ ref: pr.headSha, path })));
    elsewhere.forEach((path, i) => linked[i]?.exists && existing.add(path));
  }
  // MDX could run code on the site: a pull request adding one is reported like the CLI does.
  // (Symlinks are not visible in a pull request's file list; the CI's `manuals check` reports them.)
  const special = plan.mdxFiles.map((path) => ({ path, kind: "mdx" as const }));
  const context = { manuals: summaries, registry: trusted.registry, files: existing, special, today };
  const findings = checkRepository(context, ["the-manual"]);
  if (everyManual) {
    const changed = new Set(summaries.map((s) => s.file));
    const whole = [...summaries, ...everyManual.filter((m) => !changed.has(m.file))];
    findings.push(...checkRepository({ ...context, manuals: whole }, ["whole-repository" satisfies RuleNeeds]).filter((f) => changed.has(f.file)));
  }
  return findings;
}

/** Versions of the changed manuals the source could not read whole: never judged on a part. */
function unreadVersions(files: Snapshot, pr: PullRequestInfo, plan: ReviewPlan): { ref: string; path: string; byteSize: number }[] {
  return plan.manuals.flatMap((m) =>
    [
      [pr.baseSha, m.base],
      [pr.headSha, m.head],
    ].flatMap(([ref, path]) => {
      const read = path ? files.get(ref!, path) : undefined;
      return read && read.exists && !read.whole ? [{ ref: ref!, path: path!, byteSize: read.byteSize }] : [];
    }),
  );
}

/** A legal decision over a file read only in part cannot be made: the rule fails closed and says why. */
function unreadableRules(files: Snapshot, pr: PullRequestInfo, plan: ReviewPlan): RequiredApproval[] {
  const byPath = new Map(unreadVersions(files, pr, plan).map((v) => [v.path, v]));
  return [...byPath.values()].map((v) => ({
    id: `unreadable:${v.path}`,
    kind: "admins",
    department: null,
    name: text("review.unreadable-name"),
    approvals: 1,
    reviewers: { users: [], teams: [] },
    reasons: [],
    fingerprint: "unreadable",
    problem: text("review.unreadable", { file: v.path }),
  }));
}
