// What a reader sees, taken from the micromark tokens the check already has: each block's visible
// text (NFC, white space collapsed) and, for compare, a statement that adds what the text alone does
// not show but a reader gets (list numbers, nesting, quotes, table cells, link addresses).
// Formatting CommonMark really renders (emphasis, list markers, wrapping, padding) leaves no trace;
// every character a reader sees does, which is why this reads tokens and not the source: an
// intraword `_` or a lone `*` is text to the parser, and so it is text here.
// HTML comments and link reference definitions are hidden from readers and leave nothing. Raw HTML
// is published as the literal text typed (the site's inert-markdown), so it counts as text.
import { decodeString } from "micromark-util-decode-string";
import type { Citation, VisibleBlock } from "./document.ts";
import { findCitations } from "./citations.ts";
import { definitionsOf, normaliseLabel } from "./links.ts";
import { firstOf, walk, type Token } from "./tokens.ts";

export interface VisibleContent {
  blocks: VisibleBlock[];
  citations: Citation[];
}

/** Tokens whose text is what the reader sees, as is. */
const TEXT = new Set(["data", "codeTextData", "characterEscapeValue", "autolinkProtocol", "autolinkEmail", "literalAutolinkHttp", "literalAutolinkWww", "literalAutolinkEmail"]);
/** Tokens that render as white space between words. */
const SPACE = new Set(["lineEnding", "whitespace", "hardBreakEscape", "hardBreakTrailing", "linePrefix", "listItemIndent", "blockQuotePrefix", "lineSuffix", "codeTextPadding"]);
/** Syntax a reader never sees: markers, link destinations and titles (recorded separately). */
const HIDDEN = new Set(["emphasisSequence", "strongSequence", "codeTextSequence", "labelMarker", "labelImageMarker", "escapeMarker", "autolinkMarker", "resource", "reference"]);
/** Constructs the site does not interpret, so a reader sees what was typed. */
const LITERAL = new Set(["mathText", "gfmFootnoteCall"]);

/** Block-level tokens that carry nothing visible of their own. */
const SILENT = new Set([
  "lineEnding",
  "lineEndingBlank",
  "linePrefix",
  "listItemIndent",
  "listItemPrefix",
  "blockQuotePrefix",
  "whitespace",
  "definition",
  "thematicBreak",
  "gfmFootnoteDefinitionLabel",
  "gfmFootnoteDefinitionMarker",
  "definitionMarker",
  "gfmFootnoteDefinitionWhitespace",
  // markdownlint appends these copies of a paragraph's text for its own rules; the text is already read.
  "undefinedReference",
  "undefinedReferenceShortcut",
  "undefinedReferenceCollapsed",
  "undefinedReferenceFull",
]);

/** An HTML comment: `<!-->`, `<!--->`, or `<!--` … `-->`; an unclosed one hides the rest. */
const COMMENT = /<!--(?:-?>|[\s\S]*?(?:-->|$))/g;

/** Collects a block's text from pieces, remembering on which line each part starts. */
class TextBuilder {
  text = "";
  /** [offset, line] where the line changes, in order. */
  readonly marks: [number, number][] = [];
  readonly targets: string[] = [];

  add(piece: string, line: number) {
    const normalised = piece.normalize("NFC").replace(/\s+/g, " ");
    for (const part of normalised.split(/( )/)) {
      if (part === "") continue;
      if (part === " ") {
        if (this.text !== "" && !this.text.endsWith(" ")) this.text += " ";
        continue;
      }
      if (this.marks.at(-1)?.[1] !== line) this.marks.push([this.text.length, line]);
      this.text += part;
    }
  }

  space() {
    if (this.text !== "" && !this.text.endsWith(" ")) this.text += " ";
  }

  lineAt(offset: number): number {
    let line = this.marks[0]?.[1] ?? 0;
    for (const [start, at] of this.marks) {
      if (start > offset) break;
      line = at;
    }
    return line;
  }
}

function isComment(html: string): boolean {
  return html.trimStart().startsWith("<!--");
}

/** The visible text of inline tokens (a paragraph's, a heading's, a table cell's), into `out`. */
function inline(tokens: readonly Token[], definitions: ReadonlyMap<string, string>, out: TextBuilder): void {
  walk(tokens, (token) => {
    const type = token.type as string;
    if (TEXT.has(type)) out.add(token.text, token.startLine);
    else if (SPACE.has(type)) out.space();
    else if (HIDDEN.has(type)) return false;
    else if (type === "characterReference") out.add(decodeString(token.text), token.startLine);
    else if (type === "htmlText") {
      if (!isComment(token.text)) out.add(token.text, token.startLine);
    } else if (LITERAL.has(type)) out.add(token.text, token.startLine);
    else if (type === "link" || type === "image") {
      const target = targetOf(token, definitions);
      if (target !== null) out.targets.push(target);
      return true;
    } else if (token.children.length === 0) out.add(token.text, token.startLine);
    else return true;
    return false;
  });
}

function targetOf(token: Token, definitions: ReadonlyMap<string, string>): string | null {
  const destination = firstOf(token, "resourceDestinationString");
  if (destination) return decodeString(destination.text);
  if (firstOf(token, "resource")) return "";
  const label = firstOf(token, "referenceString")?.text ?? firstOf(token, "labelText")?.text ?? "";
  return definitions.get(normaliseLabel(label)) ?? null;
}

const escape = (text: string) => text.replace(/[\\⟨⟩|]/g, "\\$&");

/**
 * The block as compare sees it: the structure around it ("> " per quote level, two spaces per list
 * level below the first, the number of an ordered item), its text, and the address of each link or
 * image as ` ⟨address⟩`. Backslash escapes keep `\`, `⟨`, `⟩` and `|` typed in text distinct from these.
 */
function statementOf(prefix: string, text: string, targets: readonly string[], cells?: readonly string[]): string {
  const body = cells ? cells.map(escape).join(" | ") : escape(text);
  return prefix + body + targets.map((t) => ` ⟨${escape(t)}⟩`).join("");
}

interface Item {
  /** "3. " for an ordered item until its first block takes it; "" for a bullet. */
  marker: string;
}

interface Context {
  quotes: number;
  lists: number;
  items: readonly Item[];
}

/** The visible blocks of a section's top-level tokens, with lines shifted by `offset`. */
export function visibleContent(tokens: readonly Token[], offset: number, definitions: ReadonlyMap<string, string> = definitionsOf(tokens)): VisibleContent {
  const blocks: VisibleBlock[] = [];
  const citations: Citation[] = [];

  const emit = (context: Context, out: TextBuilder, line: number, cells?: string[]) => {
    const text = out.text.trimEnd();
    if (text === "" && out.targets.length === 0) return;
    let prefix = "> ".repeat(context.quotes) + "  ".repeat(Math.max(0, context.lists - 1));
    for (const item of context.items) {
      prefix += item.marker;
      item.marker = "";
    }
    blocks.push({ line: line + offset, text, statement: statementOf(prefix, text, out.targets, cells) });
    for (const { name, article, offset: at } of findCitations(text)) citations.push({ name, article, line: out.lineAt(at) + offset });
  };
  const raw = (context: Context, text: string, line: number) => {
    const out = new TextBuilder();
    out.add(text, line);
    emit(context, out, line);
  };

  // Pending work, last first: a frame is a token and the context it is read in.
  const stack: { token: Token; context: Context }[] = [];
  const push = (children: readonly Token[], context: Context) => {
    for (let i = children.length - 1; i >= 0; i--) stack.push({ token: children[i]!, context });
  };
  push(tokens, { quotes: 0, lists: 0, items: [] });
  while (stack.length > 0) {
    const { token, context } = stack.pop()!;
    const type = token.type as string;
    if (SILENT.has(type)) continue;
    switch (type) {
      case "content":
        push(token.children, context);
        break;
      case "paragraph":
      case "atxHeadingText":
      case "setextHeadingText": {
        const out = new TextBuilder();
        inline(token.children, definitions, out);
        emit(context, out, token.startLine);
        break;
      }
      case "atxHeading":
      case "setextHeading": {
        const text = token.children.find((c) => c.type === "atxHeadingText" || c.type === "setextHeadingText");
        if (text) stack.push({ token: text, context });
        break;
      }
      case "blockQuote":
        push(token.children, { ...context, quotes: context.quotes + 1 });
        break;
      case "listOrdered":
      case "listUnordered": {
        // micromark puts an item's content after its prefix, up to the next prefix.
        const groups: Token[][] = [];
        for (const child of token.children) {
          if (child.type === "listItemPrefix") groups.push([]);
          groups.at(-1)?.push(child);
        }
        const start = Number(firstOf(token, "listItemValue")?.text ?? "1");
        for (let i = groups.length - 1; i >= 0; i--) {
          const item: Item = { marker: type === "listOrdered" ? `${start + i}. ` : "" };
          push(groups[i]!, { ...context, lists: context.lists + 1, items: [...context.items, item] });
        }
        break;
      }
      case "gfmFootnoteDefinition": {
        const label = firstOf(token, "gfmFootnoteDefinitionLabel")?.text ?? "";
        push(token.children, { ...context, items: [...context.items, { marker: `${label}: ` }] });
        break;
      }
      case "table":
      case "tableHead":
      case "tableBody":
        push(token.children.filter((c) => (c.type as string) !== "tableDelimiterRow"), context);
        break;
      case "tableRow": {
        const cells: string[] = [];
        const out = new TextBuilder();
        for (const cell of token.children) {
          if ((cell.type as string) !== "tableHeader" && (cell.type as string) !== "tableData") continue;
          const content = cell.children.find((c) => (c.type as string) === "tableContent");
          const own = new TextBuilder();
          if (content) inline(content.children, definitions, own);
          cells.push(own.text.trimEnd());
          out.add(own.text, cell.startLine);
          out.space();
          out.targets.push(...own.targets);
        }
        emit(context, out, token.startLine, cells);
        break;
      }
      case "codeFenced":
      case "codeIndented":
        // Code is shown as typed, line by line; the fence and its info string are not.
        for (const line of token.children) {
          if (line.type === "codeFlowValue") raw(context, line.text, line.startLine);
        }
        break;
      case "htmlFlow":
        // A comment block hides the comment but not what follows it on its last line; other HTML
        // is published as the text typed, comments and all.
        raw(context, isComment(token.text) ? token.text.replace(COMMENT, " ") : token.text, token.startLine);
        break;
      default:
        // Anything else (math blocks, directives the site does not interpret) as the text typed.
        raw(context, token.text, token.startLine);
    }
  }
  return { blocks, citations };
}
