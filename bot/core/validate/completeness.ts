// How complete a manual is for the status board: whether 업무 팁 holds text of the author's own,
// and whether scaffold guidance from `manuals new` is still in it. Computed by the check with the
// rest of the summary, so the board is counted from the check's (cached) results, not a new parse.
import { isPlaceholderLine } from "../new-manual/scaffold-text.ts";
import type { ManualDocument } from "../parse/document.ts";
import { sectionsByKey, type SectionsSpec } from "../sections-spec.ts";

export interface Completeness {
  hasTips: boolean;
  scaffold: boolean;
}

export function completenessOf(document: ManualDocument, spec: SectionsSpec): Completeness {
  const tips = sectionsByKey(spec, document).get("tips");
  return {
    hasTips: !!tips && tips.blocks.some((b) => b.text !== "" && !isPlaceholderLine(b.text)),
    scaffold: document.sections.some((s) => s.blocks.some((b) => isPlaceholderLine(b.text))),
  };
}
