// The local checkout as the CLI sees it: where the repository root is, which files it has,
// the schemas, registry and configuration on disk.
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { isManualFile, isMdxFile } from "../core/manual-paths.ts";
import { schemaFiles, type SchemaSet } from "../core/schemas.ts";
import type { RegistrySources, SourceText } from "../core/registry.ts";
import { configFile, registryFiles } from "../core/registry.ts";
import type { SpecialEntry } from "../core/validate/repository-rules/context.ts";
import { UsageError } from "../core/messages/message-error.ts";

const SKIP_DIRS = new Set([".git", "node_modules", ".cache", ".docusaurus", "build"]);

/** The nearest directory at or above `start` that has manuals/ and schemas/. */
export function findRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, "manuals")) && existsSync(join(dir, "schemas"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new UsageError("cli.no-root", { start: resolve(start) });
    dir = parent;
  }
}

export function toRepoPath(root: string, path: string): string {
  return relative(root, path).split(sep).join("/");
}

export function readText(root: string, file: string): string | null {
  try {
    return readFileSync(join(root, file), "utf8");
  } catch {
    return null;
  }
}

export function loadSchemaSet(root: string): SchemaSet {
  const read = (file: string) => {
    const text = readText(root, file);
    if (text === null) throw new UsageError("cli.schema-missing", { file });
    try {
      return JSON.parse(text) as object;
    } catch (error) {
      throw new UsageError("cli.schema-invalid", { file, detail: (error as Error).message });
    }
  };
  return { frontMatter: read(schemaFiles.frontMatter), sections: read(schemaFiles.sections), registry: read(schemaFiles.registry), config: read(schemaFiles.config) };
}

export function registrySources(root: string): RegistrySources {
  const source = (file: string): SourceText => ({ file, text: readText(root, file) });
  return { institutions: source(registryFiles.institutions), departments: source(registryFiles.departments), laws: source(registryFiles.laws), people: source(registryFiles.people) };
}

export function configSource(root: string): SourceText {
  return { file: configFile, text: readText(root, configFile) };
}

export interface RepositoryListing {
  /** Every regular file, repository-relative. */
  files: Set<string>;
  /** Manual candidates (.md) under manuals/, except registry and materials. */
  manuals: string[];
  special: SpecialEntry[];
}

/** Walks the repository once. Symlinks are never followed; under manuals/ they are reported. */
export function listRepository(root: string): RepositoryListing {
  const files = new Set<string>();
  const manuals: string[] = [];
  const special: SpecialEntry[] = [];
  const realRoot = realpathSync(root);
  // `prefix` is the directory's repository path with its slash: joining names to it costs far less
  // than asking path.relative of each of tens of thousands of files.
  const walk = (dir: string, prefix: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = prefix + entry.name;
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name), path + "/");
      } else if (entry.isSymbolicLink()) {
        if (path.startsWith("manuals/")) special.push(symlinkEntry(realRoot, join(dir, entry.name), path));
      } else if (entry.isFile()) {
        files.add(path);
        if (!path.startsWith("manuals/")) continue;
        if (isMdxFile(path)) special.push({ path, kind: "mdx" });
        else if (isManualFile(path)) manuals.push(path);
      }
    }
  };
  walk(root, "");
  manuals.sort();
  return { files, manuals, special };
}

/** Markdown files under manuals/ that are manuals: not inside a materials folder (files/). */
export const isManualPath = isManualFile;

function symlinkEntry(realRoot: string, full: string, path: string): SpecialEntry {
  let target = "?";
  let outside = true;
  try {
    target = readlinkSync(full);
    const real = realpathSync(full);
    outside = !(real === realRoot || real.startsWith(realRoot + sep));
  } catch {
    // a dangling link: report it, as a link that leads nowhere inside the repository
  }
  return { path, kind: "symlink", target, outside };
}

/** Expands the CLI's path arguments into repository-relative manual paths and special entries. */
export function selectPaths(root: string, listing: RepositoryListing, args: string[], cwd: string): { manuals: string[]; special: SpecialEntry[] } {
  if (args.length === 0) return { manuals: listing.manuals, special: listing.special };
  const manuals = new Set<string>();
  const special: SpecialEntry[] = [];
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    const path = toRepoPath(root, absolute);
    if (path.startsWith("..")) throw new UsageError("cli.outside-root", { path: arg });
    let stat;
    try {
      stat = lstatSync(absolute);
    } catch {
      throw new UsageError("cli.no-such-path", { path: arg });
    }
    const prefix = path === "" ? "" : path + "/";
    if (stat.isDirectory()) {
      for (const manual of listing.manuals) if (manual.startsWith(prefix)) manuals.add(manual);
      for (const entry of listing.special) if (entry.path.startsWith(prefix)) special.push(entry);
    } else if (stat.isSymbolicLink()) {
      const entry = listing.special.find((e) => e.path === path);
      if (entry) special.push(entry);
    } else if (isMdxFile(path)) {
      special.push({ path, kind: "mdx" });
    } else {
      manuals.add(path);
    }
  }
  return { manuals: [...manuals].sort(), special };
}
