// A reviewer-friendly diff of a legal section: statements added and removed (jsdiff over the
// normalised statements) and, for a statement that was edited, the words that changed. Korean
// separates words (어절) with spaces, so a word diff reads naturally.
import { diffArrays, diffWordsWithSpace } from "diff";

export interface WordEdit {
  before: string;
  after: string;
  parts: { value: string; added?: boolean; removed?: boolean }[];
}

export interface StatementDiff {
  removed: string[];
  added: string[];
  /** Statements that were edited rather than replaced, with their word-level changes. */
  edits: WordEdit[];
  /** The diff as "- " / "+ " lines, for a ```diff block. */
  unified: string;
}

function similar(a: string, b: string): boolean {
  const words = (s: string) => new Set(s.split(" "));
  const wa = words(a);
  const wb = words(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(wa.size, wb.size) >= 0.5;
}

export function diffStatements(before: readonly string[], after: readonly string[]): StatementDiff | null {
  const removed: string[] = [];
  const added: string[] = [];
  const edits: WordEdit[] = [];
  const lines: string[] = [];
  const parts = diffArrays([...before], [...after]);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.removed) {
      const next = parts[i + 1];
      const replacement = next?.added ? next.value : [];
      part.value.forEach((statement, j) => {
        const counterpart = replacement[j];
        if (counterpart !== undefined && similar(statement, counterpart)) {
          edits.push({ before: statement, after: counterpart, parts: diffWordsWithSpace(statement, counterpart).map((p) => ({ value: p.value, ...(p.added ? { added: true } : {}), ...(p.removed ? { removed: true } : {}) })) });
        }
      });
      removed.push(...part.value);
      lines.push(...part.value.map((s) => `- ${s}`));
    } else if (part.added) {
      added.push(...part.value);
      lines.push(...part.value.map((s) => `+ ${s}`));
    }
  }
  if (removed.length === 0 && added.length === 0) return null;
  return { removed, added, edits, unified: lines.join("\n") };
}
