// GitHub's REST description from @octokit/openapi, read once per process, and the rewrite of its
// schemas for ajv: OpenAPI 3.0's `nullable` becomes draft-07 (ajv rejects `nullable` without `type`,
// which GitHub's description uses 145 times), and component $refs become ids the contract registers.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

export type JsonObject = Record<string, unknown>;

export interface ParameterObject {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: JsonObject;
}

export interface MediaObject {
  schema?: JsonObject;
}

export interface ResponseObject {
  content?: Record<string, MediaObject>;
}

export interface OperationObject {
  operationId: string;
  parameters?: (ParameterObject | { $ref: string })[];
  requestBody?: { required?: boolean; content?: Record<string, MediaObject> };
  responses: Record<string, ResponseObject | { $ref: string }>;
}

export interface GitHubSpec {
  paths: Record<string, Record<string, OperationObject>>;
  components: {
    schemas: Record<string, JsonObject>;
    parameters: Record<string, ParameterObject>;
    responses: Record<string, ResponseObject>;
  };
}

/** Component schema NAME is registered with ajv as `${SCHEMA_ID_PREFIX}NAME`. */
export const SCHEMA_ID_PREFIX = "https://api.github.com/openapi/schemas/";
const LOCAL_SCHEMA_REF = "#/components/schemas/";

let loading: Promise<GitHubSpec> | undefined;

/** The description as published, loaded on first use and shared by every fake in the process. */
export function loadGitHubSpec(): Promise<GitHubSpec> {
  loading ??= (async () => {
    const file = createRequire(import.meta.url).resolve("@octokit/openapi/generated/api.github.com.json");
    return JSON.parse(await readFile(file, "utf8")) as GitHubSpec;
  })();
  return loading;
}

/**
 * Rewrites an OpenAPI 3.0 schema into draft-07: `nullable: true` adds "null" to the type (and the
 * enum), or wraps a type-less schema in `anyOf [schema, {type: null}]`; component refs become ids.
 */
export function toJsonSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJsonSchema);
  if (value === null || typeof value !== "object") return value;
  const source = value as JsonObject;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(source)) {
    if (key === "nullable" && typeof child === "boolean") continue;
    if (key === "$ref" && typeof child === "string" && child.startsWith(LOCAL_SCHEMA_REF)) out[key] = `${SCHEMA_ID_PREFIX}${child.slice(LOCAL_SCHEMA_REF.length)}`;
    else out[key] = toJsonSchema(child);
  }
  if (source.nullable !== true) return out;
  if (typeof out.type === "string") {
    out.type = [out.type, "null"];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: "null" }] };
}

/** The component names a converted schema refers to directly. */
export function referencedSchemas(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) referencedSchemas(item, into);
  else if (schema !== null && typeof schema === "object") {
    for (const [key, child] of Object.entries(schema)) {
      if (key === "$ref" && typeof child === "string" && child.startsWith(SCHEMA_ID_PREFIX)) into.add(child.slice(SCHEMA_ID_PREFIX.length));
      else referencedSchemas(child, into);
    }
  }
  return into;
}
