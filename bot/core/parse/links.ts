// Link targets from micromark tokens: inline links, reference links (through their definitions),
// autolinks and GFM literal autolinks. Images count as links to the file they show.
// Destinations are decoded as a renderer decodes them (`java&#9;script:`, `javascript\:` and
// `javascript&colon;` all become javascript:), so the rules judge the address a reader gets.
import { decodeString } from "micromark-util-decode-string";
import type { Token } from "./tokens.ts";
import { descendants, findAll, firstOf } from "./tokens.ts";

export interface LinkTarget {
  text: string;
  href: string;
  line: number;
  column: number;
}

const LINKS = new Set(["link", "image", "autolink", "literalAutolink"]);
const DEFINITIONS = new Set(["definition"]);

export function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Link reference definitions by normalised label (the first definition of a label wins). */
export function definitionsOf(tokens: readonly Token[]): Map<string, string> {
  const definitions = new Map<string, string>();
  for (const token of findAll(tokens, DEFINITIONS)) {
    const label = normaliseLabel(firstOf(token, "definitionLabelString")?.text ?? "");
    if (!definitions.has(label)) definitions.set(label, decodeString(firstOf(token, "definitionDestinationString")?.text ?? ""));
  }
  return definitions;
}

const memo = new WeakMap<readonly Token[], LinkTarget[]>();
export function linkTargets(tokens: readonly Token[]): LinkTarget[] {
  let found = memo.get(tokens);
  if (!found) memo.set(tokens, (found = linkTargetsUncached(tokens)));
  return found.map((t) => ({ ...t }));
}
function linkTargetsUncached(tokens: readonly Token[]): LinkTarget[] {
  const definitions = new Map<string, string>();
  const found: Token[] = [];
  for (const token of descendants(tokens)) {
    if (token.type === "definition") {
      const label = firstOf(token, "definitionLabelString")?.text ?? "";
      const destination = decodeString(firstOf(token, "definitionDestinationString")?.text ?? "");
      if (!definitions.has(normaliseLabel(label))) definitions.set(normaliseLabel(label), destination);
    } else if (LINKS.has(token.type)) {
      found.push(token);
    }
  }
  const targets: LinkTarget[] = [];
  for (const token of found) {
    const place = { line: token.startLine, column: token.startColumn };
    if ((token.type as string) === "autolink") {
      const href = (firstOf(token, "autolinkProtocol") ?? firstOf(token, "autolinkEmail"))?.text ?? "";
      targets.push({ text: href, href, ...place });
    } else if ((token.type as string) === "literalAutolink") {
      targets.push({ text: token.text, href: token.text, ...place });
    } else {
      const text = firstOf(token, "labelText")?.text ?? "";
      const destination = firstOf(token, "resourceDestinationString")?.text;
      if (destination !== undefined) {
        targets.push({ text, href: decodeString(destination), ...place });
      } else if (firstOf(token, "resource")) {
        targets.push({ text, href: "", ...place }); // [text]() — an empty link
      } else {
        const reference = firstOf(token, "referenceString")?.text ?? text;
        const href = definitions.get(normaliseLabel(reference));
        if (href !== undefined) targets.push({ text, href, ...place });
      }
    }
  }
  return targets;
}
