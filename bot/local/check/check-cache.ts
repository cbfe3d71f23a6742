// Warm runs of `manuals check` skip files whose content, schemas and checker code are unchanged:
// per-file results are kept in .cache/manuals-check.json keyed by a content hash.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ManualCheck } from "../../core/validate/validate-manual.ts";

const CACHE_FILE = ".cache/manuals-check.json";

interface CacheFile {
  key: string;
  entries: Record<string, { hash: string; result: ManualCheck }>;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}

/** A fingerprint of the checker itself, so a new version never reuses old results. */
function codeFingerprint(): string {
  const hash = createHash("sha1");
  const coreDir = fileURLToPath(new URL("../../core/", import.meta.url));
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts")) hash.update(entry.name).update(readFileSync(full));
    }
  };
  walk(coreDir);
  return hash.digest("hex");
}

export class CheckCache {
  private readonly path: string;
  private readonly key: string;
  private entries: CacheFile["entries"] = {};
  private dirty = false;

  constructor(root: string, schemaKey: string) {
    this.path = join(root, CACHE_FILE);
    this.key = createHash("sha1").update(schemaKey).update(codeFingerprint()).digest("hex");
    try {
      const stored = JSON.parse(readFileSync(this.path, "utf8")) as CacheFile;
      if (stored.key === this.key) this.entries = stored.entries;
    } catch {
      // no cache yet, or an unreadable one: start empty
    }
  }

  get(file: string, hash: string): ManualCheck | undefined {
    const entry = this.entries[file];
    return entry?.hash === hash ? entry.result : undefined;
  }

  set(file: string, hash: string, result: ManualCheck): void {
    this.entries[file] = { hash, result };
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      const temporary = `${this.path}.${process.pid}`;
      writeFileSync(temporary, JSON.stringify({ key: this.key, entries: this.entries } satisfies CacheFile));
      renameSync(temporary, this.path);
    } catch {
      // a read-only checkout still checks; it just stays cold
    }
  }
}
