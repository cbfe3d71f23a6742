// Updates laws.yml's effective dates in place: only the date's bytes change, so comments, order
// and spacing stay exactly as people wrote them (and the diff shows just the dates).
import { isMap, isPair, isScalar, parseDocument } from "yaml";

export interface EffectiveUpdate {
  key: string;
  effective: string;
}

export function writeEffective(text: string, updates: readonly EffectiveUpdate[]): { text: string; changed: string[] } {
  const doc = parseDocument(text, { keepSourceTokens: true });
  if (doc.errors.length || !isMap(doc.contents)) return { text, changed: [] };
  const wanted = new Map(updates.map((u) => [u.key, u.effective]));
  const edits: { from: number; to: number; value: string; key: string }[] = [];
  for (const item of doc.contents.items) {
    if (!isPair(item) || !isScalar(item.key) || !isMap(item.value)) continue;
    const key = String(item.key.value);
    const effective = wanted.get(key);
    if (!effective) continue;
    for (const field of item.value.items) {
      if (!isPair(field) || !isScalar(field.key) || String(field.key.value) !== "effective" || !isScalar(field.value) || !field.value.range) continue;
      if (String(field.value.value) === effective) continue;
      // Keep the quoting style the file used.
      const source = text.slice(field.value.range[0], field.value.range[1]);
      const quote = source.startsWith('"') ? '"' : source.startsWith("'") ? "'" : "";
      edits.push({ from: field.value.range[0], to: field.value.range[1], value: `${quote}${effective}${quote}`, key });
    }
  }
  let updated = text;
  for (const edit of [...edits].sort((a, b) => b.from - a.from)) updated = updated.slice(0, edit.from) + edit.value + updated.slice(edit.to);
  return { text: updated, changed: edits.map((e) => e.key) };
}
