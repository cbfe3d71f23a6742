// Every manual of the working tree read once and parsed by the core (the parse the check runs),
// with its front-matter summary: the input of the books and the status board.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseManuals } from "../core/parse/parse-manual.ts";
import type { ManualDocument } from "../core/parse/document.ts";
import type { SectionsSpec } from "../core/sections-spec.ts";
import { summariseFrontMatter, type ManualSummary } from "../core/validate/manual-summary.ts";
import { summaryOf } from "./manual-index.ts";
import { listRepository } from "./repository.ts";

export interface ParsedWorkingManual {
  file: string;
  bytes: Uint8Array;
  summary: ManualSummary;
  /** null when the core cannot read the file as a manual (the check reports why). */
  document: ManualDocument | null;
}

export function readParsedManuals(root: string, spec: SectionsSpec, only?: (file: string) => boolean): ParsedWorkingManual[] {
  const files = listRepository(root).manuals.filter((f) => !only || only(f));
  const bytes = files.map((file) => {
    try {
      return new Uint8Array(readFileSync(join(root, file)));
    } catch {
      return new Uint8Array(); // unreadable: an empty manual, which the check reports
    }
  });
  const parsed = parseManuals(files.map((file, i) => ({ file, input: bytes[i]! })), { sectionLevel: spec.level });
  return parsed.map((p, i) => ({
    file: p.file,
    bytes: bytes[i]!,
    document: p.document,
    summary: p.document ? summariseFrontMatter(p.file, p.document.frontMatter, p.locate) : summaryOf(p.file, bytes[i]!),
  }));
}
