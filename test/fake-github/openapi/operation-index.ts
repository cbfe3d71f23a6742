// Finds the documented operation for a request: method + path matched against every path template of
// GitHub's description, the most specific template winning (/issues/comments/{id} over /issues/{number}).
import type { GitHubSpec, OperationObject, ParameterObject } from "./github-spec.ts";

export interface Operation {
  operationId: string;
  method: string;
  /** The documented path template, e.g. /repos/{owner}/{repo}/pulls/{pull_number}. */
  template: string;
  definition: OperationObject;
  parameters: ParameterObject[];
}

export interface OperationMatch {
  operation: Operation;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
}

interface Candidate {
  operation: Operation;
  pattern: RegExp;
  names: string[];
  literals: number;
}

/** Parameters whose values contain slashes on GitHub (a file path, a ref under /git/). */
function isGreedy(template: string, name: string): boolean {
  return name === "path" || (name === "ref" && template.includes("/git/"));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function resolveParameter(spec: GitHubSpec, parameter: ParameterObject | { $ref: string }): ParameterObject {
  if ("$ref" in parameter) {
    const name = parameter.$ref.replace("#/components/parameters/", "");
    const resolved = spec.components.parameters[name];
    if (!resolved) throw new Error(`GitHub's description has no parameter ${parameter.$ref}.`);
    return resolved;
  }
  return parameter;
}

function compileTemplate(template: string, parameters: ParameterObject[]): { pattern: RegExp; names: string[]; literals: number } {
  const names: string[] = [];
  let literals = 0;
  let source = "";
  for (const segment of template.split("/").slice(1)) {
    const match = /^\{(\w+)\}$/.exec(segment);
    if (!match) {
      literals += 1;
      source += `/${escapeRegExp(segment)}`;
      continue;
    }
    const name = match[1] as string;
    names.push(name);
    const type = parameters.find((parameter) => parameter.name === name && parameter.in === "path")?.schema?.type;
    if (name === "path") source += "(?:/(.*))?"; // the repository root is /contents (octokit drops the trailing slash)
    else if (isGreedy(template, name)) source += "/(.+)";
    else if (type === "integer") source += "/(\\d+)";
    else source += "/([^/]+)";
  }
  return { pattern: new RegExp(`^${source}/?$`), names, literals };
}

export class OperationIndex {
  readonly #byMethod = new Map<string, Candidate[]>();

  constructor(spec: GitHubSpec) {
    for (const [template, methods] of Object.entries(spec.paths)) {
      for (const [method, definition] of Object.entries(methods)) {
        if (typeof definition !== "object" || definition === null || !("operationId" in definition)) continue;
        const parameters = (definition.parameters ?? []).map((parameter) => resolveParameter(spec, parameter));
        const operation: Operation = { operationId: definition.operationId, method: method.toUpperCase(), template, definition, parameters };
        const candidates = this.#byMethod.get(operation.method) ?? [];
        candidates.push({ operation, ...compileTemplate(template, parameters) });
        this.#byMethod.set(operation.method, candidates);
      }
    }
    for (const candidates of this.#byMethod.values()) {
      candidates.sort((a, b) => b.literals - a.literals || a.names.length - b.names.length);
    }
  }

  match(method: string, pathname: string): OperationMatch | undefined {
    for (const candidate of this.#byMethod.get(method.toUpperCase()) ?? []) {
      const found = candidate.pattern.exec(pathname);
      if (!found) continue;
      const params: Record<string, string> = {};
      candidate.names.forEach((name, index) => {
        params[name] = decode(found[index + 1] ?? "");
      });
      return { operation: candidate.operation, params };
    }
    return undefined;
  }
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
