// A book as HTML: the cover, the table of contents, then each manual's card and six sections.
// The same chapter markup serves the print HTML (one document, Chromium prints it) and the EPUB
// (one XHTML file per manual), so what the PDF and the e-book show cannot drift apart.
import { say } from "../messages/text.ts";
import type { Approval, Book, BookManual } from "./book.ts";
import { escapeHtml as e, markdownHtml } from "./markdown-html.ts";

export const BOOK_CSS = `
body { font-family: "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; line-height: 1.6; color: #111; word-break: keep-all; overflow-wrap: anywhere; }
h1 { font-size: 1.6em; margin: 0 0 .4em; }
h2 { font-size: 1.25em; border-bottom: 1px solid #999; margin-top: 1.4em; }
h3 { font-size: 1.05em; }
table { border-collapse: collapse; width: 100%; margin: .6em 0; }
th, td { border: 1px solid #999; padding: .25em .4em; vertical-align: top; text-align: left; }
.card { border: 1px solid #1d4f91; padding: .5em .8em; margin: .6em 0 1em; }
.card dl { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: 0; }
.card dt { font-weight: bold; }
.card dd { margin: 0; }
.approved { color: #444; font-size: .9em; }
.missing, .image-alt { color: #555; font-style: italic; }
nav ol { padding-left: 1.4em; }
`;

export const PRINT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm; }
.manual { break-before: page; }
.cover { break-after: page; padding-top: 30%; text-align: center; }
h2, h3 { break-after: avoid; }
tr, .card { break-inside: avoid; }
nav a { color: inherit; text-decoration: none; }
`;

export function approvalText(approved: Approval | null, lang: Book["lang"]): string {
  return approved ? say(lang, "book.approved", { sha: approved.sha.slice(0, 12), date: approved.date }) : say(lang, "book.approved-unknown");
}

export function anchorOf(manual: BookManual, index: number): string {
  return `m${index + 1}-${manual.id.replace(/[^a-z0-9-]/g, "")}`;
}

function card(manual: BookManual, lang: Book["lang"]): string {
  const row = (label: string, value: string) => `<dt>${e(label)}</dt><dd>${value}</dd>`;
  const none = e(say(lang, "book.card-none"));
  const laws = manual.laws.length
    ? `<ul>${manual.laws.map((l) => `<li>${e(say(lang, "book.card-law", l))}</li>`).join("")}</ul>`
    : none;
  return (
    `<div class="card"><dl>` +
    row(say(lang, "book.card-institution"), e(manual.institution.name)) +
    row(say(lang, "book.card-department"), e(manual.department.name)) +
    row(say(lang, "book.card-owner"), manual.owner ? e(manual.owner) : none) +
    row(say(lang, "book.card-deputy"), manual.deputy ? e(manual.deputy) : none) +
    row(say(lang, "book.card-last-reviewed"), manual.lastReviewed ? e(manual.lastReviewed) : none) +
    row(say(lang, "book.card-due"), manual.due ? e(manual.due) : none) +
    row(say(lang, "book.card-laws"), laws) +
    `</dl><p class="approved">${e(approvalText(manual.approved, lang))}</p></div>`
  );
}

/** One manual: its title, card and sections in the schema's order. Well-formed XHTML as well as HTML. */
export function manualChapter(manual: BookManual, index: number, lang: Book["lang"]): string {
  const sections = manual.sections
    .map((s) => `<section><h2>${e(s.title)}</h2>${s.markdown === null ? `<p class="missing">${e(say(lang, "book.section-missing", { title: s.title }))}</p>` : demote(markdownHtml(s.markdown, lang))}</section>`)
    .join("\n");
  return `<article class="manual" id="${anchorOf(manual, index)}"><h1>${e(manual.title)}</h1>${card(manual, lang)}${sections}</article>`;
}

/**
 * Sub-headings inside a section sit below the section's h2. Done on micromark's output, where a
 * literal "<h1>" in text or code is already escaped, so only real headings move.
 */
function demote(html: string): string {
  return html.replace(/<(\/?)h([1-6])>/g, (_, close: string, level: string) => `<${close}h${Math.min(6, Math.max(3, Number(level) + 1))}>`);
}

export function contents(book: Book, href: (manual: BookManual, index: number) => string): string {
  const items = book.manuals.map((m, i) => `<li><a href="${e(href(m, i))}">${e(m.title)}${book.kind === "institution" ? ` (${e(m.department.name)})` : ""}</a></li>`);
  return `<nav epub:type="toc" id="toc" role="doc-toc"><h1>${e(say(book.lang, "book.contents"))}</h1><ol>${items.join("")}</ol></nav>`;
}

/** The whole book as one HTML document for print. */
export function printHtml(book: Book, extra = ""): string {
  const chapters = book.manuals.map((m, i) => manualChapter(m, i, book.lang)).join("\n");
  return (
    `<!doctype html><html lang="${book.lang}"><head><meta charset="utf-8"><title>${e(book.title)}</title>` +
    `<style>${BOOK_CSS}${PRINT_CSS}</style></head><body>` +
    `<div class="cover"><h1>${e(book.title)}</h1><p>${e(book.subtitle)}</p><p class="approved">${e(approvalText(book.approved, book.lang))}</p></div>` +
    contents(book, (m, i) => `#${anchorOf(m, i)}`) +
    extra +
    chapters +
    `</body></html>`
  );
}

/** Chromium's footer template: the approval on every page, and the page number. */
export function printFooter(book: Book): string {
  const line = book.approved
    ? say(book.lang, "book.footer", { title: book.title, sha: book.approved.sha.slice(0, 12), date: book.approved.date })
    : say(book.lang, "book.footer-unknown", { title: book.title });
  // The template is rendered apart from the page: fonts and sizes must be set here.
  return `<div style="font-family: 'Noto Sans CJK KR', sans-serif; font-size: 8px; width: 100%; margin: 0 16mm; display: flex; justify-content: space-between;"><span>${e(line)}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}
