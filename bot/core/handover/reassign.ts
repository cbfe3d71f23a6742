// Staff transfer: reassigns owner and deputy in a manual's front matter, changing only those
// values' bytes so the rest of the file (comments, spacing, line endings) stays exactly as it was.
// The result is read back before it is offered: the new values must read as the new login (not as
// a number, a boolean or null) and every other value as before, or the file is reported, not written.
import { isMap, isPair, isScalar, parse, parseDocument, Scalar } from "yaml";
import type { Text } from "../findings.ts";
import { text as message } from "../messages/text.ts";

export type Role = "owner" | "deputy";

export interface Reassignment {
  text: string;
  changed: Role[];
  /** After the change the new owner is also the deputy: someone else should cover. */
  deputyIsOwner: boolean;
  /** Why a manual that names the person could not be handed over (the text is then unchanged). */
  problem?: Text;
}

// Any line break: a file saved with CR only (old Mac editors) is a manual like any other.
const FRONT_MATTER = /^(\uFEFF?---[ \t]*(?:\r\n|\r|\n))([\s\S]*?)((?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$))/;
const ROLES: readonly Role[] = ["owner", "deputy"];

/** Whether YAML 1.2 and 1.1 readers (the check, GitHub, older site tools) both read `value` as that very string unquoted. */
function plainIsSafe(value: string): boolean {
  try {
    return parse(value) === value && parse(value, { version: "1.1" }) === value;
  } catch {
    return false;
  }
}

/** The login written as a YAML scalar that reads back as the same string, in the original's quoting where it had one. */
export function yamlLogin(login: string, original: Scalar["type"]): string {
  if (original === Scalar.QUOTE_SINGLE) return `'${login.replace(/'/g, "''")}'`;
  if (original === Scalar.QUOTE_DOUBLE || !plainIsSafe(login)) return JSON.stringify(login);
  return login;
}

const unchanged = (text: string, problem?: Text): Reassignment => ({ text, changed: [], deputyIsOwner: false, ...(problem ? { problem } : {}) });

/** Whether the text names the login as owner or deputy at all (used only when the YAML cannot be read). */
function mentions(text: string, login: string): boolean {
  const escaped = login.replace(/[-]/g, "\\-");
  return new RegExp(`^\\s*(?:owner|deputy)\\s*:.*(?<![A-Za-z0-9-])${escaped}(?![A-Za-z0-9-])`, "im").test(text);
}

export function reassign(text: string, from: string, to: string): Reassignment {
  const match = FRONT_MATTER.exec(text);
  if (!match) return mentions(text, from) ? unchanged(text, message("handover.reason-no-front-matter")) : unchanged(text);
  const start = match[1]!.length;
  const yaml = match[2]!;
  // The YAML library breaks lines at LF only; a lone CR becomes LF for parsing, one character for
  // one, so every offset still points into the original text.
  const lf = (s: string) => s.replace(/\r(?!\n)/g, "\n");
  const doc = parseDocument(lf(yaml), { keepSourceTokens: true });
  if (doc.errors.length || !isMap(doc.contents)) {
    return mentions(yaml, from) ? unchanged(text, message("handover.reason-yaml", { detail: doc.errors[0]?.message.split("\n")[0] ?? "not a mapping" })) : unchanged(text);
  }
  const edits: { from: number; to: number; key: Role; value: string }[] = [];
  for (const item of doc.contents.items) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    const key = String(item.key.value);
    if (!ROLES.includes(key as Role)) continue;
    if (!isScalar(item.value)) {
      if (JSON.stringify(item.value?.toJSON() ?? "").toLowerCase().includes(from.toLowerCase())) return unchanged(text, message("handover.reason-not-scalar", { key }));
      continue;
    }
    // Block scalars (`owner: |`) carry a line break; the login is what is left without it.
    if (String(item.value.value).trim().toLowerCase() !== from.toLowerCase() || !item.value.range) continue;
    const [begin, end] = item.value.range;
    const source = yaml.slice(begin, end);
    const block = item.value.type === Scalar.BLOCK_LITERAL || item.value.type === Scalar.BLOCK_FOLDED;
    // A block scalar's source ends with the line break before the next key: keep it.
    const trailing = block ? (/(?:\r\n|\r|\n)+$/.exec(source)?.[0] ?? "") : "";
    edits.push({ from: begin, to: end, key: key as Role, value: yamlLogin(to, block ? Scalar.PLAIN : item.value.type) + trailing });
  }
  if (edits.length === 0) return unchanged(text);
  let updated = yaml;
  for (const edit of [...edits].sort((a, b) => b.from - a.from)) updated = updated.slice(0, edit.from) + edit.value + updated.slice(edit.to);
  const changed = edits.map((e) => e.key);

  // Read back: only the changed roles differ, and they read as the new login.
  const before = doc.toJS() as Record<string, unknown>;
  const after = parseDocument(lf(updated));
  const expected = { ...before, ...Object.fromEntries(changed.map((key) => [key, to])) };
  // Plain data (strings, numbers, lists) in the same key order: JSON compares it exactly.
  if (after.errors.length || JSON.stringify(after.toJS()) !== JSON.stringify(expected)) {
    const key = changed.find((k) => (after.toJS() as Record<string, unknown> | null)?.[k] !== to) ?? changed[0]!;
    return unchanged(text, message("handover.reason-reread", { key, value: to }));
  }
  const values = expected as Record<string, unknown>;
  const owner = typeof values.owner === "string" ? values.owner : undefined;
  const deputy = typeof values.deputy === "string" ? values.deputy : undefined;
  return {
    text: text.slice(0, start) + updated + text.slice(start + yaml.length),
    changed,
    deputyIsOwner: !!owner && !!deputy && owner.toLowerCase() === deputy.toLowerCase(),
  };
}
