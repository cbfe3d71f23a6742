// The approved manuals of a working tree as the books' input: the core's parse and summary of each
// file (read once, bot/local/parsed-manuals.ts), its approval from git.
import { bookManual, type BookManual } from "../../core/book/book.ts";
import type { Language } from "../../core/findings.ts";
import type { Registry } from "../../core/registry.ts";
import { sectionsSpec } from "../../core/sections-spec.ts";
import { readParsedManuals } from "../parsed-manuals.ts";
import { localRegistry } from "../registry.ts";
import { readApprovals } from "./approvals.ts";

export interface BookManuals {
  registry: Registry;
  manuals: BookManual[];
}

/** Manuals the core cannot parse, or without institution and department, are left out (the check, which gates the build, reports them). */
export function readBookManuals(root: string, lang: Language, only?: (file: string) => boolean): BookManuals {
  const { registry, validators } = localRegistry(root);
  const spec = sectionsSpec(validators.sectionsSchema);
  const approvals = readApprovals(root);
  const manuals: BookManual[] = [];
  for (const m of readParsedManuals(root, spec, only)) {
    if (!m.document || !m.summary.institution || !m.summary.department) continue;
    manuals.push(bookManual({ summary: m.summary, document: m.document, approved: approvals(m.file, m.bytes) }, registry, spec, lang));
  }
  return { registry, manuals };
}
