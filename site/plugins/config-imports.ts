// What docusaurus.config.ts runs, gathered so that the config can load it through Node's own
// module loader instead of jiti (see the config for why).
export { default as remarkMath } from "remark-math";
export { sectionsSpec } from "../../bot/core/sections-spec.ts";
export { todayIn } from "../../bot/core/calendar.ts";
export { default as manualsPlugin } from "./manuals/index.ts";
export { default as booksPlugin } from "./book/index.ts";
export { default as statusPlugin } from "./status/index.ts";
export { manualFrontMatterHook } from "./manuals/front-matter.ts";
export { loadSiteData } from "./manuals/site-data.ts";
export { manualsSidebarItems } from "./manuals/sidebar.ts";
export { default as inertMarkdown } from "./remark/inert-markdown.ts";
export { default as manualSections } from "./remark/manual-sections.ts";
