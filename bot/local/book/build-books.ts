// Writes every book of a working tree: <out>/<institution>.{pdf,epub} and
// <out>/<institution>/<department>.{pdf,epub}. The EPUBs are zipped while Chromium prints the
// PDFs two pages at a time (the machine's two cores); with a cache folder, only the books whose
// printed HTML changed since the last build are printed again.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { books, type Book } from "../../core/book/book.ts";
import { printFooter, printHtml } from "../../core/book/book-html.ts";
import { epubFiles } from "../../core/book/epub-package.ts";
import type { Language } from "../../core/findings.ts";
import { readBookManuals } from "./book-manuals.ts";
import { pdfCache } from "./pdf-cache.ts";
import { openPrinter, printAll } from "./render-pdf.ts";
import { epubBytes } from "./write-epub.ts";

export interface BuiltBook {
  key: string;
  kind: Book["kind"];
  title: string;
  manuals: string[];
  /** Printed by this build (false: the same book came from the cache). */
  printed: boolean;
  pdf: { path: string; bytes: number };
  epub: { path: string; bytes: number };
}

export interface BuildBooksInput {
  root: string;
  outDir: string;
  builtOn: string;
  lang?: Language;
  concurrency?: number;
  /** Where printed PDFs are kept between builds (bot/local/book/pdf-cache.ts); none when absent. */
  cacheDir?: string;
}

export function epubOf(book: Book, builtOn: string): Uint8Array {
  const stamp = book.approved?.sha.slice(0, 12) ?? "unapproved";
  return epubBytes(epubFiles({ book, identifier: `urn:work-manuals:${book.key}:${stamp}`, modified: `${book.approved?.date ?? builtOn}T00:00:00Z` }));
}

export async function buildBooks({ root, outDir, builtOn, lang = "ko", concurrency = 2, cacheDir }: BuildBooksInput): Promise<BuiltBook[]> {
  const { registry, manuals } = readBookManuals(root, lang);
  const all = books({ manuals, registry, builtOn, lang });
  const write = (path: string, bytes: Uint8Array) => {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    return { path, bytes: bytes.length };
  };
  const jobs = all.map((book) => ({ html: printHtml(book), footer: printFooter(book) }));
  const cache = cacheDir ? pdfCache(cacheDir) : null;
  const pdfs = jobs.map((job) => cache?.get(job) ?? null);
  const missing = jobs.flatMap((job, i) => (pdfs[i] ? [] : [i]));
  const epubs = all.map((book) => write(`${book.key}.epub`, epubOf(book, builtOn)));
  if (missing.length) {
    const printer = await openPrinter();
    try {
      const printed = await printAll(printer, missing.map((i) => jobs[i]!), concurrency);
      missing.forEach((i, n) => {
        pdfs[i] = printed[n]!;
        cache?.put(jobs[i]!, printed[n]!);
      });
    } finally {
      await printer.close();
    }
  }
  cache?.prune();
  return all.map((book, i) => ({ key: book.key, kind: book.kind, title: book.title, manuals: book.manuals.map((m) => m.file), printed: missing.includes(i), pdf: write(`${book.key}.pdf`, pdfs[i]!), epub: epubs[i]! }));
}
