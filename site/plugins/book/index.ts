// The books plugin: an EPUB e-book and an A4 PDF for every institution and department
// (bot/local/book), under books/. The department and institution pages link them
// (src/theme/DocCategoryGeneratedIndexPage). Chromium's printing is the slow part and runs in its
// own processes, so the books start with loadContent and print while Docusaurus bundles and
// renders the pages; postBuild waits for them and copies them into the build. MANUALS_BOOKS=off
// leaves them out (the benchmark's baseline build).
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
import type { BuiltBook } from "../../../bot/local/book/build-books.ts";

export const BOOKS_PATH = "books";

export interface BooksOptions {
  root: string;
  today: string;
  enabled: boolean;
}

/** `rawOptions` are the BooksOptions docusaurus.config.ts passes (typed unknown, as Docusaurus declares a plugin's options). */
export default function booksPlugin(_context: LoadContext, rawOptions: unknown): Plugin {
  const options = rawOptions as BooksOptions;
  let pending: { dir: string; started: number; result: Promise<BuiltBook[] | Error> } | null = null;
  return {
    name: "work-manuals-books",
    async loadContent() {
      if (!options.enabled || pending) return;
      const dir = mkdtempSync(join(tmpdir(), "work-manuals-books-"));
      // Loaded here, not at the top: the books' code (Chromium's driver among it) is not needed
      // when the books are off, and a site build without them should not pay for loading it.
      const { buildBooks } = await import("../../../bot/local/book/build-books.ts");
      // Kept as a value, not a rejected promise, so a failure waits for postBuild to be reported.
      const result = buildBooks({ root: options.root, outDir: dir, builtOn: options.today, cacheDir: join(options.root, ".cache/books") }).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
      pending = { dir, started: Date.now(), result };
    },
    async postBuild({ outDir }) {
      if (!pending) return;
      const { dir, started } = pending;
      const built = await pending.result;
      pending = null;
      try {
        if (built instanceof Error) throw built;
        cpSync(dir, join(outDir, BOOKS_PATH), { recursive: true });
        const bytes = built.reduce((sum, b) => sum + b.pdf.bytes + b.epub.bytes, 0);
        const printed = built.filter((b) => b.printed).length;
        console.log(`[books] ${built.length} books (EPUB + PDF), ${printed} printed, ${built.length - printed} unchanged from the cache, ${(bytes / 1e6).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
