// The manuals' front matter, read from the working tree without the full check: enough for
// `due`, `impact` and `handover`, fast even on large repositories.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontMatter } from "../core/parse/front-matter.ts";
import { summariseFrontMatter, type ManualSummary } from "../core/validate/manual-summary.ts";
import { listRepository } from "./repository.ts";

export function readManualIndex(root: string): ManualSummary[] {
  return listRepository(root).manuals.map((file) => {
    let text = "";
    try {
      text = readFileSync(join(root, file), "utf8").replace(/^\uFEFF/, "");
    } catch {
      // unreadable files have no front matter; `manuals check` reports them
    }
    const frontMatter = parseFrontMatter(text.split(/\r\n|\r|\n/));
    return summariseFrontMatter(file, frontMatter.data, frontMatter.locate);
  });
}
