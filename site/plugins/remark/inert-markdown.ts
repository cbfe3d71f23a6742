// Manuals are CommonMark and must never run code in a reader's browser. Docusaurus renders raw
// HTML in .md files (through rehype-raw), so before anything else sees the tree, raw HTML becomes
// the literal text the author typed, and links or images whose address could run script
// (javascript:, data:, vbscript:, …) become plain text. The manuals check rejects both; this keeps
// the site safe even when a manual slipped past it.
// Tildes are text, as in CommonMark and in the core's reading: Korean writes ranges with `~`
// (`2~3월`, `05~07시`), and GFM's strikethrough would publish them struck out with the tildes gone.
// Docusaurus applies remark-gfm without options, so a struck-out node goes back to the tildes typed.
// Dollar signs likewise: the core reads `$…$` as markdownlint's parser does (math, shown as typed,
// so `*$1,000*  $2,000` keeps its asterisks); the site parses math too (remark-math) and publishes
// it as the text typed, never as rendered math. Bold beside Korean punctuation (`**「법」**에`) stays
// CommonMark's literal asterisks on both sides; the check warns about it.

interface Node {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  value?: string;
  url?: string;
  alt?: string | null;
  identifier?: string;
  children?: Node[];
}

const SAFE_SCHEME = /^(https?|mailto|tel):/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** True when a URL is relative, a fragment, or uses a scheme that only navigates. */
export function isSafeUrl(url: string): boolean {
  // Browsers drop control characters and whitespace inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- control characters are what must be removed
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, "");
  if (compact.startsWith("//")) return false; // protocol-relative: another origin
  return !HAS_SCHEME.test(compact) || SAFE_SCHEME.test(compact);
}

/** The runs of tildes a struck-out node opens and closes with in the source (`~` or `~~`). */
function tildesOf(node: Node, source: string): [string, string] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return ["~", "~"];
  let open = start;
  while (open < end && source[open] === "~") open++;
  let close = end;
  while (close > open && source[close - 1] === "~") close--;
  return [source.slice(start, open) || "~", source.slice(close, end) || "~"];
}

/** The source text of a node, as typed. */
function typed(node: Node, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? (node.value ?? "") : source.slice(start, end);
}

function inert(node: Node, unsafeDefinitions: Set<string>, source: string): Node[] | null {
  if (node.type === "html") return [{ type: "text", value: node.value ?? "" }];
  if (node.type === "inlineMath") return [{ type: "text", value: typed(node, source) }];
  if (node.type === "math") return [{ type: "paragraph", children: [{ type: "text", value: typed(node, source) }] }];
  if (node.type === "delete") {
    const [open, close] = tildesOf(node, source);
    return [{ type: "text", value: open }, ...(node.children ?? []), { type: "text", value: close }];
  }
  if ((node.type === "link" && !isSafeUrl(node.url ?? "")) || (node.type === "linkReference" && unsafeDefinitions.has(node.identifier ?? ""))) {
    return node.children ?? [];
  }
  if ((node.type === "image" && !isSafeUrl(node.url ?? "")) || (node.type === "imageReference" && unsafeDefinitions.has(node.identifier ?? ""))) {
    return [{ type: "text", value: node.alt ?? "" }];
  }
  if (node.type === "definition" && !isSafeUrl(node.url ?? "")) return [];
  return null;
}

function collectUnsafeDefinitions(node: Node, into: Set<string>): void {
  if (node.type === "definition" && !isSafeUrl(node.url ?? "")) into.add(node.identifier ?? "");
  for (const child of node.children ?? []) collectUnsafeDefinitions(child, into);
}

/** The nodes made inert, and what a replacement brings (a struck-out node inside another) too. */
function inertAll(nodes: Node[], unsafe: Set<string>, source: string): Node[] {
  return nodes.flatMap((node) => {
    const replacement = inert(node, unsafe, source);
    if (replacement) return inertAll(replacement, unsafe, source);
    if (node.children) node.children = inertAll(node.children, unsafe, source);
    return [node];
  });
}

export default function inertMarkdown() {
  return (tree: Node, file?: { value?: unknown }) => {
    const unsafe = new Set<string>();
    collectUnsafeDefinitions(tree, unsafe);
    tree.children = inertAll(tree.children ?? [], unsafe, typeof file?.value === "string" ? file.value : String(file?.value ?? ""));
  };
}
