// The site's manuals plugin: thin hooks over the core and the pure builders beside this file.
//   loadContent        the site data: the gate (manuals check), registry, summaries, legal history;
//                      each manual's card stamp for Rspack's persistent cache (card-stamps.ts)
//   configureWebpack   the loader that makes the stamp a dependency of the manual's page
//   allContentLoaded   home, law-changes and search pages, from the docs the docs plugin loaded
//   postBuild          the search index and the law-changes feeds
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LoadContext, Plugin } from "@docusaurus/types";
import type { LawChangesData } from "../../src/data/types.ts";
import { writeCardStamps } from "./card-stamps.ts";
import { homeData } from "./home-data.ts";
import { lawChangeEntries } from "./law-changes-data.ts";
import { lawChangeFeeds } from "./law-changes-feed.ts";
import { manualDocs, type DocLike, type ManualDoc } from "./manual-docs.ts";
import { normaliseOptions, type PluginOptions } from "./options.ts";
import { buildSearchIndex } from "./search-index.ts";
import { readSynonyms } from "../../../bot/local/synonyms.ts";

export const LAW_CHANGES_PATH = "law-changes";
/** The page the service worker shows for a page it does not have, offline (src/offline/). */
export const OFFLINE_PATH = "offline";

interface DocsContent {
  loadedVersions: { docs: DocLike[] }[];
}

export default function manualsPlugin(context: LoadContext, rawOptions: unknown): Plugin {
  const options = normaliseOptions(rawOptions as Partial<PluginOptions>);
  const { baseUrl, siteDir } = context;
  const feeds = { rss: `${baseUrl}${LAW_CHANGES_PATH}/rss.xml`, atom: `${baseUrl}${LAW_CHANGES_PATH}/atom.xml` };
  const stampDir = join(options.root, ".cache/site/cards");
  let docs: ManualDoc[] = [];
  let lawChanges: LawChangesData | null = null;

  return {
    name: "work-manuals",

    async loadContent() {
      const site = await options.data(); // the gate's check runs here, before any page is made
      writeCardStamps(site, stampDir);
    },

    configureWebpack(config) {
      const manualsDir = join(options.root, "manuals");
      // Rspack keeps its persistent cache under the working directory unless told otherwise (the
      // repository root for `npm run build:site`), where neither `docusaurus clear` nor the deploy
      // workflow's cache looks: it goes in site/node_modules/.cache with the site's other caches.
      const cache = (config as { experiments?: { cache?: unknown } }).experiments?.cache;
      const storage = cache && typeof cache === "object" ? { experiments: { cache: { storage: { type: "filesystem", directory: join(siteDir, "node_modules/.cache/rspack") } } } } : {};
      return {
        ...storage,
        module: {
          rules: [{ test: /\.md$/i, include: [manualsDir], enforce: "pre" as const, use: [{ loader: fileURLToPath(new URL("card-dependency-loader.cjs", import.meta.url)), options: { root: options.root, stampDir } }] }],
        },
      };
    },

    async allContentLoaded({ allContent, actions }) {
      const site = await options.data();
      const content = allContent["docusaurus-plugin-content-docs"]?.default as DocsContent | undefined;
      docs = manualDocs(content?.loadedVersions[0]?.docs ?? [], (source) => source.replace(/^@site\//, `${siteDir}/`));
      const home = homeData({ docs, registry: site.registry, commits: site.commits, docsBase: options.docsBase, pathLength: options.readingPathLength, recentCount: options.recentCount });
      lawChanges = { entries: lawChangeEntries(site.commits, docs, site.registry, options.lawChangesLimit), feeds, historyAvailable: site.historyAvailable };
      actions.addRoute({ path: baseUrl, exact: true, component: "@site/src/components/HomePage/index.tsx", modules: { home: await actions.createData("home.json", JSON.stringify(home)) } });
      actions.addRoute({
        path: `${baseUrl}${LAW_CHANGES_PATH}`,
        exact: true,
        component: "@site/src/components/LawChangesPage/index.tsx",
        modules: { changes: await actions.createData("law-changes.json", JSON.stringify(lawChanges)) },
      });
      actions.addRoute({ path: `${baseUrl}search`, exact: true, component: "@site/src/components/SearchPage/index.tsx" });
      actions.addRoute({ path: `${baseUrl}${OFFLINE_PATH}`, exact: true, component: "@site/src/components/OfflinePage/index.tsx" });
    },

    injectHtmlTags() {
      return {
        headTags: [
          { tagName: "link", attributes: { rel: "alternate", type: "application/rss+xml", title: "법령 변경 (RSS)", href: feeds.rss } },
          { tagName: "link", attributes: { rel: "alternate", type: "application/atom+xml", title: "법령 변경 (Atom)", href: feeds.atom } },
        ],
      };
    },

    getClientModules() {
      return [join(siteDir, "src/offline/register-worker.ts"), join(siteDir, "src/offline/remember-visited.ts")];
    },

    async postBuild({ outDir, siteConfig }) {
      const write = (path: string, text: string) => {
        const file = join(outDir, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      };
      const site = await options.data();
      const index = buildSearchIndex(
        docs.map((doc) => {
          // The core's reading: visible text only (no front matter, link addresses or hidden text).
          const reading = doc.card ? site.manuals.get(doc.card.file)?.reading : undefined;
          return {
            title: doc.title,
            permalink: doc.permalink,
            where: doc.card ? `${doc.card.institution.name} · ${doc.card.department.name}` : doc.dir,
            tags: doc.tags,
            department: doc.card?.department.name ?? "",
            body: reading?.text ?? "",
            summary: reading?.overview ?? "",
          };
        }),
        readSynonyms(options.root).synonyms,
      );
      for (const [path, text] of index.files) write(path, text);
      const entries = (lawChanges?.entries ?? []).slice(0, options.feedLimit);
      const feed = lawChangeFeeds({ entries, origin: siteConfig.url, title: `${siteConfig.title} — 법령 변경`, pagePath: `${baseUrl}${LAW_CHANGES_PATH}`, feeds });
      write(`${LAW_CHANGES_PATH}/rss.xml`, feed.rss);
      write(`${LAW_CHANGES_PATH}/atom.xml`, feed.atom);
    },
  };
}
