// Staff transfer: reassigns owner and deputy in a manual's front matter, changing only those
// values' bytes so the rest of the file (comments, spacing, line endings) stays exactly as it was.
import { isMap, isPair, isScalar, parseDocument } from "yaml";

export interface Reassignment {
  text: string;
  changed: ("owner" | "deputy")[];
  /** After the change the new owner is also the deputy: someone else should cover. */
  deputyIsOwner: boolean;
}

const FRONT_MATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)(\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$))/;

export function reassign(text: string, from: string, to: string): Reassignment {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { text, changed: [], deputyIsOwner: false };
  const start = match[1]!.length;
  const yaml = match[2]!;
  const doc = parseDocument(yaml, { keepSourceTokens: true });
  if (doc.errors.length || !isMap(doc.contents)) return { text, changed: [], deputyIsOwner: false };
  const edits: { from: number; to: number; key: "owner" | "deputy" }[] = [];
  const values: Record<string, string> = {};
  for (const item of doc.contents.items) {
    if (!isPair(item) || !isScalar(item.key) || !isScalar(item.value)) continue;
    const key = String(item.key.value);
    const value = String(item.value.value);
    values[key] = value;
    if ((key === "owner" || key === "deputy") && value.toLowerCase() === from.toLowerCase() && item.value.range) {
      edits.push({ from: item.value.range[0], to: item.value.range[1], key });
    }
  }
  if (edits.length === 0) return { text, changed: [], deputyIsOwner: false };
  let updated = yaml;
  for (const edit of [...edits].sort((a, b) => b.from - a.from)) updated = updated.slice(0, edit.from) + to + updated.slice(edit.to);
  const changed = edits.map((e) => e.key);
  const owner = changed.includes("owner") ? to : values.owner;
  const deputy = changed.includes("deputy") ? to : values.deputy;
  return {
    text: text.slice(0, start) + updated + text.slice(start + yaml.length),
    changed,
    deputyIsOwner: !!owner && !!deputy && owner.toLowerCase() === deputy.toLowerCase(),
  };
}
