// The approved manuals of a working tree as the books' input: each file read once, parsed by the
// core (the same parse the check runs), its card from the core's summary, its approval from git.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bookManual, type BookManual } from "../../core/book/book.ts";
import type { Language } from "../../core/findings.ts";
import { parseManuals } from "../../core/parse/parse-manual.ts";
import type { Registry } from "../../core/registry.ts";
import { sectionsSpec } from "../../core/sections-spec.ts";
import { summariseFrontMatter } from "../../core/validate/manual-summary.ts";
import { localRegistry } from "../registry.ts";
import { listRepository } from "../repository.ts";
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
  const files = listRepository(root).manuals.filter((f) => !only || only(f));
  const bytes = files.map((file) => readFileSync(join(root, file)));
  const parsed = parseManuals(files.map((file, i) => ({ file, input: bytes[i]! })), { sectionLevel: spec.level });
  const manuals: BookManual[] = [];
  parsed.forEach((p, i) => {
    if (!p.document) return;
    const summary = summariseFrontMatter(p.file, p.document.frontMatter, p.locate);
    if (!summary.institution || !summary.department) return;
    manuals.push(bookManual({ summary, document: p.document, approved: approvals(p.file, bytes[i]!) }, registry, spec, lang));
  });
  return { registry, manuals };
}
