// A fingerprint of source folders (every .ts file's name and bytes, in a stable order): what a
// cache keys on so that results made by other code are never reused.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export function sourceFingerprint(dirs: readonly string[]): string {
  const hash = createHash("sha1");
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|cjs)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(full));
    }
  };
  for (const dir of dirs) walk(dir);
  return hash.digest("hex");
}
