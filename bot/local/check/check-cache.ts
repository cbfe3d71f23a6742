// Warm runs of `manuals check` skip files whose content, schemas and checker code are unchanged:
// per-file results are kept in .cache/manuals-check.json keyed by a content hash. Each manual's
// reading (its visible text, for the site's search: most of a result's size) is kept apart in
// .cache/manuals-reading.json and read only by a run that asks for readings (the site's gate), so
// a terminal's warm check does not parse the site's text. A run that does not ask drops the
// readings of what it checked again; the next site build re-checks just those files. The
// repository-wide rules' last findings are kept in .cache/manuals-repository.json with a digest of
// all they read, for a warm run in which none of it changed.
//
// A file is not read again to learn its hash when the file system shows it untouched since it was
// hashed: the same size, modification and change times and inode, as git's index compares them. A
// change time cannot be set back by a user, so an edit always shows; a file changed within the last
// seconds could change again within one tick of the file system's clock unseen, so its times are
// trusted only once they are older than that (git's "racy" files).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Finding } from "../../core/findings.ts";
import type { ManualCheck } from "../../core/validate/validate-manual.ts";
import { sourceFingerprint } from "../source-fingerprint.ts";

const CACHE_FILE = ".cache/manuals-check.json";
const READING_FILE = ".cache/manuals-reading.json";
const REPOSITORY_FILE = ".cache/manuals-repository.json";

interface CacheFile<T> {
  key: string;
  entries: Record<string, { hash: string; stat?: string } & T>;
}

/** Longer than any file system's clock tick (FAT's is 2 s). */
const RACY_MARGIN_NS = 3_000_000_000n;

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

/** A file's bytes, or a text as its UTF-8 bytes. */
export function hashBytes(bytes: Uint8Array | string): string {
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
  /** The file times read by contentHash, for the entries set after it. */
  private readonly stats = new Map<string, string>();
  /** Times at or after this are too recent to trust. */
  private readonly settledBefore: bigint;

  /** `now` (milliseconds since the epoch) is the run's clock, given by tests. */
  constructor(root: string, schemaKey: string, { readings = false, now = Date.now() }: { readings?: boolean; now?: number } = {}) {
    this.root = root;
    this.settledBefore = BigInt(Math.floor(now)) * 1_000_000n - RACY_MARGIN_NS;
    this.key = createHash("sha1").update(schemaKey).update(codeFingerprint()).digest("hex");
    this.entries = readCacheFile(join(root, CACHE_FILE), this.key);
    this.readings = readings ? readCacheFile(join(root, READING_FILE), this.key) : null;
  }

  /** The hash of the file's content ("" when it cannot be read), from its entry when its times show it untouched. */
  contentHash(file: string): string {
    const path = join(this.root, file);
    let signature: string;
    try {
      // Taken before the content is read: an edit made meanwhile changes the times the entry keeps.
      const stat = statSync(path, { bigint: true });
      signature = `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`;
      if (stat.ctimeNs >= this.settledBefore || stat.mtimeNs >= this.settledBefore) signature = "";
    } catch {
      return ""; // unreadable: the check reports it
    }
    const entry = this.entries[file];
    if (signature && entry?.stat === signature) return entry.hash;
    let hash: string;
    try {
      hash = hashBytes(readFileSync(path));
    } catch {
      return "";
    }
    if (signature) {
      this.stats.set(file, signature);
      // Same content under new times (a fresh checkout, a touched file): keep the times for next time.
      if (entry?.hash === hash) {
        entry.stat = signature;
        this.dirty = true;
      }
    }
    return hash;
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
    const stat = this.stats.get(file);
    this.entries[file] = { hash, ...(stat ? { stat } : {}), result: { ...result, summary } };
    if (this.readings && reading) this.readings[file] = { hash, reading };
    this.dirty = true;
  }

  /**
   * The repository-wide rules' findings when they ran last over the same inputs (`inputsHash`: a
   * digest of everything they read, every manual's hash, the registry, the file list, today), else undefined.
   */
  repositoryFindings(inputsHash: string): Finding[] | undefined {
    const stored = readCacheFile<{ findings: Finding[] }>(join(this.root, REPOSITORY_FILE), this.key).last;
    return stored?.hash === inputsHash ? stored.findings : undefined;
  }

  setRepositoryFindings(inputsHash: string, findings: Finding[]): void {
    writeCacheFile(join(this.root, REPOSITORY_FILE), this.key, { last: { hash: inputsHash, findings } });
  }

  save(): void {
    if (!this.dirty) return;
    writeCacheFile(join(this.root, CACHE_FILE), this.key, this.entries);
    if (this.readings) writeCacheFile(join(this.root, READING_FILE), this.key, this.readings);
  }
}
