// `manuals review` without the printing: the decision the GitHub App would reach, computed from the
// local git repository. Registry, schemas and configuration come from the base side, as in the app.
import { impactOf, type CitingManual, type Impact } from "../core/compare/impact.ts";
import { lawEntriesOf } from "../core/compare/legal-content.ts";
import type { ManualChange } from "../core/compare/compare-manuals.ts";
import { evaluate, type Evaluation } from "../core/evaluate/evaluate.ts";
import { parseFrontMatter } from "../core/parse/front-matter.ts";
import { configFile, loadConfig, loadRegistry, registryFiles, type BotConfig, type Registry } from "../core/registry.ts";
import { decide, planReview } from "../core/review-plan.ts";
import type { RequiredApproval } from "../core/route/route.ts";
import { sectionsSpec } from "../core/sections-spec.ts";
import { schemaFiles, type SchemaSet } from "../core/schemas.ts";
import { changedFiles, git, grepFiles, readAtRef, resolveCommit } from "../local/git.ts";
import { compileOrExplain } from "../local/check/run-check.ts";
import { UsageError } from "./usage-error.ts";

export interface LocalReview {
  base: string;
  head: string;
  mergeBase: string;
  changes: ManualChange[];
  required: RequiredApproval[];
  impact: Impact[];
  evaluation: Evaluation;
  registry: Registry | null;
  config: BotConfig | null;
  /** Files read from git, for the record (the review reads only what changed). */
  filesRead: number;
}

export interface LocalReviewOptions {
  root: string;
  base: string;
  head?: string;
  author?: string;
  impact?: boolean;
}

export function localReview(options: LocalReviewOptions): LocalReview {
  const { root } = options;
  git(root, ["rev-parse", "--git-dir"]);
  const base = resolveOr(root, options.base, "--base");
  const head = resolveOr(root, options.head ?? "HEAD", "--head");
  const mergeBase = git(root, ["merge-base", base, head]).trim();

  // Trust comes from the base: schemas, registry and configuration as they are on the base branch.
  const trusted = readAtRef(root, base, [...Object.values(schemaFiles), ...Object.values(registryFiles), configFile]);
  const schemaText = (file: string) => {
    const value = trusted.get(file);
    if (value == null) throw new UsageError("cli.schema-missing", { file: `${options.base}:${file}` });
    try {
      return JSON.parse(value) as object;
    } catch (error) {
      throw new UsageError("cli.schema-invalid", { file: `${options.base}:${file}`, detail: (error as Error).message });
    }
  };
  const schemas: SchemaSet = { frontMatter: schemaText(schemaFiles.frontMatter), sections: schemaText(schemaFiles.sections), registry: schemaText(schemaFiles.registry), config: schemaText(schemaFiles.config) };
  const validators = compileOrExplain(schemas);
  const spec = sectionsSpec(validators.sectionsSchema);
  const source = (file: string) => ({ file, text: trusted.get(file) ?? null });
  const { registry } = loadRegistry({ institutions: source(registryFiles.institutions), departments: source(registryFiles.departments), laws: source(registryFiles.laws) }, validators);
  const { config } = loadConfig(source(configFile), validators);

  const plan = planReview(changedFiles(root, mergeBase, head));
  const baseTexts = readAtRef(root, mergeBase, plan.manuals.flatMap((m) => (m.base ? [m.base] : [])));
  const headTexts = readAtRef(root, head, [...plan.manuals.flatMap((m) => (m.head ? [m.head] : [])), ...plan.adminFiles.filter((f) => !f.deleted).map((f) => f.file)]);
  const pairs = plan.manuals.map((m) => ({
    base: m.base && baseTexts.get(m.base) != null ? { file: m.base, text: baseTexts.get(m.base)! } : null,
    head: m.head && headTexts.get(m.head) != null ? { file: m.head, text: headTexts.get(m.head)! } : null,
  }));
  const adminFiles = plan.adminFiles.map((f) => ({ file: f.file, text: f.deleted ? "" : headTexts.get(f.file) ?? "" }));
  const { changes, required } = decide({ pairs, adminFiles, registry, config, spec });

  let impact: Impact[] = [];
  let filesRead = baseTexts.size + headTexts.size + trusted.size;
  if (options.impact !== false) {
    const laws = [...new Set(changes.flatMap((c) => c.laws.map((l) => l.law)))];
    const candidates = [...new Set(laws.flatMap((law) => grepFiles(root, head, `law: ${law}`)))].filter((f) => !changes.some((c) => c.file === f || c.previousFile === f));
    const texts = readAtRef(root, head, candidates);
    filesRead += texts.size;
    const citing: CitingManual[] = candidates.flatMap((file) => {
      const text = texts.get(file);
      if (text == null) return [];
      const data = parseFrontMatter(text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/)).data as Record<string, unknown> | undefined;
      const str = (k: string) => (typeof data?.[k] === "string" ? (data[k] as string) : null);
      return [{ file, id: str("id"), title: str("title"), department: str("department"), owner: str("owner"), laws: lawEntriesOf(data) }];
    });
    impact = impactOf(changes, citing);
  }

  // Locally there are no reviews: the evaluation shows what is required.
  const evaluation = evaluate({ required, reviews: [], author: options.author ?? "", teamMembers: new Map(), fingerprintsAt: new Map() });
  return { base: options.base, head: options.head ?? "HEAD", mergeBase, changes, required, impact, evaluation, registry, config, filesRead };
}

function resolveOr(root: string, ref: string, option: string): string {
  try {
    return resolveCommit(root, ref);
  } catch {
    throw new UsageError("cli.bad-option", { detail: `${option} ${ref}: no such commit or branch / 그런 커밋이나 브랜치가 없습니다` });
  }
}
