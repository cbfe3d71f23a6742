// The repository's GitHub Actions workflows, parsed, and what their `run:` scripts call: `npx
// manuals …` commands with their flags, npm scripts, and local files run with node or bash.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { projectRoot } from "../support/temp-repository.ts";

export const workflowsDir = join(projectRoot, ".github/workflows");

export interface Step {
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: string;
  id?: string;
}

export interface Job {
  name?: string;
  "runs-on"?: string;
  uses?: string;
  needs?: string | string[];
  steps?: Step[];
  permissions?: Record<string, string> | string;
}

export interface Workflow {
  file: string;
  errors: string[];
  data: { name?: string; on?: unknown; permissions?: Record<string, string> | string; jobs?: Record<string, Job>; concurrency?: unknown };
}

export function readWorkflows(): Workflow[] {
  return readdirSync(workflowsDir)
    .filter((f) => f.endsWith(".yml") || f.endsWith(".yaml"))
    .sort()
    .map((file) => {
      const doc = parseDocument(readFileSync(join(workflowsDir, file), "utf8"), { uniqueKeys: true });
      return { file, errors: [...doc.errors, ...doc.warnings].map((e) => e.message), data: (doc.toJS() ?? {}) as Workflow["data"] };
    });
}

export interface ManualsCall {
  /** e.g. ["laws", "check"] */
  command: string[];
  flags: string[];
  line: string;
}

/** The script's logical lines: continuations joined, comments dropped. */
function lines(script: string): string[] {
  return script
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

/** `npx manuals <words…> --flags` in a script. Which words are subcommands is decided by the caller. */
export function manualsCalls(script: string): { words: string[]; flags: string[]; line: string }[] {
  const calls = [];
  for (const line of lines(script)) {
    for (const match of line.matchAll(/npx manuals((?:\s+[^|;&>]+)*)/g)) {
      const rest = match[1] ?? "";
      const words = [...rest.matchAll(/(?:^|\s)([a-z][a-z-]*)(?=\s|$)/g)].map((m) => m[1]!);
      const flags = [...rest.matchAll(/(?:^|[\s{+])(--?[a-zA-Z][a-zA-Z-]*)/g)].map((m) => m[1]!);
      calls.push({ words, flags, line });
    }
  }
  return calls;
}

export function npmScripts(script: string): string[] {
  const names: string[] = [];
  for (const line of lines(script)) {
    for (const match of line.matchAll(/npm run(?:\s+--silent)?\s+([a-zA-Z0-9:_-]+)/g)) names.push(match[1]!);
    if (/npm test\b/.test(line)) names.push("test");
  }
  return names;
}

/** Files the script runs: `node <path>`, `bash <path>`, `./path`. */
export function localScripts(script: string): string[] {
  const paths: string[] = [];
  for (const line of lines(script)) {
    for (const match of line.matchAll(/(?:^|\s|=\S*\s)(?:node|bash|sh)\s+((?:\.{0,2}\/)?[\w./-]+\.(?:ts|mjs|js|sh))/g)) paths.push(match[1]!);
    for (const match of line.matchAll(/(?:^|\s)(\.\/[\w./-]+)/g)) paths.push(match[1]!);
  }
  return paths;
}
