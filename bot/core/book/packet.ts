// The handover packet: the checklist a transferring owner hands the successor, then the owner's
// manuals as the books print them (cards, six sections, approval on every page).
import type { Language } from "../findings.ts";
import { say } from "../messages/text.ts";
import { printFooter, printHtml } from "./book-html.ts";
import type { Book, BookManual } from "./book.ts";
import { escapeHtml as e, markdownHtml } from "./markdown-html.ts";

export interface PacketInput {
  from: string;
  to: string;
  /** The checklist as `manuals handover` prints it (Markdown). */
  checklist: string;
  manuals: readonly BookManual[];
  builtOn: string;
  lang: Language;
}

export function packetBook({ from, to, manuals, builtOn, lang }: PacketInput): Book {
  let approved: Book["approved"] = null;
  for (const m of manuals) if (m.approved && (!approved || m.approved.date > approved.date)) approved = m.approved;
  return {
    key: `handover-${from}`,
    kind: "institution",
    title: say(lang, "book.packet-title", { from, to }),
    subtitle: say(lang, "book.subtitle", { count: manuals.length, builtOn }),
    manuals: [...manuals],
    approved,
    lang,
  };
}

export function packetHtml(input: PacketInput): { html: string; footer: string } {
  const book = packetBook(input);
  // The checklist's own "# title" line is the cover's title already.
  const checklist = markdownHtml(input.checklist.replace(/^# .*\n/, ""), input.lang);
  const section = `<section class="manual checklist"><h1>${e(say(input.lang, "book.packet-checklist"))}</h1>${checklist}</section>`;
  return { html: printHtml(book, section), footer: printFooter(book) };
}
