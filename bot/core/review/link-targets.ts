// The repository paths that changed manuals link to, so the app can ask GitHub whether they exist
// (one batched read) instead of listing the whole repository.
import { posix } from "node:path";
import type { ManualSummary } from "../validate/manual-summary.ts";

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function linkTargetsToCheck(manuals: readonly ManualSummary[]): string[] {
  const targets = new Set<string>();
  for (const manual of manuals) {
    const directory = posix.dirname(manual.file);
    for (const link of manual.links) {
      const href = link.href.trim();
      if (!href || href.startsWith("#") || href.startsWith("//") || SCHEME.test(href)) continue;
      let path = href.split(/[?#]/)[0] ?? "";
      try {
        path = decodeURI(path);
      } catch {
        // keep it as written; the rule reports it missing
      }
      const resolved = path.startsWith("/") ? posix.normalize(path.slice(1)) : posix.normalize(posix.join(directory, path));
      if (!resolved.startsWith("..") && !posix.isAbsolute(resolved)) targets.add(resolved);
    }
  }
  return [...targets].sort();
}
