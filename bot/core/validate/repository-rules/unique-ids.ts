// Every manual has its own id: ids are stable links and the key that pairs a manual across commits.
// A duplicate is reported on every manual holding the id, each naming all the others, so the
// manual a pull request adds or changes is told too (not only the older one).
import type { Finding } from "../../findings.ts";
import { text } from "../../messages/text.ts";
import type { Located } from "../manual-summary.ts";
import type { RepositoryRule } from "./context.ts";

export interface IdHolder {
  file: string;
  line: number;
}

/** The set of ids in a repository: id → the manuals that hold it. */
export type IdIndex = ReadonlyMap<string, readonly IdHolder[]>;

const OPEN = /^\uFEFF?---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const ID = /^id:[ \t]*(?:"([^"\\]*)"|'([^']*)'|([^#\s][^#]*?))[ \t]*(?:#.*)?$/;

/**
 * A manual's id from its `id:` line, without parsing the YAML: fast enough to index every manual of
 * a large repository when only a few are checked. Ids written unusually (a block scalar) are missed
 * here; the full parse of a checked manual still sees them.
 */
export function scanId(text: string): Located<string> | undefined {
  const lines = text.split(/\r\n|\r|\n/, 400);
  if (!OPEN.test(lines[0] ?? "")) return undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (CLOSE.test(line)) return undefined;
    const match = ID.exec(line);
    if (match) return { value: match[1] ?? match[2] ?? match[3]!, line: i + 1 };
  }
  return undefined;
}

export const uniqueIds: RepositoryRule = ({ manuals, ids }) => {
  // The checked manuals as parsed, plus the rest of the repository from the index.
  const checked = new Set(manuals.map((m) => m.file));
  const holders = new Map<string, IdHolder[]>();
  const add = (id: string, holder: IdHolder) => holders.set(id, [...(holders.get(id) ?? []), holder]);
  for (const manual of manuals) if (manual.id) add(manual.id.value, { file: manual.file, line: manual.id.line });
  for (const [id, list] of ids ?? []) for (const holder of list) if (!checked.has(holder.file)) add(id, holder);

  const findings: Finding[] = [];
  for (const manual of manuals) {
    if (!manual.id) continue;
    const all = holders.get(manual.id.value)!;
    if (all.length < 2) continue;
    const others = all
      .filter((h) => h.file !== manual.file)
      .map((h) => h.file)
      .sort()
      .join(", ");
    findings.push({ file: manual.file, line: manual.id.line, rule: "unique-id", severity: "error", message: text("repo.duplicate-id", { id: manual.id.value, others }) });
  }
  return findings;
};
