// Fingerprints of the legal content an approval covers. An approval given at one commit still
// counts at the head when the fingerprint of what it approved is unchanged there.
import { createHash } from "node:crypto";
import type { FileVersion, ManualChange } from "./compare-manuals.ts";

function hash(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
}

/** The legal state of one change, independent of formatting noise and of where it was read. */
function legalState(change: ManualChange) {
  const side = (content: ManualChange["head"]) =>
    content && {
      id: content.id,
      institution: content.institution,
      department: content.department,
      laws: [...content.laws].sort((a, b) => (a.law + a.article < b.law + b.article ? -1 : 1)),
      sections: content.sections,
      ...(content.unreadable ? { unreadable: content.unreadable } : {}),
    };
  return { file: change.file, previousFile: change.previousFile ?? null, kind: change.kind, head: side(change.head) };
}

/** One fingerprint per department, over the legal changes that need its approval. */
export function departmentFingerprints(changes: readonly ManualChange[]): Map<string, string> {
  const byDepartment = new Map<string, unknown[]>();
  for (const change of changes) {
    if (!change.legal) continue;
    for (const department of change.departments) {
      const list = byDepartment.get(department) ?? [];
      list.push(legalState(change));
      byDepartment.set(department, list);
    }
  }
  return new Map([...byDepartment].map(([department, states]) => [department, hash(states)]));
}

/**
 * The fingerprint of changed registry, schema and configuration files (exact text: all of it matters),
 * and of the legal state of changes the administrators approve for a department the registry lacks.
 */
export function adminFingerprint(files: readonly FileVersion[], changes: readonly ManualChange[] = []): string {
  return hash([[...files].sort((a, b) => (a.file < b.file ? -1 : 1)).map((f) => [f.file, f.text]), changes.map(legalState)]);
}
