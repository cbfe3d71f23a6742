// YAML text → data plus a source map (JSON path → line), used for front matter, the registry
// and the bot configuration alike.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";

export interface YamlProblem {
  line: number;
  column?: number;
  detail: string;
}

export interface YamlSource {
  /** Parsed data, or undefined when the text has syntax errors. */
  data: unknown;
  problems: YamlProblem[];
  locate(path: readonly (string | number)[], opts?: { key?: boolean }): { line: number; column: number };
}

/** `firstLine` is the file line the YAML text starts on (2 for front matter after its `---`). */
export function parseYamlSource(source: string, firstLine = 1): YamlSource {
  const counter = new LineCounter();
  // logLevel "error": problems are returned as data; the parser must not print warnings of its own.
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, strict: true, logLevel: "error" });
  const lineOf = (offset: number) => {
    const pos = counter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  const problems = doc.errors.map((error) => ({ ...lineOf(error.pos[0]), detail: error.message.split("\n")[0] ?? error.message }));
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 50 });
    } catch (error) {
      problems.push({ line: firstLine, column: 1, detail: (error as Error).message });
    }
  }
  return { data, problems, locate: (path, opts) => locateIn(doc, path, opts?.key ?? false, lineOf, firstLine) };
}

function locateIn(
  doc: Document,
  path: readonly (string | number)[],
  wantKey: boolean,
  lineOf: (offset: number) => { line: number; column: number },
  firstLine: number,
): { line: number; column: number } {
  let node: unknown = doc.contents;
  let best = (node as Node | null)?.range ? lineOf((node as Node).range![0]) : { line: firstLine, column: 1 };
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return best;
      const keyNode = pair.key as Node;
      if (keyNode.range) best = lineOf(keyNode.range[0]);
      if (i === path.length - 1 && wantKey) return best;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
    } else {
      return best;
    }
    const range = (node as Node | undefined)?.range;
    if (range) best = lineOf(range[0]);
  }
  return best;
}
