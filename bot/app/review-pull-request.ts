// One review of one pull request, in numbered steps: read what changed, check it, decide who must
// approve, weigh the reviews, and make GitHub show the result. Everything trusted (schemas,
// registry, configuration) is read from the base branch.
import { createHash } from "node:crypto";
import { posix } from "node:path";
import type { FileVersion, ManualPair } from "../core/compare/compare-manuals.ts";
import { evaluate, latestReviews } from "../core/evaluate/evaluate.ts";
import type { Finding } from "../core/findings.ts";
import { checkManual } from "../core/check-manual.ts";
import { configFile, loadConfig, loadRegistry, registryFiles, type BotConfig, type Registry } from "../core/registry.ts";
import { report, CHECK_NAMES, type Report } from "../core/report/report.ts";
import { decide, fingerprintsOf, planReview, type ReviewPlan } from "../core/review-plan.ts";
import { compileSchemas, schemaFiles, type SchemaSet, type Validators } from "../core/schemas.ts";
import { sectionsSpec } from "../core/sections-spec.ts";
import { compareFindings } from "../core/findings.ts";
import { lawCitations } from "../core/validate/repository-rules/law-citations.ts";
import { materialLinks } from "../core/validate/repository-rules/material-links.ts";
import { ownerDeputy } from "../core/validate/repository-rules/owner-deputy.ts";
import { pathLayout } from "../core/validate/repository-rules/path-layout.ts";
import { registryKeys } from "../core/validate/repository-rules/registry-keys.ts";
import { reviewDate } from "../core/validate/repository-rules/review-date.ts";
import { specialFiles } from "../core/validate/repository-rules/special-files.ts";
import type { RepositoryContext } from "../core/validate/repository-rules/context.ts";
import { linkTargetsToCheck } from "./link-targets.ts";
import type { FileContent, FileRequest, GitHubPort } from "./port.ts";
import { reconcile } from "./reconcile.ts";

export interface ReviewOutcome {
  status: "done" | "stale" | "closed";
  report?: Report;
  /** Reviewers GitHub would not ask (not collaborators, teams without access). */
  refusedReviewers?: string[];
}

export interface ReviewOptions {
  port: GitHubPort;
  /** The head SHA the event was about; when it is no longer the head, nothing is changed. */
  eventHeadSha?: string;
  /** YYYY-MM-DD in the district's time zone. */
  today: string;
}

export class ConfigurationError extends Error {
  readonly findings: Finding[];
  constructor(message: string, findings: Finding[] = []) {
    super(message);
    this.findings = findings;
  }
}

const compiled = new Map<string, Validators>();
function validatorsFor(schemas: SchemaSet): Validators {
  const key = createHash("sha1").update(JSON.stringify(schemas)).digest("hex");
  let validators = compiled.get(key);
  if (!validators) {
    validators = compileSchemas(schemas);
    if (compiled.size > 20) compiled.clear();
    compiled.set(key, validators);
  }
  return validators;
}

interface Trusted {
  validators: Validators;
  registry: Registry | null;
  config: BotConfig | null;
  findings: Finding[];
}

function readTrusted(files: Map<string, FileContent>): Trusted {
  const schemas = {} as Record<keyof SchemaSet, object>;
  for (const [key, path] of Object.entries(schemaFiles) as [keyof SchemaSet, string][]) {
    const text = files.get(path)?.text;
    if (text == null) throw new ConfigurationError(`${path} is missing on the base branch / 기준 브랜치에 ${path}이(가) 없습니다`);
    try {
      schemas[key] = JSON.parse(text) as object;
    } catch (error) {
      throw new ConfigurationError(`${path} on the base branch is not valid JSON (${(error as Error).message}) / 기준 브랜치의 ${path}이(가) 올바른 JSON이 아닙니다`);
    }
  }
  let validators: Validators;
  try {
    validators = validatorsFor(schemas);
  } catch (error) {
    throw new ConfigurationError(`a schema on the base branch is invalid: ${(error as Error).message} / 기준 브랜치의 스키마가 올바르지 않습니다`);
  }
  const source = (file: string) => ({ file, text: files.get(file)?.text ?? null });
  const { registry, findings: registryFindings } = loadRegistry({ institutions: source(registryFiles.institutions), departments: source(registryFiles.departments), laws: source(registryFiles.laws) }, validators);
  const { config, findings: configFindings } = loadConfig(source(configFile), validators);
  if (!config) {
    const detail = configFindings.map((f) => `${f.file}:${f.line} ${f.message.ko} / ${f.message.en}`).join("; ");
    throw new ConfigurationError(`invalid bot configuration on the base branch: ${detail}`, configFindings);
  }
  return { validators, registry, config, findings: registryFindings };
}

function pairsAt(plan: ReviewPlan, base: Map<string, FileContent>, head: Map<string, FileContent>): ManualPair[] {
  const version = (path: string | null, files: Map<string, FileContent>): FileVersion | null => {
    const text = path ? files.get(path)?.text : null;
    return path && text != null ? { file: path, text } : null;
  };
  return plan.manuals.map((m) => ({ base: version(m.base, base), head: version(m.head, head) }));
}

async function readMap(port: GitHubPort, requests: FileRequest[]): Promise<Map<string, Map<string, FileContent>>> {
  const contents = await port.readFiles(requests);
  const byRef = new Map<string, Map<string, FileContent>>();
  requests.forEach((r, i) => {
    const files = byRef.get(r.ref) ?? new Map<string, FileContent>();
    files.set(r.path, contents[i]!);
    byRef.set(r.ref, files);
  });
  return byRef;
}

export async function reviewPullRequest({ port, eventHeadSha, today }: ReviewOptions): Promise<ReviewOutcome> {
  // 1. The pull request as it is now: act only on its current head.
  const pr = await port.getPullRequest();
  if (!pr.open) return { status: "closed" };
  if (eventHeadSha && eventHeadSha !== pr.headSha) return { status: "stale" };

  // 2. What changed.
  const changed = await port.listChangedFiles();
  const plan = planReview(changed);
  // MDX could run code on the site: a pull request adding one is reported like the CLI does.
  // (Symlinks are not visible in the pull request's file list; the CI's `manuals check` reports them.)
  const special = changed.filter((f) => f.status !== "removed" && f.file.startsWith("manuals/") && f.file.endsWith(".mdx")).map((f) => ({ path: f.file, kind: "mdx" as const }));
  const headManuals = plan.manuals.flatMap((m) => (m.head ? [m.head] : []));
  const trustedPaths = [...Object.values(schemaFiles), ...Object.values(registryFiles), configFile];

  // 3. One read for the trusted files (base), the manuals on both sides, changed admin files (head)
  //    and the folders next to the changed manuals, where their materials usually are.
  const folders = [...new Set(headManuals.flatMap((path) => [posix.dirname(path), `${posix.dirname(path)}/files`]))];
  const files = await readMap(port, [
    ...trustedPaths.map((path) => ({ ref: pr.baseSha, path })),
    ...plan.manuals.flatMap((m) => (m.base ? [{ ref: pr.baseSha, path: m.base }] : [])),
    ...headManuals.map((path) => ({ ref: pr.headSha, path })),
    ...plan.adminFiles.filter((f) => !f.deleted).map((f) => ({ ref: pr.headSha, path: f.file })),
    ...folders.map((path) => ({ ref: pr.headSha, path, folder: true })),
  ]);
  const baseFiles = files.get(pr.baseSha) ?? new Map<string, FileContent>();
  const headFiles = files.get(pr.headSha) ?? new Map<string, FileContent>();
  const trusted = readTrusted(baseFiles);
  const spec = sectionsSpec(trusted.validators.sectionsSchema);

  // 4. Manual schema: the changed manuals against the base's schemas and registry.
  const checks = headManuals.map((path) => {
    const content = headFiles.get(path);
    return checkManual(path, content?.text ?? new Uint8Array([0]), trusted.validators);
  });
  const summaries = checks.map((c) => c.summary);
  // Link targets: known from the folders read above; anything elsewhere is looked up in one more read.
  const existing = new Set(folders.flatMap((folder) => headFiles.get(folder)?.entries ?? []));
  const known = new Set(folders);
  const elsewhere = linkTargetsToCheck(summaries).filter((path) => !known.has(posix.dirname(path)));
  if (elsewhere.length) {
    const linked = (await readMap(port, elsewhere.map((path) => ({ ref: pr.headSha, path })))).get(pr.headSha);
    for (const [path, content] of linked ?? []) if (content.exists) existing.add(path);
  }
  const context: RepositoryContext = { manuals: summaries, registry: trusted.registry, files: existing, special, today };
  const findings = [
    ...trusted.findings,
    ...checks.flatMap((c) => c.findings),
    ...[specialFiles, pathLayout, registryKeys, lawCitations, materialLinks, reviewDate, ownerDeputy].flatMap((rule) => rule(context)),
    ...adminFileFindings(plan, baseFiles, headFiles, trusted.validators),
  ].sort(compareFindings);

  // 5. Legal review: who must approve, on the base's registry and configuration.
  const adminFiles = plan.adminFiles.map((f) => ({ file: f.file, text: f.deleted ? "" : headFiles.get(f.file)?.text ?? "" }));
  const decision = decide({ pairs: pairsAt(plan, baseFiles, headFiles), adminFiles, registry: trusted.registry, config: trusted.config, spec });

  // 6. Reviews, and the legal content each approval saw (read at the commits that were approved).
  const reviews = await port.listReviews();
  const latest = [...latestReviews(reviews).values()];
  const approvedCommits = [...new Set(latest.filter((r) => r.state === "APPROVED" && r.commitId && r.commitId !== pr.headSha).map((r) => r.commitId))];
  const fingerprintsAt = new Map([[pr.headSha, fingerprintsOf(decision.required)]]);
  if (approvedCommits.length && decision.required.length) {
    const paths = [...new Set([...headManuals, ...plan.adminFiles.map((f) => f.file)])];
    const atCommits = await readMap(port, approvedCommits.flatMap((ref) => paths.map((path) => ({ ref, path }))));
    for (const ref of approvedCommits) {
      const atRef = atCommits.get(ref) ?? new Map<string, FileContent>();
      const admin = plan.adminFiles.map((f) => ({ file: f.file, text: atRef.get(f.file)?.text ?? "" }));
      const then = decide({ pairs: pairsAt(plan, baseFiles, atRef), adminFiles: admin, registry: trusted.registry, config: trusted.config, spec });
      fingerprintsAt.set(ref, fingerprintsOf(then.required));
    }
  }

  // 7. Team membership, only for teams that could make a reviewer eligible.
  const teamMembers = new Map<string, string[]>();
  const reviewers = latest.filter((r) => r.state === "APPROVED" || r.state === "CHANGES_REQUESTED").map((r) => r.user.toLowerCase());
  for (const rule of decision.required) {
    const direct = new Set(rule.reviewers.users.map((u) => u.toLowerCase()));
    if (!reviewers.some((r) => !direct.has(r))) continue;
    for (const team of rule.reviewers.teams) {
      if (!teamMembers.has(team)) teamMembers.set(team, (await port.listTeamMembers(team)) ?? []);
    }
  }

  // 8. Decide and render.
  const evaluation = evaluate({ required: decision.required, reviews, author: pr.author, teamMembers, fingerprintsAt });
  const result = report({ findings, checkedFiles: headManuals.length, changes: decision.changes, evaluation, impact: [], registry: trusted.registry, config: trusted.config });

  // 9. Make GitHub show it, changing only what differs.
  const refused = await reconcile({ port, pr, report: result });
  return { status: "done", report: result, refusedReviewers: refused };
}

/** A changed registry, schema or configuration file must itself be valid, judged by the base's schemas. */
function adminFileFindings(plan: ReviewPlan, baseFiles: Map<string, FileContent>, headFiles: Map<string, FileContent>, validators: Validators): Finding[] {
  const changed = new Set(plan.adminFiles.filter((f) => !f.deleted).map((f) => f.file));
  const findings: Finding[] = [];
  if (Object.values(registryFiles).some((f) => changed.has(f))) {
    const source = (file: string) => ({ file, text: (changed.has(file) ? headFiles : baseFiles).get(file)?.text ?? null });
    const registryChanged = Object.values(registryFiles).filter((f) => changed.has(f));
    const { findings: registryFindings } = loadRegistry({ institutions: source(registryFiles.institutions), departments: source(registryFiles.departments), laws: source(registryFiles.laws) }, validators);
    findings.push(...registryFindings.filter((f) => registryChanged.includes(f.file as (typeof registryChanged)[number])));
  }
  if (changed.has(configFile)) findings.push(...loadConfig({ file: configFile, text: headFiles.get(configFile)?.text ?? null }, validators).findings);
  for (const path of Object.values(schemaFiles)) {
    if (!changed.has(path)) continue;
    try {
      JSON.parse(headFiles.get(path)?.text ?? "");
    } catch (error) {
      findings.push({ file: path, line: 1, rule: "schema-json", severity: "error", message: { ko: `스키마 파일이 올바른 JSON이 아닙니다: ${(error as Error).message}`, en: `The schema file is not valid JSON: ${(error as Error).message}` } });
    }
  }
  return findings;
}

export { CHECK_NAMES };
