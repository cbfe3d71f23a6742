// Where a run's CPU time went: reads the .cpuprofile files Node writes with --cpu-prof (one per
// thread) and adds up self time by where the code lives, so a bench can say what dominated.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Ordered: the first matching category names a frame. */
const categories: { name: string; matches: (url: string, fn: string) => boolean }[] = [
  { name: "idle (waiting for work)", matches: (_, fn) => fn === "(idle)" || fn === "atomicsWaitLoop" },
  { name: "garbage collection", matches: (_, fn) => fn === "(garbage collector)" },
  { name: "micromark parse (markdownlint's parser)", matches: (url) => /node_modules\/micromark|markdownlint\/lib\/micromark-parse/.test(url) },
  { name: "markdownlint rules and set-up", matches: (url) => /node_modules\/markdownlint\//.test(url) },
  { name: "project rules and token walks (bot/core)", matches: (url) => /bot\/core\/(validate\/markdown-rules|parse\/(tokens|links))/.test(url) },
  { name: "projection of the document (parse/project, visible)", matches: (url) => /bot\/core\/parse\/(parse-manual|project|visible|citations|read-manual|lint-manuals)/.test(url) },
  { name: "input bounds and decoding", matches: (url) => /bot\/core\/parse\/(input-limits|decode)/.test(url) },
  { name: "front matter YAML", matches: (url) => /node_modules\/yaml\/|bot\/core\/parse\/(front-matter|yaml-source)/.test(url) },
  { name: "schema validation (ajv)", matches: (url) => /node_modules\/(ajv|fast-uri)/.test(url) },
  { name: "repository rules and the rest of bot/", matches: (url) => /\/bot\//.test(url) },
  { name: "module loading and Node internals", matches: (url) => url.startsWith("node:") || url === "" },
];

export interface CpuBreakdown {
  threads: number;
  totalMs: number;
  /** Largest first. */
  parts: { name: string; ms: number; share: number }[];
}

export function cpuBreakdown(dir: string): CpuBreakdown {
  const totals = new Map<string, number>();
  let totalMs = 0;
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(dir, file), "utf8")) as Profile;
    const nameOf = new Map<number, string>();
    for (const node of profile.nodes) {
      const { url, functionName } = node.callFrame;
      nameOf.set(node.id, categories.find((c) => c.matches(url, functionName))?.name ?? "other libraries");
    }
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const name = nameOf.get(id) ?? "other libraries";
      totals.set(name, (totals.get(name) ?? 0) + ms);
      totalMs += ms;
    });
  }
  const parts = [...totals]
    .map(([name, ms]) => ({ name, ms, share: totalMs ? ms / totalMs : 0 }))
    .sort((a, b) => b.ms - a.ms);
  return { threads: files.length, totalMs, parts };
}
