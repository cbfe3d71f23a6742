// The books the site build writes, opened as a reader's tools open them: the department and
// institution pages link a PDF and an EPUB that exist; the PDF's text (pdftotext) is Korean, holds
// every manual in the contents' order and the approval footer on every page; the EPUB is a valid
// OCF container whose navigation lists every manual (and passes epubcheck when it is installed).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { parse as parseYaml } from "yaml";
import { describe, expect, inject, it } from "vitest";
import { HOSTILE_MANUAL } from "./site-fixture.ts";

const out = inject("siteOut");
const repo = inject("siteRepo");
const EPUBCHECK = "/usr/share/java/epubcheck.jar";

interface Expected {
  key: string;
  page: string;
  manuals: { file: string; title: string; sha: string; date: string }[];
}

function manualsUnder(dir: string): string[] {
  return readdirSync(join(repo, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === "files" ? [] : manualsUnder(`${dir}/${e.name}`)) : e.name.endsWith(".md") ? [`${dir}/${e.name}`] : [],
  );
}

function expectedBooks(): Expected[] {
  const books: Expected[] = [];
  for (const institution of readdirSync(join(repo, "manuals"), { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const all: Expected["manuals"] = [];
    for (const department of readdirSync(join(repo, "manuals", institution.name), { withFileTypes: true }).filter((e) => e.isDirectory())) {
      const key = `${institution.name}/${department.name}`;
      const manuals = manualsUnder(`manuals/${key}`).map((file) => {
        const front = parseYaml(readFileSync(join(repo, file), "utf8").split("\n---")[0]!.replace(/^---\n/, "")) as { title: string };
        const [sha = "", date = ""] = execFileSync("git", ["log", "-1", "--format=%H %aI", "--", file], { cwd: repo, encoding: "utf8" }).trim().split(" ");
        return { file, title: front.title, sha, date: date.slice(0, 10) };
      });
      if (!manuals.length) continue;
      books.push({ key, page: `manuals/${key}.html`, manuals });
      all.push(...manuals);
    }
    if (all.length) books.push({ key: institution.name, page: `manuals/${institution.name}.html`, manuals: all });
  }
  return books;
}

const expected = expectedBooks();

function pdfPages(file: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8", maxBuffer: 1 << 28 });
  const split = text.split("\f").filter((p, i, all) => i < all.length - 1 || p.trim());
  expect(split.length).toBe(pages);
  return split;
}

describe("books", () => {
  it("covers every department and institution of the samples", () => {
    expect(expected.filter((b) => !b.key.includes("/")).length).toBeGreaterThanOrEqual(3);
    expect(expected.length).toBeGreaterThan(10);
  });

  describe.each(expected.map((b) => [b.key, b] as const))("%s", (key, book) => {
    it("is linked from its page, as a PDF and an EPUB that were built", () => {
      const html = readFileSync(join(out, book.page), "utf8");
      for (const ext of ["pdf", "epub"]) {
        expect(html).toContain(`href=/books/${key}.${ext}`);
        expect(existsSync(join(out, "books", `${key}.${ext}`))).toBe(true);
      }
    });

    it("prints as an A4 PDF with every manual in order, Korean text, page numbers and the approval on each page", () => {
      const pages = pdfPages(join(out, "books", `${key}.pdf`));
      expect(pages.length).toBeGreaterThanOrEqual(book.manuals.length + 2);
      const newest = book.manuals.reduce((d, m) => (m.date > d ? m.date : d), "");
      const shas = book.manuals.filter((m) => m.date === newest).map((m) => m.sha.slice(0, 12));
      const footer = /본문 승인 커밋 ([0-9a-f]{12}) \((\d{4}-\d{2}-\d{2})\)/;
      pages.forEach((page, i) => {
        const match = footer.exec(page);
        expect(match, `page ${i + 1} has the approval footer`).not.toBeNull();
        expect(shas).toContain(match![1]);
        expect(match![2]).toBe(newest);
        expect(page).toMatch(new RegExp(`(^|\\s)${i + 1}\\s*/\\s*${pages.length}(\\s|$)`));
      });
      const body = pages.slice(2).join("\n");
      expect(body).toContain("업무개요");
      const positions = book.manuals.map((m) => ({ title: m.title, at: body.indexOf(m.title) }));
      for (const p of positions) expect(p.at, p.title).toBeGreaterThanOrEqual(0);
      const contents = pages[1]!;
      const inContents = [...positions].sort((a, b) => contents.indexOf(a.title) - contents.indexOf(b.title)).map((p) => p.title);
      expect([...positions].sort((a, b) => a.at - b.at).map((p) => p.title)).toEqual(inContents);
    });

    it("is an EPUB 3 container: mimetype first and stored, container.xml, package and navigation listing every manual", () => {
      const bytes = readFileSync(join(out, "books", `${key}.epub`));
      // The first local file header: signature, compression method 0 (stored), name "mimetype", no extra field.
      expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
      expect(bytes.readUInt16LE(8)).toBe(0);
      const nameLength = bytes.readUInt16LE(26);
      expect(bytes.subarray(30, 30 + nameLength).toString("latin1")).toBe("mimetype");
      expect(bytes.readUInt16LE(28)).toBe(0);
      expect(bytes.subarray(30 + nameLength, 30 + nameLength + 20).toString("latin1")).toBe("application/epub+zip");
      const files = unzipSync(bytes);
      const container = strFromU8(files["META-INF/container.xml"]!);
      const opfPath = /full-path="([^"]+)"/.exec(container)![1]!;
      const opf = strFromU8(files[opfPath]!);
      const navHref = /<item [^>]*href="([^"]+)"[^>]*properties="nav"/.exec(opf)![1]!;
      const nav = strFromU8(files[opfPath.replace(/[^/]+$/, navHref)]!);
      for (const manual of book.manuals) expect(nav).toContain(manual.title.replace(/&/g, "&amp;"));
      expect([...nav.matchAll(/<li>/g)].length).toBe(book.manuals.length);
    });

    // One java start per book is slow; the institutions' books hold every manual.
    if (!key.includes("/")) {
      it.skipIf(!existsSync(EPUBCHECK))("passes epubcheck", () => {
        const run = spawnSync("java", ["-jar", EPUBCHECK, join(out, "books", `${key}.epub`)], { encoding: "utf8" });
        expect(`${run.stdout}\n${run.stderr}`).toContain("0 fatals / 0 errors");
      });
    }
  });

  it("shows the hostile manual's markup as text, never as markup", () => {
    const institution = HOSTILE_MANUAL.split("/")[1]!;
    const files = unzipSync(readFileSync(join(out, "books", `${institution}.epub`)));
    const chapters = Object.entries(files).filter(([path]) => path.endsWith(".xhtml")).map(([, data]) => strFromU8(data)).join("\n");
    // Text escapes "<", so any "<" left is a real tag.
    expect(chapters).toContain("&lt;script&gt;");
    expect(chapters).not.toMatch(/<(script|iframe|img)\b|<[a-z][^>]*\son[a-z]+=|href="javascript:/i);
  });
});
