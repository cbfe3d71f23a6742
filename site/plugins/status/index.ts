// The status plugin: the "현황" page (site/src/components/StatusPage) from the core's status
// board (the numbers `manuals status` prints) over the summaries the build's gate already has,
// its charts laid out here at build time.
import type { LoadContext, Plugin } from "@docusaurus/types";
import { statusBoard } from "../../../bot/core/status/status.ts";
import type { SiteData } from "../manuals/site-data.ts";
import { barChart } from "./bar-chart.ts";

export const STATUS_PATH = "status";

export interface StatusOptions {
  /** The site data the manuals plugin shares (the gate's check, the registry). */
  data: () => Promise<SiteData>;
}

/** `rawOptions` are the StatusOptions docusaurus.config.ts passes (typed unknown, as Docusaurus declares a plugin's options). */
export default function statusPlugin(context: LoadContext, rawOptions: unknown): Plugin {
  const options = rawOptions as StatusOptions;
  return {
    name: "work-manuals-status",
    async allContentLoaded({ actions }) {
      const site = await options.data();
      if (!site.registry) return; // the gate has already stopped the build (or, under gate=warn, reported it)
      const board = statusBoard({ summaries: [...site.manuals.values()], registry: site.registry, today: site.today, withinDays: 30, lawLimit: 10 });
      const charts = {
        departments: barChart(board.departments.map((d) => ({ label: d.name, value: d.manuals }))),
        people: barChart(board.people.slice(0, 15).map((p) => ({ label: board.names[p.login] ?? `@${p.login}`, value: p.owner + p.deputy }))),
        laws: barChart(board.laws.map((l) => ({ label: l.name, value: l.manuals })), { left: 240 }),
      };
      actions.addRoute({
        path: `${context.baseUrl}${STATUS_PATH}`,
        exact: true,
        component: "@site/src/components/StatusPage/index.tsx",
        modules: { status: await actions.createData("status.json", JSON.stringify({ board, charts })) },
      });
    },
  };
}
