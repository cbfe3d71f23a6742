// Warm runs of `manuals check` skip files whose content, schemas and checker code are unchanged:
// per-file results are kept in .cache/manuals-check.json keyed by a content hash. Each manual's
// reading (its visible text, for the site's search: most of a result's size) is kept apart in
// .cache/manuals-reading.json and read only by a run that asks for readings (the site's gate), so
// a terminal's warm check does not parse the site's text. A run that does not ask drops the
// readings of what it checked again; the next site build re-checks just those files.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ManualCheck } from "../../core/validate/validate-manual.ts";
import { sourceFingerprint } from "../source-fingerprint.ts";

const CACHE_FILE = ".cache/manuals-check.json";
const READING_FILE = ".cache/manuals-reading.json";

interface CacheFile<T> {
  key: string;
  entries: Record<string, { hash: string } & T>;
}

type Reading = NonNullable<ManualCheck["summary"]["reading"]>;

function readCacheFile<T>(path: string, key: string): CacheFile<T>["entries"] {
  try {
    const stored = JSON.parse(readFileSync(path, "utf8")) as CacheFile<T>;
    if (stored.key === key) return stored.entries;
  } catch {
    // no cache yet, or an unreadable one: start empty
  }
  return {};
}

function writeCacheFile<T>(path: string, key: string, entries: CacheFile<T>["entries"]): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}`;
    writeFileSync(temporary, JSON.stringify({ key, entries } satisfies CacheFile<T>));
    renameSync(temporary, path);
  } catch {
    // a read-only checkout still checks; it just stays cold
  }
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}

/** A fingerprint of the checker itself, so a new version never reuses old results. */
const codeFingerprint = () => sourceFingerprint([fileURLToPath(new URL("../../core/", import.meta.url))]);

export class CheckCache {
  private readonly root: string;
  private readonly key: string;
  private readonly entries: CacheFile<{ result: ManualCheck }>["entries"];
  /** Loaded only when the run asks for readings. */
  private readonly readings: CacheFile<{ reading: Reading }>["entries"] | null;
  private dirty = false;

  constructor(root: string, schemaKey: string, { readings = false }: { readings?: boolean } = {}) {
    this.root = root;
    this.key = createHash("sha1").update(schemaKey).update(codeFingerprint()).digest("hex");
    this.entries = readCacheFile(join(root, CACHE_FILE), this.key);
    this.readings = readings ? readCacheFile(join(root, READING_FILE), this.key) : null;
  }

  get(file: string, hash: string): ManualCheck | undefined {
    const entry = this.entries[file];
    if (entry?.hash !== hash) return undefined;
    if (!this.readings || !entry.result.summary.parsed) return entry.result;
    // A run that asks for readings takes a result only with its reading.
    const reading = this.readings[file];
    return reading?.hash === hash ? { ...entry.result, summary: { ...entry.result.summary, reading: reading.reading } } : undefined;
  }

  set(file: string, hash: string, result: ManualCheck): void {
    const { reading, ...summary } = result.summary;
    this.entries[file] = { hash, result: { ...result, summary } };
    if (this.readings && reading) this.readings[file] = { hash, reading };
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    writeCacheFile(join(this.root, CACHE_FILE), this.key, this.entries);
    if (this.readings) writeCacheFile(join(this.root, READING_FILE), this.key, this.readings);
  }
}
