// A seeded generator of realistic manuals for the benches: N manuals spread over the registry's
// departments (cycling them), about 6 KB each of Korean text recombined from the sample manuals'
// sections, each with its own materials files, so that `manuals check` on the result reports nothing.
//
//   node test/bench/corpus.ts --count 600 --out /tmp/corpus [--seed 1]
//
// `createCorpus` builds any manual on demand from its index (nothing is held in memory, so a bench
// can serve 100,000 manuals); `generateCorpus` writes a complete repository to a directory.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadCorpusSource, type CorpusSource, type SamplePieces, type SourceFile } from "./corpus-source.ts";
import { mixSeed, seededRandom, type Random } from "./seeded-random.ts";

export type { SourceFile } from "./corpus-source.ts";

export interface GeneratedManual {
  index: number;
  id: string;
  /** Repository-relative path, manuals/<institution>/<department>/<id>.md */
  path: string;
  text: string;
  /** The files under the department's files/ folder that the manual links to. */
  materials: SourceFile[];
}

export interface CorpusOptions {
  count: number;
  seed?: number;
  /** Where the samples, schemas and registry come from (default: this repository), or what was loaded from there. */
  source?: string | CorpusSource;
}

export interface Corpus {
  count: number;
  seed: number;
  /** Schemas, registry and bot configuration, as in the source repository. */
  support: SourceFile[];
  manual(index: number): GeneratedManual;
  /** The path of manual `index`, without building it (cheap enough to list 100,000). */
  manualPath(index: number): string;
  /** A file of the corpus by repository-relative path, or undefined. */
  read(path: string): string | undefined;
  /** Every file: support files, then each manual followed by its materials. */
  files(): Generator<SourceFile>;
  /** Identifies the generator and its inputs; equal fingerprints mean identical corpora. */
  fingerprint: string;
}

export interface CorpusStats {
  manuals: number;
  materials: number;
  /** Every file written, support files included. */
  files: number;
  manualBytes: number;
  averageManualBytes: number;
  institutions: number;
  departments: number;
  seed: number;
  fingerprint: string;
  milliseconds: number;
}

const MARKER = ".bench-corpus.json";
const DEFAULT_SEED = 1;

const QUALIFIERS = ["", "", "", "", "방문 ", "온라인 ", "대리인 신청 ", "야간·휴일 ", "긴급 ", "정기 ", "수시 ", "외국인 "];
const OVERVIEW_LEADS: ((title: string, department: string) => string)[] = [
  () => "",
  () => "",
  (title) => `이 매뉴얼은 ${title} 업무를 처음 맡은 담당자가 바로 처리할 수 있도록 기준과 요령을 정리한 것입니다.`,
  (title, department) => `${department}에서 처리하는 ${title} 업무의 흐름과 확인할 점을 정리했습니다.`,
  (title) => `${title} 업무는 접수, 검토, 처리, 사후관리 순서로 진행합니다.`,
];

/** The generator's own code takes part in the fingerprint: a changed generator never reuses an old corpus. */
function generatorFingerprint(): string {
  const hash = createHash("sha1");
  for (const name of ["corpus.ts", "corpus-source.ts", "seeded-random.ts"]) hash.update(readFileSync(fileURLToPath(new URL(`./${name}`, import.meta.url))));
  return hash.digest("hex");
}

function yamlScalar(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} ·()\-_.]*$/u.test(value) && !/^\d|\s$/.test(value) ? value : JSON.stringify(value);
}

function dateBetween(random: Random, from: string, to: string): string {
  const start = Date.parse(from);
  const end = Date.parse(to);
  return new Date(start + Math.floor(random.next() * ((end - start) / 86_400_000 + 1)) * 86_400_000).toISOString().slice(0, 10);
}

/** A sample to build on: one of the department's own when it has any, so its manuals read like its work. */
function baseSample(source: CorpusSource, department: string, random: Random): SamplePieces {
  const own = source.samples.filter((sample) => sample.department === department);
  return random.pick(own.length > 0 ? own : source.samples);
}

/** Most of the base sample's pieces (at least `min`), in their order, then a few from other samples. */
function recombine<T>(random: Random, own: readonly T[], all: readonly T[], min: number, foreign: number): T[] {
  const kept = own.filter(() => random.chance(0.7));
  for (const item of random.sample(own.filter((item) => !kept.includes(item)), min - kept.length)) kept.splice(random.int(0, kept.length), 0, item);
  const others = random.sample(all.filter((item) => !own.includes(item)), Math.max(foreign, min - kept.length));
  for (const item of others) kept.splice(random.int(0, kept.length), 0, item);
  return kept;
}

/** Where manual `index` lives and what it is built on: the first draws of its own random sequence. */
function identity(source: CorpusSource, seed: number, index: number) {
  const random = seededRandom(mixSeed(seed, index));
  const department = source.departments[index % source.departments.length]!;
  const base = baseSample(source, department.key, random);
  const id = `${base.id}-${index}`;
  const folder = `manuals/${department.institution}/${department.key}`;
  return { random, department, base, id, folder, path: `${folder}/${id}.md` };
}

function buildManual(source: CorpusSource, seed: number, index: number): GeneratedManual {
  const { random, department, base, id, folder, path } = identity(source, seed, index);
  const { pools } = source;
  const title = `${random.pick(QUALIFIERS)}${base.title}`;
  const [owner, deputy] = random.sample(source.logins, 2);

  // Pieces: mostly the base sample's, a few borrowed; then more borrowed until the manual reaches its size.
  const target = random.int(4_800, 6_400);
  const overview = recombine(random, base.overview, pools.overview, 1, random.int(0, 1));
  const process = recombine(random, base.process, pools.process, 3, random.int(0, 1));
  const laws = recombine(random, base.laws, pools.laws, 1, random.int(0, 1));
  const organizations = recombine(random, base.organizations, pools.organizations, 2, random.int(0, 1));
  const tips = recombine(random, base.tips, pools.tips, 2, random.int(0, 1));
  const ownFiles = recombine(random, base.files, pools.files, 1, 0).slice(0, 3);
  const links = recombine(random, base.links, pools.links, 1, 0).slice(0, 3);
  const grow: { list: unknown[]; pool: readonly unknown[]; max: number }[] = [
    { list: overview, pool: pools.overview, max: 5 },
    { list: process, pool: pools.process, max: 12 },
    { list: laws, pool: pools.laws, max: 8 },
    { list: organizations, pool: pools.organizations, max: 8 },
    { list: tips, pool: pools.tips, max: 8 },
  ];

  const materials = ownFiles.map((file, i) => ({ label: file.label, name: `${id}-${i + 1}${file.ext}`, text: file.text }));
  const lead = OVERVIEW_LEADS[index % OVERVIEW_LEADS.length]!(title, department.name);
  const lastReviewed = dateBetween(random, "2024-01-01", "2025-12-31");
  const render = () => {
    const lawEntries = [...new Map(laws.map((l) => [`${l.law} ${l.article}`, l])).values()];
    const frontMatter = [
      "---",
      `id: ${id}`,
      `title: ${yamlScalar(title)}`,
      `institution: ${department.institution}`,
      `department: ${department.key}`,
      `owner: ${owner}`,
      `deputy: ${deputy}`,
      "laws:",
      ...lawEntries.flatMap((l) => [`  - law: ${l.law}`, `    article: "${l.article}"`, `    version: ${source.lawVersions.get(l.law)}`]),
      `review_cycle_months: ${[6, 12, 12, 12, 24][index % 5]}`,
      `last_reviewed: ${lastReviewed}`,
      ...(base.tags.length > 0 ? [`tags: [${base.tags.map(yamlScalar).join(", ")}]`] : []),
      "---",
    ];
    const body = [
      "## 업무개요",
      [lead, ...overview].filter(Boolean).join("\n\n"),
      "## 업무처리절차",
      process.map((step, i) => `${i + 1}. ${step}`).join("\n"),
      "## 관련법령",
      laws.map((l) => l.line).join("\n"),
      "## 관련기관 현황",
      [...source.organizationsHeader, ...organizations].join("\n"),
      "## 업무 팁",
      tips.map((tip) => `- ${tip}`).join("\n"),
      "## 관련자료",
      [...materials.map((m) => `- [${m.label}](files/${m.name})`), ...links.map((l) => `- [${l.label}](${l.href})`)].join("\n"),
    ];
    return `${frontMatter.join("\n")}\n\n${body.join("\n\n")}\n`;
  };

  let text = render();
  for (let attempt = 0; Buffer.byteLength(text) < target && attempt < 40; attempt++) {
    const open = grow.filter((g) => g.list.length < g.max);
    if (open.length === 0) break;
    const choice = random.pick(open);
    const fresh = choice.pool.filter((item) => !choice.list.includes(item));
    if (fresh.length === 0) continue;
    choice.list.splice(random.int(0, choice.list.length), 0, random.pick(fresh));
    text = render();
  }
  return { index, id, path, text, materials: materials.map((m) => ({ path: `${folder}/files/${m.name}`, text: m.text })) };
}

export function createCorpus(options: CorpusOptions): Corpus {
  const source = typeof options.source === "object" ? options.source : loadCorpusSource(options.source);
  const seed = options.seed ?? DEFAULT_SEED;
  const { count } = options;
  const inRange = (index: number) => {
    if (!Number.isInteger(index) || index < 0 || index >= count) throw new RangeError(`manual ${index} is outside the corpus (0…${count - 1})`);
  };
  const manual = (index: number) => {
    inRange(index);
    return buildManual(source, seed, index);
  };
  const support = source.support;
  return {
    count,
    seed,
    support,
    manual,
    manualPath(index) {
      inRange(index);
      return identity(source, seed, index).path;
    },
    read(path) {
      const own = support.find((f) => f.path === path);
      if (own) return own.text;
      // The index is the last number of a manual's id; materials add "-<n>" after it.
      const match = /-(\d+)\.md$/.exec(path) ?? /-(\d+)-\d+\.[a-z0-9]+$/.exec(path);
      const index = match ? Number(match[1]) : -1;
      if (index < 0 || index >= count) return undefined;
      const generated = manual(index);
      if (generated.path === path) return generated.text;
      return generated.materials.find((m) => m.path === path)?.text;
    },
    *files() {
      yield* support;
      for (let i = 0; i < count; i++) {
        const generated = manual(i);
        yield { path: generated.path, text: generated.text };
        yield* generated.materials;
      }
    },
    fingerprint: createHash("sha1").update(generatorFingerprint()).update(source.fingerprint).update(`${seed}:${count}`).digest("hex"),
  };
}

/** The stats of the corpus already in `dir` when it is exactly the one asked for, else null. */
export function existingCorpus(dir: string, corpus: Pick<Corpus, "fingerprint">): CorpusStats | null {
  try {
    const stats = JSON.parse(readFileSync(join(dir, MARKER), "utf8")) as Omit<CorpusStats, "milliseconds">;
    return stats.fingerprint === corpus.fingerprint ? { ...stats, milliseconds: 0 } : null;
  } catch {
    return null;
  }
}

/**
 * Writes a complete repository (schemas, registry, configuration, manuals and their materials) to
 * `dir`. The directory must be empty, missing, or a corpus written here before (which is replaced).
 * The corpus is written beside `dir` and moved into place whole, so nobody sees half of one.
 */
export function generateCorpus(options: CorpusOptions & { dir: string }): CorpusStats {
  const started = performance.now();
  const target = resolve(options.dir);
  const replacing = existsSync(target) && readdirSync(target).length > 0;
  if (replacing && !existsSync(join(target, MARKER))) throw new Error(`${target} is not empty and holds no generated corpus; refusing to overwrite it.`);
  const dir = `${target}.partial-${process.pid}`;
  rmSync(dir, { recursive: true, force: true });
  const corpus = createCorpus(options);
  const made = new Set<string>();
  let manuals = 0;
  let materials = 0;
  let files = 0;
  let manualBytes = 0;
  const institutions = new Set<string>();
  const departments = new Set<string>();
  for (const file of corpus.files()) {
    const full = join(dir, file.path);
    const folder = dirname(full);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(full, file.text);
    files++;
    if (!file.path.startsWith("manuals/") || !file.path.endsWith(".md")) {
      if (file.path.includes("/files/")) materials++;
      continue;
    }
    manuals++;
    manualBytes += Buffer.byteLength(file.text);
    const [, institution = "", department = ""] = file.path.split("/");
    institutions.add(institution);
    departments.add(department);
  }
  const stats: CorpusStats = {
    manuals,
    materials,
    files,
    manualBytes,
    averageManualBytes: manuals ? Math.round(manualBytes / manuals) : 0,
    institutions: institutions.size,
    departments: departments.size,
    seed: corpus.seed,
    fingerprint: corpus.fingerprint,
    milliseconds: Math.round(performance.now() - started),
  };
  // The marker leaves out the time taken, so two generations of the same corpus are byte-identical.
  const { milliseconds: _, ...marker } = stats;
  writeFileSync(join(dir, MARKER), JSON.stringify(marker, null, 2) + "\n");
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(dir, target);
  rmSync(old, { recursive: true, force: true });
  return { ...stats, milliseconds: Math.round(performance.now() - started) };
}

/** Reuses the corpus in `dir` when it is the one asked for; otherwise (re)generates it. */
export function ensureCorpus(options: CorpusOptions & { dir: string }): CorpusStats & { reused: boolean } {
  const source = typeof options.source === "object" ? options.source : loadCorpusSource(options.source);
  const existing = existingCorpus(options.dir, createCorpus({ ...options, source }));
  if (existing) return { ...existing, reused: true };
  return { ...generateCorpus({ ...options, source }), reused: false };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { count: { type: "string", default: "600" }, out: { type: "string" }, seed: { type: "string", default: String(DEFAULT_SEED) } } });
  if (!values.out) {
    process.stderr.write("usage: node test/bench/corpus.ts --count 600 --out <dir> [--seed 1]\n");
    process.exit(2);
  }
  try {
    const stats = generateCorpus({ dir: values.out, count: Number(values.count), seed: Number(values.seed) });
    process.stdout.write(
      `${stats.manuals} manuals (${stats.materials} materials files, avg ${stats.averageManualBytes} bytes) over ${stats.departments} departments of ${stats.institutions} institutions → ${resolve(values.out)} in ${stats.milliseconds} ms\n`,
    );
  } catch (error) {
    process.stderr.write(`corpus: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
