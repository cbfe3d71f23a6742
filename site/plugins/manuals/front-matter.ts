// Manual front matter is data for the card, not instructions to Docusaurus: only id, title,
// description (the core's summary line) and tags reach it (so a manual cannot set slug,
// custom_edit_url, mdx.format …), and the card, resolved against the registry and git history, travels with the page under `manual`.
// The front matter is read once, by the core: the gate's check summarised every manual; a file
// the check could not summarise (published only under gate=warn) is read by the core's
// front-matter reader here. Docusaurus's own YAML reading is never used for a manual.
import { relative, sep } from "node:path";
import type { ParseFrontMatter } from "@docusaurus/types";
import { parseFrontMatter } from "../../../bot/core/parse/front-matter.ts";
import { summariseFrontMatter, type ManualSummary } from "../../../bot/core/validate/manual-summary.ts";
import { manualCard } from "./manual-card.ts";
import type { SiteData } from "./site-data.ts";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface FrontMatterHookInput {
  root: string;
  manualsDir: string;
  data: () => Promise<SiteData>;
  historyLimit: number;
}

export function docusaurusFrontMatter(summary: ManualSummary, card: unknown): Record<string, unknown> {
  const tags = (summary.tags ?? []).filter((t) => t.trim() !== "");
  return {
    ...(summary.id && SLUG.test(summary.id.value) ? { id: summary.id.value } : {}),
    ...(summary.title !== undefined ? { title: summary.title } : {}),
    // The page's meta description and its card on the department page: the first sentence of 업무개요.
    ...(summary.reading?.overview ? { description: summary.reading.overview } : {}),
    tags,
    manual: card,
  };
}

/** The core's summary of the manual, and the body Docusaurus renders (the lines after the front matter). */
function readManual(file: string, fileContent: string, site: SiteData): { summary: ManualSummary; content: string } {
  const lines = fileContent.split(/\r\n|\r|\n/);
  const checked = site.manuals.get(file);
  if (checked?.reading) return { summary: checked, content: lines.slice(checked.reading.bodyLine - 1).join("\n") };
  const frontMatter = parseFrontMatter(lines);
  return { summary: summariseFrontMatter(file, frontMatter.data, frontMatter.locate), content: lines.slice(frontMatter.lineCount).join("\n") };
}

export function manualFrontMatterHook({ root, manualsDir, data, historyLimit }: FrontMatterHookInput): ParseFrontMatter {
  return async ({ filePath, fileContent, defaultParseFrontMatter }) => {
    if (!filePath.startsWith(manualsDir + sep)) return defaultParseFrontMatter({ filePath, fileContent });
    const site = await data();
    const file = relative(root, filePath).split(sep).join("/");
    const { summary, content } = readManual(file, fileContent, site);
    const card = manualCard({ summary, registry: site.registry, history: site.historyOf(file), builtOn: site.today, historyLimit });
    return { frontMatter: docusaurusFrontMatter(summary, card), content };
  };
}
