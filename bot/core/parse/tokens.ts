// Small walkers over markdownlint's micromark tokens (markdownlint exports the tokens, not its helpers).
import type { MicromarkToken } from "markdownlint";

export type Token = MicromarkToken;

function walk(tokens: readonly Token[], skip: ReadonlySet<string> | undefined, into: Token[]): Token[] {
  for (const token of tokens) {
    into.push(token);
    if (token.children.length > 0 && !skip?.has(token.type)) walk(token.children, skip, into);
  }
  return into;
}

export function descendants(tokens: readonly Token[], skip?: ReadonlySet<string>): Token[] {
  return walk(tokens, skip, []);
}

function collect(tokens: readonly Token[], types: ReadonlySet<string>, into: Token[]): Token[] {
  for (const token of tokens) {
    if (types.has(token.type)) into.push(token);
    if (token.children.length > 0) collect(token.children, types, into);
  }
  return into;
}

export function findAll(tokens: readonly Token[], types: ReadonlySet<string>): Token[] {
  return collect(tokens, types, []);
}

export function firstOf(token: Token, type: string): Token | undefined {
  for (const child of token.children) {
    if (child.type === type) return child;
    const nested = child.children.length > 0 ? firstOf(child, type) : undefined;
    if (nested) return nested;
  }
  return undefined;
}
