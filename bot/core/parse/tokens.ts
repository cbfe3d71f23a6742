// Walkers over markdownlint's micromark tokens (markdownlint exports the tokens, not its helpers).
// Each walk keeps its own stack instead of recursing: a manual can nest containers deeply enough to
// overflow the call stack, and a walk must never be what takes the check down.
import type { MicromarkToken } from "markdownlint";

export type Token = MicromarkToken;

/**
 * Visits `tokens` and their descendants in document order (a token before its children). `skip`
 * names token types whose children are not visited; `visit` returning false does the same for one token.
 */
export function walk(tokens: readonly Token[], visit: (token: Token) => boolean | void, skip?: ReadonlySet<string>): void {
  // Pending siblings, pushed in reverse so the next token in document order is on top.
  const stack: Token[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) stack.push(tokens[i]!);
  while (stack.length > 0) {
    const token = stack.pop()!;
    const descend = visit(token) !== false;
    if (!descend || token.children.length === 0 || skip?.has(token.type)) continue;
    for (let i = token.children.length - 1; i >= 0; i--) stack.push(token.children[i]!);
  }
}

/** Every token of `tokens` and their descendants, in document order; `skip` as in walk. */
export function descendants(tokens: readonly Token[], skip?: ReadonlySet<string>): Token[] {
  const into: Token[] = [];
  walk(tokens, (token) => void into.push(token), skip);
  return into;
}

/** The tokens of `types` among `tokens` and their descendants, in document order. */
export function findAll(tokens: readonly Token[], types: ReadonlySet<string>, skip?: ReadonlySet<string>): Token[] {
  const into: Token[] = [];
  walk(
    tokens,
    (token) => {
      if (types.has(token.type)) into.push(token);
    },
    skip,
  );
  return into;
}

/** The first descendant of `token` of the given type, in document order. */
export function firstOf(token: Token, type: string): Token | undefined {
  let found: Token | undefined;
  walk(token.children, (child) => {
    if (found) return false;
    if (child.type === type) {
      found = child;
      return false;
    }
    return true;
  });
  return found;
}
