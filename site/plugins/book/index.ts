// The books plugin: after the pages are built, an EPUB e-book and an A4 PDF for every institution
// and department (bot/local/book), under books/. The department and institution pages link them
// (src/theme/DocCategoryGeneratedIndexPage). MANUALS_BOOKS=off leaves them out (the benchmark's
// baseline build).
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
import { buildBooks } from "../../../bot/local/book/build-books.ts";

export const BOOKS_PATH = "books";

export interface BooksOptions {
  root: string;
  today: string;
  enabled: boolean;
}

export default function booksPlugin(_context: LoadContext, options: BooksOptions): Plugin {
  return {
    name: "work-manuals-books",
    async postBuild({ outDir }) {
      if (!options.enabled) return;
      const started = Date.now();
      const built = await buildBooks({ root: options.root, outDir: join(outDir, BOOKS_PATH), builtOn: options.today });
      const bytes = built.reduce((sum, b) => sum + b.pdf.bytes + b.epub.bytes, 0);
      console.log(`[books] ${built.length} books (EPUB + PDF), ${(bytes / 1e6).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    },
  };
}
