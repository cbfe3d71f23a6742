// Printed PDFs kept by what was printed: the key is a hash of the book's HTML and footer, so a
// rebuild prints only the books whose manuals (or wording, or build date) changed. A build keeps
// the entries it used and removes the rest, so the folder holds one build's books at most.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PrintJob } from "./render-pdf.ts";

// Raise when the print settings in render-pdf.ts change: the same HTML would print differently.
const PRINT_VERSION = "1";

export interface PdfCache {
  get(job: PrintJob): Uint8Array | null;
  put(job: PrintJob, pdf: Uint8Array): void;
  /** Removes the entries no get or put of this build touched. */
  prune(): void;
}

export function pdfCache(dir: string): PdfCache {
  const used = new Set<string>();
  const keyOf = (job: PrintJob) => createHash("sha256").update(PRINT_VERSION).update("\0").update(job.html).update("\0").update(job.footer).digest("hex") + ".pdf";
  return {
    get(job) {
      const key = keyOf(job);
      try {
        const pdf = new Uint8Array(readFileSync(join(dir, key)));
        used.add(key);
        return pdf;
      } catch {
        return null;
      }
    },
    put(job, pdf) {
      const key = keyOf(job);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, key + ".tmp"), pdf);
      renameSync(join(dir, key + ".tmp"), join(dir, key));
      used.add(key);
    },
    prune() {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return; // nothing cached yet
      }
      for (const name of names) if (!used.has(name)) rmSync(join(dir, name), { force: true });
    },
  };
}
