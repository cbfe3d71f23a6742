// Manual front matter is data for the card, not instructions to Docusaurus: only id, title and
// tags reach it (so a manual cannot set slug, custom_edit_url, mdx.format …), and the card,
// resolved against the registry and git history, travels with the page under `manual`.
import { relative, sep } from "node:path";
import type { ParseFrontMatter } from "@docusaurus/types";
import { manualCard } from "./manual-card.ts";
import { manualSummary } from "./manual-summary.ts";
import type { SiteData } from "./site-data.ts";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface FrontMatterHookInput {
  root: string;
  manualsDir: string;
  data: () => Promise<SiteData>;
  historyLimit: number;
}

export function docusaurusFrontMatter(raw: Record<string, unknown>, card: unknown): Record<string, unknown> {
  const tags = Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === "string" && t.trim() !== "") : [];
  return {
    ...(typeof raw.id === "string" && SLUG.test(raw.id) ? { id: raw.id } : {}),
    ...(typeof raw.title === "string" ? { title: raw.title } : {}),
    tags,
    manual: card,
  };
}

export function manualFrontMatterHook({ root, manualsDir, data, historyLimit }: FrontMatterHookInput): ParseFrontMatter {
  return async ({ filePath, fileContent, defaultParseFrontMatter }) => {
    const parsed = await defaultParseFrontMatter({ filePath, fileContent });
    if (!filePath.startsWith(manualsDir + sep)) return parsed;
    const site = await data();
    const file = relative(root, filePath).split(sep).join("/");
    const raw = parsed.frontMatter as Record<string, unknown>;
    const card = { ...manualCard({ file, frontMatter: raw, registry: site.registry, history: site.historyOf(file), builtOn: site.today, historyLimit }), summary: manualSummary(fileContent, site.spec) };
    return { ...parsed, frontMatter: docusaurusFrontMatter(raw, card) };
  };
}
