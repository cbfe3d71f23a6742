// Manuals are CommonMark and must never run code in a reader's browser. Docusaurus renders raw
// HTML in .md files (through rehype-raw), so before anything else sees the tree, raw HTML becomes
// the literal text the author typed, and links or images whose address could run script
// (javascript:, data:, vbscript:, …) become plain text. The manuals check rejects both; this keeps
// the site safe even when a manual slipped past it.
// Tildes are text, as in CommonMark and in the core's reading: Korean writes ranges with `~`
// (`2~3월`, `05~07시`), and GFM's strikethrough would publish them struck out with the tildes gone.
// Docusaurus applies remark-gfm without options, so a struck-out node goes back to the tildes typed.

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

/** The run of tildes a struck-out node opens with in the source (`~` or `~~`). */
function tildesOf(node: Node, source: string): string {
  const start = node.position?.start.offset;
  if (start === undefined) return "~";
  let end = start;
  while (source[end] === "~") end++;
  return source.slice(start, end) || "~";
}

function inert(node: Node, unsafeDefinitions: Set<string>, source: string): Node[] | null {
  if (node.type === "html") return [{ type: "text", value: node.value ?? "" }];
  if (node.type === "delete") {
    const tildes = tildesOf(node, source);
    return [{ type: "text", value: tildes }, ...(node.children ?? []), { type: "text", value: tildes }];
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

function walk(node: Node, unsafe: Set<string>, source: string): void {
  if (!node.children) return;
  const next: Node[] = [];
  for (const child of node.children) {
    const replacement = inert(child, unsafe, source);
    if (replacement) {
      for (const r of replacement) walk(r, unsafe, source);
      next.push(...replacement);
    } else {
      walk(child, unsafe, source);
      next.push(child);
    }
  }
  node.children = next;
}

export default function inertMarkdown() {
  return (tree: Node, file?: { value?: unknown }) => {
    const unsafe = new Set<string>();
    collectUnsafeDefinitions(tree, unsafe);
    walk(tree, unsafe, typeof file?.value === "string" ? file.value : String(file?.value ?? ""));
  };
}
