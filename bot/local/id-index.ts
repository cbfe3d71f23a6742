// Every manual's id in the working tree, from its `id:` line (no YAML parse), so that checking a
// few files or creating a new manual still sees an id used anywhere in the repository.
import { closeSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import { scanId, type IdHolder, type IdIndex } from "../core/validate/repository-rules/unique-ids.ts";

/** Front matter sits at the top: the first 16 KB hold it in any manual a person writes. */
const HEAD = 16 * 1024;

function head(path: string): string {
  const buffer = Buffer.alloc(HEAD);
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    return buffer.subarray(0, readSync(fd, buffer, 0, HEAD, 0)).toString("utf8");
  } catch {
    return ""; // unreadable: the check reports it when it is checked
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function readIdIndex(root: string, manuals: readonly string[]): IdIndex {
  const index = new Map<string, IdHolder[]>();
  for (const file of manuals) {
    const id = scanId(head(join(root, file)));
    if (id) index.set(id.value, [...(index.get(id.value) ?? []), { file, line: id.line }]);
  }
  return index;
}
