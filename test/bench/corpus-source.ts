// What the bench corpus is made from: the repository's schemas and registry, and pools of text
// taken from the sample manuals' sections (paragraphs, procedure steps, law lines, table rows, tips,
// materials). Only pieces that check clean on their own and carry no repository-relative link are
// kept, so any recombination of them is still a valid manual.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { parseManual } from "../../bot/core/parse/parse-manual.ts";
import { findCitations } from "../../bot/core/parse/citations.ts";
import { sectionKeyOf, sectionsSpec } from "../../bot/core/sections-spec.ts";
import type { SectionsSchema } from "../../bot/core/schemas.ts";
import { isManualPath, listRepository } from "../../bot/local/repository.ts";

export interface SourceFile {
  path: string;
  text: string;
}

export interface LawLine {
  /** Registry key of the law the line cites. */
  law: string;
  /** The cited article, as front matter writes it (제16조, 제36조의3…). */
  article: string;
  /** The whole list line, "- 「법령명」 제N조(…): …". */
  line: string;
}

/** The reusable pieces of one sample manual, section by section. */
export interface SamplePieces {
  id: string;
  title: string;
  tags: string[];
  /** Department key of the sample, to give generated manuals of that department its text first. */
  department: string;
  overview: string[];
  process: string[];
  laws: LawLine[];
  organizations: string[];
  tips: string[];
  files: { label: string; ext: string; text: string }[];
  links: { label: string; href: string }[];
}

export type PieceKind = "overview" | "process" | "laws" | "organizations" | "tips" | "files" | "links";
export const pieceKinds: readonly PieceKind[] = ["overview", "process", "laws", "organizations", "tips", "files", "links"];

export interface CorpusSource {
  /** schemas/*.json, manuals/*.yml and .github/manuals.yml, copied as they are. */
  support: SourceFile[];
  departments: { key: string; institution: string; name: string }[];
  /** Law key → effective date (the version a manual must follow). */
  lawVersions: Map<string, string>;
  samples: SamplePieces[];
  /** Every sample's pieces of each kind together. */
  pools: { [K in PieceKind]: SamplePieces[K] };
  organizationsHeader: string[];
  logins: string[];
  /** Changes when any input changes: reused corpora are regenerated then. */
  fingerprint: string;
}

export const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const ARTICLE = /^제[0-9]+조(의[0-9]+)?(제[0-9]+항)?(제[0-9]+호)?$/;
const compact = (s: string) => s.replace(/\s+/g, "");

/** A line can move to another manual when every link in it is absolute and it has no raw HTML. */
function portable(line: string): boolean {
  return !/\]\((?!https:|tel:|mailto:)/.test(line) && !/\]\[|\[\^|<[A-Za-z/!]/.test(line);
}

function readText(root: string, path: string): string | null {
  try {
    return readFileSync(join(root, path), "utf8");
  } catch {
    return null;
  }
}

function dateText(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

export function loadCorpusSource(root: string = repositoryRoot): CorpusSource {
  const hash = createHash("sha1");
  const support: SourceFile[] = [];
  const addSupport = (path: string) => {
    const text = readText(root, path);
    if (text === null) return;
    support.push({ path, text });
    hash.update(path).update(text);
  };
  for (const name of readdirSync(join(root, "schemas")).filter((n) => n.endsWith(".json")).sort()) addSupport(`schemas/${name}`);
  for (const name of readdirSync(join(root, "manuals")).filter((n) => n.endsWith(".yml")).sort()) addSupport(`manuals/${name}`);
  if (existsSync(join(root, ".github/manuals.yml"))) addSupport(".github/manuals.yml");

  const yamlOf = (path: string) => (parseYaml(support.find((f) => f.path === path)?.text ?? "") ?? {}) as Record<string, Record<string, unknown>>;
  const departments = Object.entries(yamlOf("manuals/departments.yml")).map(([key, d]) => ({
    key,
    institution: String(d.institution),
    name: String((d.name as { ko?: string } | undefined)?.ko ?? key),
  }));
  const laws = yamlOf("manuals/laws.yml");
  const lawVersions = new Map(Object.entries(laws).map(([key, law]) => [key, dateText(law.effective)]));
  const lawByName = new Map(Object.entries(laws).map(([key, law]) => [compact(String(law.name)), key]));
  const sectionsSchema = JSON.parse(support.find((f) => f.path === "schemas/sections.schema.json")?.text ?? "{}") as SectionsSchema;
  const spec = sectionsSpec(sectionsSchema);

  const samples: SamplePieces[] = [];
  const organizationsHeader: string[] = [];
  const logins = new Set<string>();
  const seen = new Set<string>();
  const add = <T>(list: T[], item: T, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    list.push(item);
  };

  for (const file of listRepository(root).manuals.filter(isManualPath)) {
    const text = readText(root, file);
    if (text === null) continue;
    hash.update(file).update(text);
    const parsed = parseManual(file, text, { sectionLevel: spec.level });
    if (!parsed.document) continue;
    const bad = new Set(parsed.findings.map((f) => f.line));
    const lines = text.split(/\r\n|\r|\n/);

    const data = (parsed.document.frontMatter ?? {}) as Record<string, unknown>;
    const title = typeof data.title === "string" ? data.title : "";
    if (typeof data.id !== "string" || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(data.id) || title.length < 2 || title.length > 80) continue;
    for (const login of [data.owner, data.deputy]) if (typeof login === "string" && LOGIN.test(login)) logins.add(login);
    const pools: SamplePieces = {
      id: data.id,
      title,
      tags: Array.isArray(data.tags) ? data.tags.filter((t): t is string => typeof t === "string" && t.length <= 30 && !t.includes(",")) : [],
      department: file.split("/")[2] ?? "",
      overview: [],
      process: [],
      laws: [],
      organizations: [],
      tips: [],
      files: [],
      links: [],
    };

    for (const section of parsed.document.sections) {
      const key = section.level === spec.level ? sectionKeyOf(spec, section.heading) : null;
      if (!key) continue;
      // File lines of the section's content, with their line numbers.
      const body: { n: number; line: string }[] = [];
      for (let n = section.line + 1; n <= section.endLine; n++) body.push({ n, line: lines[n - 1] ?? "" });
      const clean = (n: number, line: string) => !bad.has(n) && portable(line);

      if (key === "overview") {
        let paragraph: { n: number; line: string }[] = [];
        const flush = () => {
          if (paragraph.length > 0 && paragraph.every((p) => clean(p.n, p.line)) && /^[^\s#>|*+\-\d]/.test(paragraph[0]!.line)) {
            const text = paragraph.map((p) => p.line).join("\n");
            add(pools.overview, text, `overview:${text}`);
          }
          paragraph = [];
        };
        for (const entry of body) {
          if (entry.line.trim() === "") flush();
          else paragraph.push(entry);
        }
        flush();
      } else if (key === "process") {
        body.forEach(({ n, line }, i) => {
          const item = /^\d+\.\s+(\S.*)$/.exec(line)?.[1];
          const next = body[i + 1]?.line ?? "";
          if (item && clean(n, line) && !/^\s+\S/.test(next)) add(pools.process, item, `process:${item}`);
        });
      } else if (key === "laws") {
        for (const { n, line } of body) {
          if (!/^[-*]\s+\S/.test(line) || !clean(n, line)) continue;
          const citation = findCitations(line)[0];
          const law = citation ? lawByName.get(compact(citation.name)) : undefined;
          if (!citation?.article || !law || !ARTICLE.test(citation.article)) continue;
          add(pools.laws, { law, article: citation.article, line: line.replace(/^[*]\s+/, "- ") }, `law:${line}`);
        }
      } else if (key === "organizations") {
        const table = body.filter(({ line }) => line.startsWith("|"));
        const columns = (line: string) => line.split("|").length;
        const [header, delimiter, ...rows] = table;
        if (!header || !delimiter || columns(header.line) !== columns(delimiter.line)) continue;
        if (organizationsHeader.length === 0) organizationsHeader.push(header.line, delimiter.line);
        if (columns(header.line) !== columns(organizationsHeader[0]!)) continue;
        for (const { n, line } of rows) if (columns(line) === columns(header.line) && clean(n, line)) add(pools.organizations, line, `org:${line}`);
      } else if (key === "tips") {
        for (const { n, line } of body) {
          const tip = /^[-*]\s+(\S.*)$/.exec(line)?.[1];
          if (tip && clean(n, line)) add(pools.tips, tip, `tip:${tip}`);
        }
      } else if (key === "materials") {
        for (const { n, line } of body) {
          const link = /^[-*]\s+\[([^\]]+)\]\(([^)\s]+)\)\s*$/.exec(line);
          if (!link || bad.has(n)) continue;
          const [, label = "", href = ""] = link;
          if (href.startsWith("https://")) {
            pools.links.push({ label, href });
          } else if (!/^[a-z]+:/i.test(href)) {
            const path = posix.normalize(posix.join(posix.dirname(file), href));
            const content = path.startsWith("manuals/") ? readText(root, path) : null;
            const ext = posix.extname(path);
            if (content === null || !/^\.[a-z0-9]+$/.test(ext)) continue;
            hash.update(path).update(content);
            add(pools.files, { label, ext, text: content }, `file:${path}`);
          }
        }
      }
    }
    samples.push(pools);
  }

  const pools = Object.fromEntries(pieceKinds.map((kind) => [kind, samples.flatMap((sample): unknown[] => sample[kind])])) as CorpusSource["pools"];
  const missing = pieceKinds.filter((kind) => pools[kind].length === 0);
  if (missing.length > 0 || departments.length === 0 || logins.size < 2) {
    throw new Error(`The sample manuals under ${root}manuals give no ${missing.join(", ") || "departments or logins"}; the corpus cannot be generated.`);
  }
  return { support, departments, lawVersions, samples, pools, organizationsHeader, logins: [...logins].sort(), fingerprint: hash.digest("hex") };
}
