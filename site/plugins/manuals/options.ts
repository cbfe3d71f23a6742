// The manuals plugin's options: documented, defaulted and validated (ajv, as the rest of the project).
import { Ajv } from "ajv";
import type { SiteData } from "./site-data.ts";

export interface PluginOptions {
  /** Repository root: manuals/, schemas/ and the git history are read from here. */
  root: string;
  /** The docs plugin's routeBasePath, with the base URL, e.g. "/manuals". */
  docsBase: string;
  /** Today in Korea (YYYY-MM-DD): review-due dates and the check's future-date rule use it. */
  today: string;
  /** Manuals shown per department in the home page's "처음 오셨나요?" path. */
  readingPathLength: number;
  /** Recently changed manuals on the home page. */
  recentCount: number;
  /** Entries on the law-changes page. */
  lawChangesLimit: number;
  /** Entries in the law-changes feeds. */
  feedLimit: number;
  /** Site data shared with the front-matter hook (loaded once per build, the gate's check included). */
  data: () => Promise<SiteData>;
}

export const DEFAULT_OPTIONS = {
  docsBase: "/manuals",
  readingPathLength: 5,
  recentCount: 10,
  lawChangesLimit: 200,
  feedLimit: 50,
} as const satisfies Partial<PluginOptions>;

const schema = {
  type: "object",
  required: ["root", "today"],
  properties: {
    root: { type: "string", minLength: 1 },
    docsBase: { type: "string", pattern: "^/" },
    today: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
    readingPathLength: { type: "integer", minimum: 1 },
    recentCount: { type: "integer", minimum: 0 },
    lawChangesLimit: { type: "integer", minimum: 1 },
    feedLimit: { type: "integer", minimum: 1 },
  },
};

const validate = new Ajv({ allErrors: true }).compile(schema);

export function normaliseOptions(options: Partial<PluginOptions>): PluginOptions {
  const merged = { ...DEFAULT_OPTIONS, ...options };
  const { data, ...plain } = merged;
  if (!validate(plain) || typeof data !== "function") {
    const detail = (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`).join("; ") || "data must be a function";
    throw new Error(`manuals plugin: 옵션이 올바르지 않습니다 / invalid options: ${detail}`);
  }
  return merged as PluginOptions;
}
