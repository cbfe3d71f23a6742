// A book as the files of an EPUB 3 container (OCF), in the order they go into the zip: the
// mimetype first (the zip writer stores it uncompressed), container.xml, the package document,
// the navigation document, a style sheet and one XHTML chapter per manual. Written by hand rather
// than through epub-gen-memory or @lesjoursfr/html-to-epub: both fetch referenced images and fonts
// over the network and wrap chapters in their own templates, and the OCF rules that matter here
// (mimetype first and stored, one nav document) are a few lines; see docs/books.md.
import { say } from "../messages/text.ts";
import { BOOK_CSS, approvalText, contents, manualChapter } from "./book-html.ts";
import type { Book } from "./book.ts";
import { escapeHtml as e } from "./markdown-html.ts";

export interface EpubFile {
  path: string;
  text: string;
}

export const EPUB_MIMETYPE = "application/epub+zip";

const chapterPath = (index: number) => `chapter-${String(index + 1).padStart(4, "0")}.xhtml`;

function xhtml(lang: string, title: string, body: string): string {
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n` +
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}">` +
    `<head><meta charset="utf-8"/><title>${e(title)}</title><link rel="stylesheet" type="text/css" href="book.css"/></head><body>${body}</body></html>\n`
  );
}

export interface EpubInput {
  book: Book;
  /** A stable identifier: the same book at the same approval gets the same one. */
  identifier: string;
  /** dcterms:modified, CCYY-MM-DDThh:mm:ssZ. */
  modified: string;
}

export function epubFiles({ book, identifier, modified }: EpubInput): EpubFile[] {
  const lang = book.lang;
  const chapters = book.manuals.map((m, i) => ({ path: chapterPath(i), text: xhtml(lang, m.title, manualChapter(m, i, lang)) }));
  const nav = xhtml(
    lang,
    say(lang, "book.contents"),
    `<section class="cover"><h1>${e(book.title)}</h1><p>${e(book.subtitle)}</p><p class="approved">${e(approvalText(book.approved, lang))}</p></section>` + contents(book, (_, i) => chapterPath(i)),
  );
  const manifest = [
    `<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>`,
    `<item id="css" href="book.css" media-type="text/css"/>`,
    ...chapters.map((c, i) => `<item id="c${i + 1}" href="${c.path}" media-type="application/xhtml+xml"/>`),
  ];
  const spine = [`<itemref idref="nav"/>`, ...chapters.map((_, i) => `<itemref idref="c${i + 1}"/>`)];
  const opf =
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${lang}">` +
    `<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    `<dc:identifier id="book-id">${e(identifier)}</dc:identifier><dc:title>${e(book.title)}</dc:title><dc:language>${lang}</dc:language>` +
    `<dc:description>${e(approvalText(book.approved, lang))}</dc:description>` +
    `<meta property="dcterms:modified">${e(modified)}</meta></metadata>` +
    `<manifest>${manifest.join("")}</manifest><spine>${spine.join("")}</spine></package>\n`;
  const container =
    `<?xml version="1.0" encoding="utf-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">` +
    `<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles></container>\n`;
  return [
    { path: "mimetype", text: EPUB_MIMETYPE },
    { path: "META-INF/container.xml", text: container },
    { path: "EPUB/package.opf", text: opf },
    { path: "EPUB/nav.xhtml", text: nav },
    { path: "EPUB/book.css", text: BOOK_CSS },
    ...chapters.map((c) => ({ path: `EPUB/${c.path}`, text: c.text })),
  ];
}
