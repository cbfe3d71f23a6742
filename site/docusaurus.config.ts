// The Work Manuals site: the approved manuals (../manuals) published as CommonMark docs, with the
// manuals plugin adding the gate, cards, history, law changes and Korean search.
//
// Environment (all optional):
//   MANUALS_ROOT       repository root to publish (default: the parent of site/)
//   MANUALS_TODAY      today's date (YYYY-MM-DD) for review-due dates (default: today in Korea)
//   SITE_URL, SITE_BASE_URL   where the site is served (set by the GitHub Pages workflow)
//   SITE_REPOSITORY_URL       the repository's web address, to link pull requests from the history
//                             and to offer "이 매뉴얼 고치기" (GitHub's web editor) and "오류 신고"
//   SITE_REPOSITORY_BRANCH    the branch the site is built from, which the web editor opens (default: main)
//   MANUALS_BOOKS      "off" builds no e-books or PDFs (the benchmark's baseline)
//   MANUALS_SITE_GATE  "warn" publishes manuals the check rejects. Only the site's own tests set it,
//                      to prove that a hostile manual stays inert even if it got past the check.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire, enableCompileCache } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Config } from "@docusaurus/types";
import type { Options as PresetOptions, ThemeConfig } from "@docusaurus/preset-classic";
import type { SectionsSchema } from "../bot/core/schemas.ts";
import type { SiteData } from "./plugins/manuals/site-data.ts";

// Docusaurus loads this file with jiti, which compiles every module it imports with Babel — ours
// and each ES-module package beneath them: 6.6 s on a clean machine, 1.5 s from jiti's cache in
// /tmp, against 0.2 s for a config without imports. Node 24 runs TypeScript and ES modules itself,
// so the code the config uses comes through Node's own require (require of ES modules), and jiti
// compiles only this file. Type-only imports above cost nothing. Node's compile cache (kept with
// Rspack's in site/node_modules/.cache, which `docusaurus clear` empties and the deploy workflow
// keeps) spares a rebuild stripping the types and compiling the same code again; it is keyed by
// each file's content.
enableCompileCache(fileURLToPath(new URL("node_modules/.cache/node", import.meta.url)));
const nodeRequire = createRequire(import.meta.url);
const {
  remarkMath,
  sectionsSpec,
  todayIn,
  manualsPlugin,
  booksPlugin,
  statusPlugin,
  manualFrontMatterHook,
  loadSiteData,
  manualsSidebarItems,
  inertMarkdown,
  manualSections,
} = nodeRequire("./plugins/config-imports.ts") as typeof import("./plugins/config-imports.ts");

// jiti (which loads this file) knows import.meta.url but not import.meta.dirname.
const siteDir = fileURLToPath(new URL(".", import.meta.url)).replace(/\/$/, "");
const root = resolve(process.env.MANUALS_ROOT ?? join(siteDir, ".."));
const manualsDir = join(root, "manuals");
const today = process.env.MANUALS_TODAY ?? todayIn("Asia/Seoul");
const baseUrl = process.env.SITE_BASE_URL ?? "/";
const gate = process.env.MANUALS_SITE_GATE === "warn" ? "warn" : "fail";
const spec = sectionsSpec(JSON.parse(readFileSync(join(root, "schemas/sections.schema.json"), "utf8")) as SectionsSchema);

const FASTER = { swcJsLoader: true, swcJsMinimizer: true, swcHtmlMinimizer: true, lightningCssMinimizer: true, rspackBundler: true, mdxCrossCompilerCache: true, ssgWorkerThreads: true, gitEagerVcs: true };

const PERSISTENT_CACHE_LIMIT = 3_000;
function usePersistentCache(setting: string | undefined): boolean {
  if (setting === "on" || setting === "off") return setting === "on";
  if (setting !== undefined && setting !== "auto") throw new Error(`MANUALS_SITE_PERSISTENT_CACHE must be on, off or auto, not "${setting}"`);
  const manuals = readdirSync(manualsDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md")).length;
  return manuals <= PERSISTENT_CACHE_LIMIT;
}
const persistentCache = usePersistentCache(process.env.MANUALS_SITE_PERSISTENT_CACHE);

let siteData: Promise<SiteData> | null = null;
const data = () => (siteData ??= Promise.resolve().then(() => loadSiteData({ root, today, cacheDir: join(root, ".cache/site"), gate, warn: (message) => console.warn(message) })));

const config: Config = {
  title: "업무매뉴얼",
  tagline: "승인된 업무매뉴얼을 PC와 휴대전화에서",
  url: process.env.SITE_URL ?? "http://localhost",
  baseUrl,
  trailingSlash: false,
  customFields: { repositoryUrl: process.env.SITE_REPOSITORY_URL ?? null, repositoryBranch: process.env.SITE_REPOSITORY_BRANCH ?? "main" },
  onBrokenLinks: "warn",
  onBrokenAnchors: "warn",
  favicon: "img/logo.svg",
  i18n: { defaultLocale: "ko", locales: ["ko"], localeConfigs: { ko: { label: "한국어", htmlLang: "ko-KR" } } },
  // @docusaurus/faster (Rspack, SWC, Lightning CSS). Rspack's persistent cache (in
  // site/node_modules/.cache) makes a rebuild compile only the pages that changed; a manual's page
  // is compiled again when its card would change too (plugins/manuals/card-stamps.ts). It keeps a
  // snapshot of every module in memory, which at 10,000 manuals pushed the build past 24 GB, so it
  // is on up to PERSISTENT_CACHE_LIMIT manuals unless MANUALS_SITE_PERSISTENT_CACHE says on or off.
  future: {
    faster: { ...FASTER, rspackPersistentCache: persistentCache },
    // No Git reading by Docusaurus: pages show no "last updated" (each manual's own history comes
    // from plugins/manuals/legal-history.ts), and reading every file's history up front cost
    // about 3 s of each build, beside the gate's check.
    experimental_vcs: false,
    v4: { removeLegacyPostBuildHeadAttribute: true },
  },
  markdown: {
    // .md is CommonMark, never MDX: `{`, `<` and import/export in a manual are text.
    format: "detect",
    parseFrontMatter: manualFrontMatterHook({ root, manualsDir, data, historyLimit: 20 }),
    hooks: { onBrokenMarkdownLinks: "warn" },
  },
  presets: [
    [
      "classic",
      {
        docs: {
          path: manualsDir,
          routeBasePath: "manuals",
          include: ["**/*.md"],
          exclude: ["**/files/**", "**/_*", "**/node_modules/**"],
          sidebarPath: join(siteDir, "sidebars.ts"),
          sidebarItemsGenerator: async ({ docs }) => manualsSidebarItems(docs, (await data()).registry),
          // remark-math only so that `$…$` is read as the core reads it; inert-markdown then
          // publishes it as typed (no math is rendered).
          beforeDefaultRemarkPlugins: [remarkMath, inertMarkdown],
          remarkPlugins: [[manualSections, { spec }]],
          breadcrumbs: true,
          showLastUpdateTime: false,
          showLastUpdateAuthor: false,
        },
        blog: false,
        pages: false,
        theme: { customCss: join(siteDir, "src/css/custom.css") },
        sitemap: { changefreq: "weekly" },
      } satisfies PresetOptions,
    ],
  ],
  plugins: [
    [manualsPlugin, { root, today, docsBase: `${baseUrl}manuals`, data }],
    [booksPlugin, { root, today, enabled: process.env.MANUALS_BOOKS !== "off" }],
    [statusPlugin, { data }],
  ],
  // An installable web app (manifest, colour, icon); the service worker for reading offline is
  // static/sw.js, installed by src/offline/register-worker.ts.
  headTags: [
    { tagName: "link", attributes: { rel: "manifest", href: `${baseUrl}manifest.json` } },
    { tagName: "meta", attributes: { name: "theme-color", content: "#1d4f91" } },
    { tagName: "link", attributes: { rel: "apple-touch-icon", href: `${baseUrl}img/logo.svg` } },
  ],
  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    docs: { sidebar: { autoCollapseCategories: false } },
    navbar: {
      title: "업무매뉴얼",
      logo: { alt: "업무매뉴얼 로고", src: "img/logo.svg" },
      items: [
        { type: "docSidebar", sidebarId: "manuals", label: "매뉴얼", position: "left" },
        { to: "/law-changes", label: "법령 변경", position: "left" },
        { to: "/status", label: "현황", position: "left" },
        { type: "search", position: "right" },
      ],
    },
    footer: {
      style: "light",
      links: [
        { label: "법령 변경 RSS", href: `pathname://${baseUrl}law-changes/rss.xml` },
        { label: "법령 변경 Atom", href: `pathname://${baseUrl}law-changes/atom.xml` },
      ],
      copyright: "업무매뉴얼 — 승인된 매뉴얼만 게시됩니다.",
    },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
  } satisfies ThemeConfig,
};

export default config;
