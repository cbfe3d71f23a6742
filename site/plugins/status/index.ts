// The status plugin: the "현황" page (site/src/components/StatusPage) from the core's status
// board (bot/local/status-board.ts, the numbers `manuals status` prints), its charts laid out
// here at build time.
import type { LoadContext, Plugin } from "@docusaurus/types";
import { readStatusBoard } from "../../../bot/local/status-board.ts";
import { barChart } from "./bar-chart.ts";

export const STATUS_PATH = "status";

export interface StatusOptions {
  root: string;
  today: string;
}

/** `rawOptions` are the StatusOptions docusaurus.config.ts passes (typed unknown, as Docusaurus declares a plugin's options). */
export default function statusPlugin(context: LoadContext, rawOptions: unknown): Plugin {
  const options = rawOptions as StatusOptions;
  return {
    name: "work-manuals-status",
    async allContentLoaded({ actions }) {
      const board = readStatusBoard({ root: options.root, today: options.today });
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
