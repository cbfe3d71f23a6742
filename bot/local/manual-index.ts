// The manuals' front matter without the full check: enough for `due`, `impact`, `handover` and the
// whole-repository rules of `manuals review`, fast even on large repositories.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isManualFile } from "../core/manual-paths.ts";
import { decodeManual } from "../core/parse/decode.ts";
import { parseFrontMatter } from "../core/parse/front-matter.ts";
import { summariseFrontMatter, type ManualSummary } from "../core/validate/manual-summary.ts";
import { listTree, readBlobs } from "./git.ts";
import { listRepository } from "./repository.ts";

/** One manual's front-matter summary; a file that is not a readable manual has none (the check reports it). */
export function summaryOf(file: string, bytes: Uint8Array | null): ManualSummary {
  const decoded = bytes ? decodeManual(bytes) : null;
  const frontMatter = parseFrontMatter((decoded?.ok ? decoded.text : "").split(/\r\n|\r|\n/));
  return summariseFrontMatter(file, frontMatter.data, frontMatter.locate);
}

/** Every manual in the working tree. */
export function readManualIndex(root: string): ManualSummary[] {
  return listRepository(root).manuals.map((file) => {
    let bytes: Uint8Array | null = null;
    try {
      bytes = readFileSync(join(root, file));
    } catch {
      // unreadable files have no front matter; `manuals check` reports them
    }
    return summaryOf(file, bytes);
  });
}

/** Every manual at a commit, read from git in one batch. */
export function readManualIndexAt(root: string, ref: string): ManualSummary[] {
  const entries = listTree(root, ref, "manuals", true).filter((e) => e.type === "blob" && isManualFile(e.path));
  const blobs = readBlobs(root, entries.map((e) => e.oid));
  return entries.map((e) => summaryOf(e.path, blobs.get(e.oid) ?? null));
}
