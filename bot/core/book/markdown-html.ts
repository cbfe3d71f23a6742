// A manual section's Markdown as HTML for the books. micromark is the parser the core already
// reads manuals with, so the book shows the same structure the check saw. It is safe by default:
// raw HTML in a manual is escaped (never passed through) and javascript:/data: link targets are
// dropped. GFM for tables as on the site, and the rest read as the core reads it (the site does
// the same, site/plugins/remark/inert-markdown.ts): tildes are text, never strikethrough (Korean
// writes ranges with ~: 2~3월, and ~~ is shown as typed), and `$…$` is parsed as markdownlint's
// parser does but printed as typed, never as math. Relative links become text with their target, and images are replaced by their alt text: a book carries no remote
// resources (the PDF renderer is offline; EPUB forbids remote images in content).
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { math } from "micromark-extension-math";
import type { CompileContext, HtmlExtension, Token } from "micromark-util-types";
import type { Language } from "../findings.ts";
import { say } from "../messages/text.ts";

const IMAGE = /<img src="[^"]*" alt="([^"]*)"(?: title="[^"]*")? \/>/g;
const LINK = /<a href="([^"]*)"((?: title="[^"]*")?)>(.*?)<\/a>/gs;
const ABSOLUTE = /^(?:https?:|mailto:|tel:)/i;

/** Math as the text typed: the dollar signs and what is between them (micromark's math HTML would typeset it). */
function typed(this: CompileContext, token: Token, wrap = ""): undefined {
  this.resume();
  this.raw(wrap ? `<${wrap}>${this.encode(this.sliceSerialize(token))}</${wrap}>` : this.encode(this.sliceSerialize(token)));
  return undefined;
}
const mathAsTyped: HtmlExtension = {
  enter: {
    mathText() {
      this.buffer();
    },
    mathFlow() {
      this.buffer();
    },
  },
  exit: {
    mathText: typed,
    mathFlow(token) {
      return typed.call(this, token, "p");
    },
  },
};

export function markdownHtml(markdown: string, lang: Language): string {
  const html = micromark(markdown, { extensions: [gfm(), math(), { disable: { null: ["strikethrough"] } }], htmlExtensions: [gfmHtml(), mathAsTyped] });
  // micromark writes <img> in exactly this form and has already escaped the alt text.
  return html
    .replace(IMAGE, (_, alt: string) => `<span class="image-alt">${say(lang, "book.image-omitted", { alt })}</span>`)
    .replace(LINK, (whole, href: string, _title: string, label: string) =>
      // A relative link (an attachment in files/, another page) has nothing to open inside a book:
      // the reader gets its text and where it points.
      ABSOLUTE.test(href) ? whole : `<span class="attachment">${label} <small>(${href})</small></span>`,
    );
}

/** Text for HTML/XML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
