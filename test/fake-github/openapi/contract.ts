// Checks requests and responses against GitHub's description, so that a call the real API would not
// accept, or an answer the real API would not give, fails the test instead of passing against the fake.
// Validators are compiled on first use per operation and status, then cached for the process; only
// the component schemas they reach are converted and registered.
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { loadGitHubSpec, referencedSchemas, SCHEMA_ID_PREFIX, toJsonSchema, type GitHubSpec, type JsonObject, type ResponseObject } from "./github-spec.ts";
import { OperationIndex, type Operation, type OperationMatch } from "./operation-index.ts";

export interface SchemaProblem {
  /** "limit" problems (too many items, too long) are refusals GitHub itself sends as 422; "shape" ones are client or fake bugs. */
  kind: "shape" | "limit";
  message: string;
  errors: ErrorObject[];
}

/** Keywords that encode GitHub's documented limits; exceeding one gets a 422 from GitHub, not a crash. */
const LIMIT_KEYWORDS = new Set(["maxItems", "minItems", "maxLength", "minLength", "maximum", "minimum"]);

const BASIC_ERROR = { $ref: "#/components/schemas/basic-error" };

function problem(validate: ValidateFunction, ajv: Ajv, dataVar: string): SchemaProblem {
  const errors = validate.errors ?? [];
  return {
    kind: errors.every((error) => LIMIT_KEYWORDS.has(error.keyword)) ? "limit" : "shape",
    message: ajv.errorsText(errors, { dataVar, separator: "; " }),
    errors,
  };
}

export class OpenApiContract {
  readonly index: OperationIndex;
  readonly #spec: GitHubSpec;
  readonly #ajv: Ajv;
  readonly #validators = new Map<string, ValidateFunction | null>();
  readonly #registered = new Set<string>();

  constructor(spec: GitHubSpec) {
    this.#spec = spec;
    this.index = new OperationIndex(spec);
    this.#ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, addUsedSchema: false });
    // ajv-formats ships CommonJS with a default export object; the callable sits on .default under ESM.
    const formats = ((addFormats as unknown as { default?: unknown }).default ?? addFormats) as (ajv: Ajv) => void;
    formats(this.#ajv);
    this.#ajv.addFormat("int64", true);
    this.#ajv.addFormat("repo.nwo", true);
  }

  match(method: string, pathname: string): OperationMatch | undefined {
    return this.index.match(method, pathname);
  }

  #compile(key: string, schema: () => JsonObject | undefined): ValidateFunction | null {
    let validate = this.#validators.get(key);
    if (validate === undefined) {
      const source = schema();
      const converted = source && (toJsonSchema(source) as JsonObject);
      if (converted) this.#register(referencedSchemas(converted));
      validate = converted ? this.#ajv.compile(converted) : null;
      this.#validators.set(key, validate);
    }
    return validate;
  }

  #register(names: Set<string>): void {
    for (const name of names) {
      if (this.#registered.has(name)) continue;
      const source = this.#spec.components.schemas[name];
      if (!source) throw new Error(`GitHub's description has no schema ${name}.`);
      this.#registered.add(name);
      const converted = toJsonSchema(source) as JsonObject;
      this.#ajv.addSchema(converted, `${SCHEMA_ID_PREFIX}${name}`);
      this.#register(referencedSchemas(converted));
    }
  }

  /** Problems with a JSON request body, or undefined when it is what the operation documents. */
  checkRequestBody(operation: Operation, body: unknown): SchemaProblem | undefined {
    const validate = this.#compile(`${operation.operationId} request`, () => operation.definition.requestBody?.content?.["application/json"]?.schema);
    if (validate === null) return undefined;
    if (body === undefined) {
      if (!operation.definition.requestBody?.required) return undefined;
      return { kind: "shape", message: "the request has no body; this operation requires a JSON body", errors: [] };
    }
    return validate(body) ? undefined : problem(validate, this.#ajv, "body");
  }

  /** Problems with the documented query parameters that were given (strings coerced as GitHub parses them). */
  checkQuery(operation: Operation, query: URLSearchParams): SchemaProblem | undefined {
    for (const parameter of operation.parameters) {
      if (parameter.in !== "query" || !parameter.schema || !query.has(parameter.name)) continue;
      const validate = this.#compile(`${operation.operationId} query ${parameter.name}`, () => parameter.schema);
      const raw = query.get(parameter.name) as string;
      const type = parameter.schema.type;
      const value = (type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : type === "boolean" && /^(true|false)$/.test(raw) ? raw === "true" : raw;
      if (validate && !validate(value)) return problem(validate, this.#ajv, `query.${parameter.name}`);
    }
    return undefined;
  }

  /**
   * Problems with a response body for `status`. A documented status is checked against its schema;
   * an undocumented error status against GitHub's basic error; an undocumented success is a problem.
   */
  checkResponse(operation: Operation, status: number, body: unknown): SchemaProblem | undefined {
    const documented = operation.definition.responses[String(status)] ?? operation.definition.responses.default;
    if (!documented) {
      if (status < 400) return { kind: "shape", message: `status ${status} is not documented for ${operation.operationId}`, errors: [] };
      const validate = this.#compile("basic-error", () => BASIC_ERROR);
      return !validate || validate(body) ? undefined : problem(validate, this.#ajv, "response");
    }
    const response = this.#resolveResponse(documented);
    const media = response.content?.["application/json"] ?? Object.values(response.content ?? {})[0];
    // GitHub documents some refusals without a body (e.g. 422 of pulls/request-reviewers) yet sends its usual error.
    const schema = media?.schema ?? (status >= 400 ? BASIC_ERROR : undefined);
    if (!schema) {
      return body === undefined ? undefined : { kind: "shape", message: `status ${status} of ${operation.operationId} has no body, but one was sent`, errors: [] };
    }
    const validate = this.#compile(`${operation.operationId} ${status}`, () => schema);
    if (!validate || validate(body)) return undefined;
    return problem(validate, this.#ajv, "response");
  }

  #resolveResponse(response: ResponseObject | { $ref: string }): ResponseObject {
    if (!("$ref" in response)) return response;
    const name = response.$ref.replace("#/components/responses/", "");
    const resolved = this.#spec.components.responses[name];
    if (!resolved) throw new Error(`GitHub's description has no response ${response.$ref}.`);
    return resolved;
  }
}

let loading: Promise<OpenApiContract> | undefined;

/** One contract per process: the description is 13 MB and its validators are shared by every fake. */
export function loadContract(): Promise<OpenApiContract> {
  loading ??= loadGitHubSpec().then((spec) => new OpenApiContract(spec));
  return loading;
}
