// The status board of a working tree: the core's numbers over the check's summaries (the check's
// cache makes a second look at unchanged manuals free).
import { statusBoard, type StatusBoard } from "../core/status/status.ts";
import { runCheck } from "./check/run-check.ts";
import { localRegistry } from "./registry.ts";

export interface LocalStatusInput {
  root: string;
  today: string;
  withinDays?: number;
  lawLimit?: number;
}

export async function readStatusBoard({ root, today, withinDays = 30, lawLimit = 10 }: LocalStatusInput): Promise<StatusBoard> {
  const { registry } = localRegistry(root); // a broken registry is one sentence and exit 2, as for every command
  const { summaries } = await runCheck({ root, cwd: root, paths: [], cache: true, today });
  return statusBoard({ summaries, registry, today, withinDays, lawLimit });
}
