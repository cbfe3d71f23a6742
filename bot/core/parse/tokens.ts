// Small walkers over markdownlint's micromark tokens (markdownlint exports the tokens, not its helpers).
import type { MicromarkToken } from "markdownlint";

export type Token = MicromarkToken;

export function* descendants(tokens: readonly Token[], skip?: ReadonlySet<string>): Generator<Token> {
  for (const token of tokens) {
    yield token;
    if (!skip?.has(token.type)) yield* descendants(token.children, skip);
  }
}

export function findAll(tokens: readonly Token[], types: ReadonlySet<string>): Token[] {
  const found: Token[] = [];
  for (const token of descendants(tokens)) if (types.has(token.type)) found.push(token);
  return found;
}

export function firstOf(token: Token, type: string): Token | undefined {
  for (const child of descendants(token.children)) if (child.type === type) return child;
  return undefined;
}
