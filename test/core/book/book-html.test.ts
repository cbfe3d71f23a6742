// The books' pure assembly over the sample manuals: order, cards and sections, the approval, the
// EPUB's files, and that nothing a manual writes as HTML reaches the book as markup.
import { describe, expect, it } from "vitest";
import { books, bookManual, type BookManual } from "../../../bot/core/book/book.ts";
import { printFooter, printHtml } from "../../../bot/core/book/book-html.ts";
import { epubFiles } from "../../../bot/core/book/epub-package.ts";
import { markdownHtml } from "../../../bot/core/book/markdown-html.ts";
import { parseManual } from "../../../bot/core/parse/parse-manual.ts";
import { summariseFrontMatter } from "../../../bot/core/validate/manual-summary.ts";
import { registryOf, sample, sampleManualFiles, sampleRepository, spec } from "../../support/samples.ts";

const registry = registryOf(sampleRepository()).registry!;

function manualOf(file: string, text = sample(file), approved = { sha: "a".repeat(40), date: "2026-11-30" }): BookManual {
  const parsed = parseManual(file, text, { sectionLevel: spec.level });
  const summary = summariseFrontMatter(file, parsed.document!.frontMatter, parsed.locate);
  return bookManual({ summary, document: parsed.document!, approved }, registry, spec, "ko");
}

const all = sampleManualFiles.map((file) => manualOf(file));

describe("books", () => {
  const built = books({ manuals: all, registry, builtOn: "2026-12-02", lang: "ko" });

  it("makes one book per institution and per department, every manual in its department's book and its institution's", () => {
    const departments = new Set(all.map((m) => `${m.institution.key}/${m.department.key}`));
    const institutions = new Set(all.map((m) => m.institution.key));
    expect(built.filter((b) => b.kind === "department").map((b) => b.key).sort()).toEqual([...departments].sort());
    expect(built.filter((b) => b.kind === "institution").map((b) => b.key).sort()).toEqual([...institutions].sort());
    for (const book of built) {
      const expected = all.filter((m) => (book.kind === "institution" ? m.institution.key === book.key : `${m.institution.key}/${m.department.key}` === book.key));
      expect(book.manuals.map((m) => m.file).sort()).toEqual(expected.map((m) => m.file).sort());
    }
  });

  it("prints every manual's title, card (the owner by name and phone), six section headings and the approval in the book", () => {
    const book = built.find((b) => b.key === "district-office/parking")!;
    const html = printHtml(book);
    for (const manual of book.manuals) {
      expect(html).toContain(`<h1>${manual.title}</h1>`);
      // The owner as staff know them, with the number to call: a printed book has no links to follow.
      const login = /^owner: (.*)$/m.exec(sample(manual.file))![1]!;
      const person = registry.people![login]!;
      expect(html).toContain(`${person.name} ${person.position} · ${person.phone} (@${login})`);
    }
    for (const section of spec.sections) expect(html.split(`<h2>${section.title.ko}</h2>`).length - 1).toBe(book.manuals.length);
    expect(html).toContain("승인 커밋 aaaaaaaaaaaa · 승인일 2026-11-30");
    expect(printFooter(book)).toContain("본문 승인 커밋 aaaaaaaaaaaa (2026-11-30)");
    expect(printFooter(book)).toContain('class="pageNumber"');
  });

  it("says a book has no approval when a manual's text is not the committed one", () => {
    const unapproved = books({ manuals: [{ ...all[0]!, approved: null }], registry, builtOn: "2026-12-02", lang: "ko" })[0]!;
    expect(unapproved.approved).toBeNull();
    expect(printFooter(unapproved)).toContain("승인 기록 없음");
  });
});

describe("markdownHtml", () => {
  it("escapes raw HTML and drops script links, keeping the text a reader sees", () => {
    const html = markdownHtml('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[누르기](javascript:alert(1)) **굵게**', "ko");
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("<strong>굵게</strong>");
  });

  it("keeps Korean ranges with ~ as written and turns attachments and images into text", () => {
    const html = markdownHtml("2~3월과 8~9월\n\n[서식](files/form.txt) ![지도](map.png) [누리집](https://example.go.kr/)", "ko");
    expect(html).toContain("2~3월과 8~9월");
    expect(html).not.toContain("<del>");
    expect(html).toContain("서식 <small>(files/form.txt)</small>");
    expect(html).toContain("[그림: 지도]");
    expect(html).toContain('<a href="https://example.go.kr/">누리집</a>');
  });
});

describe("epubFiles", () => {
  const book = books({ manuals: all, registry, builtOn: "2026-12-02", lang: "ko" }).find((b) => b.key === "district-office")!;
  const files = epubFiles({ book, identifier: "urn:test", modified: "2026-11-30T00:00:00Z" });

  it("starts with the mimetype, then the container pointing at the package document", () => {
    expect(files[0]).toEqual({ path: "mimetype", text: "application/epub+zip" });
    expect(files[1]!.path).toBe("META-INF/container.xml");
    expect(files[1]!.text).toContain('full-path="EPUB/package.opf"');
    expect(files.map((f) => f.path)).toContain("EPUB/package.opf");
  });

  it("lists every manual in the navigation document, in the book's order, each with a chapter in the spine", () => {
    const nav = files.find((f) => f.path === "EPUB/nav.xhtml")!.text;
    const titles = [...nav.matchAll(/<li><a href="([^"]+)">([^<]+?)(?: \([^)]*\))?<\/a><\/li>/g)];
    expect(titles.map((m) => m[2])).toEqual(book.manuals.map((m) => m.title));
    const opf = files.find((f) => f.path === "EPUB/package.opf")!.text;
    for (const [, href] of titles) {
      expect(files.map((f) => f.path)).toContain(`EPUB/${href}`);
      expect(opf).toContain(`href="${href}"`);
    }
    expect(opf).toContain('properties="nav"');
    expect(opf).toContain('<meta property="dcterms:modified">2026-11-30T00:00:00Z</meta>');
  });
});

describe("a section's Markdown in the book reads as the core reads it", () => {
  const text = (markdown: string) => markdownHtml(markdown, "ko").replace(/<[^>]*>/g, "").replace(/&amp;/g, "&").trim();
  it.each([
    ["A4~까지 05~07시~~종전~~ 이후", "A4~까지 05~07시~~종전~~ 이후"],
    ["~바깥 ~~안쪽~~ 끝~", "~바깥 ~~안쪽~~ 끝~"],
    ["*$1,000*  $2,000", "*$1,000*  $2,000"],
    ["$$\n수식\n$$", "$$\n수식\n$$"],
  ])("%j as typed", (markdown, expected) => {
    expect(text(markdown)).toBe(expected);
    expect(markdownHtml(markdown, "ko")).not.toMatch(/<del|<em|katex/);
  });
});
