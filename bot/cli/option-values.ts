// Checks of option values shared by the commands, each failing with a catalog message that says
// the allowed form and, where one is close, what was probably meant.
import { UsageError } from "../core/messages/message-error.ts";
import { closeMatch } from "../core/messages/suggestion.ts";

export const ARTICLE = /^제[0-9]+조(의[0-9]+)?(제[0-9]+항)?(제[0-9]+호)?$/;

export function unknownDepartment(value: string, known: string[]): UsageError {
  return new UsageError("cli.unknown-department", { value, known: known.join(", "), suggestion: closeMatch(value, known) ?? "" });
}

export function unknownLaw(value: string, known: string[]): UsageError {
  return new UsageError("cli.unknown-law", { value, suggestion: closeMatch(value, known) ?? "" });
}

/** 16 → 제16조, 16조의2 → 제16조의2, 제16조 1항 → 제16조제1항: the article someone writing `value` most likely meant. */
export function articleHint(value: string): string | undefined {
  const compact = value.replace(/\s+/g, "").replace(/^제?(\d+)(?:조)?(?:(?:의|-)(\d+))?(?:제?(\d+)항)?(?:제?(\d+)호)?$/, (_m, article: string, branch?: string, paragraph?: string, item?: string) =>
    `제${article}조${branch ? `의${branch}` : ""}${paragraph ? `제${paragraph}항` : ""}${item ? `제${item}호` : ""}`,
  );
  return ARTICLE.test(compact) ? compact : undefined;
}

/** The article in the registry's form, or a usage error that shows the form (and the likely intent). */
export function article(value: string, option = "--article"): string {
  if (ARTICLE.test(value)) return value;
  throw new UsageError("cli.bad-article", { option, value, hint: articleHint(value) ?? "" });
}

export function count(value: string, option: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new UsageError("cli.bad-count", { option, value });
  return n;
}
