// One request, step by step: log it, apply an injected fault, find the documented operation, check the
// request against GitHub's description, authenticate, run the handler, check the answer, send it.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { OpenApiContract } from "../openapi/contract.ts";
import type { Operation } from "../openapi/operation-index.ts";
import { executeQuery } from "../graphql/execute-query.ts";
import type { RenderContext } from "../representations/render-context.ts";
import type { Actor, RouteResponse, RouteTable } from "../routes/route.ts";
import { GitHubError } from "../state/github-error.ts";
import type { GitHubState } from "../state/github-state.ts";
import { authenticate, type AuthenticationOptions } from "./authentication.ts";
import type { Delays } from "./delays.ts";
import { faultBody, type FaultQueue } from "./faults.ts";
import type { RequestLogEntry, Violation, ViolationKind } from "./request-log.ts";

export interface RequestDependencies {
  contract: OpenApiContract;
  routes: RouteTable;
  state: GitHubState;
  render: RenderContext;
  faults: FaultQueue;
  delays: Delays;
  log: RequestLogEntry[];
  violations: Violation[];
  authentication: AuthenticationOptions;
}

const DOCUMENTATION_URL = "https://docs.github.com/rest";
const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const APP_OPERATIONS = new Set(["apps/create-installation-access-token", "apps/get-authenticated"]);

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function errorBody(status: number, message: string, errors?: unknown[]): unknown {
  return { message, documentation_url: DOCUMENTATION_URL, status: String(status), ...(errors && errors.length > 0 ? { errors } : {}) };
}

function baseHeaders(state: GitHubState, requestNumber: number): Record<string, string> {
  const reset = Math.ceil(state.nowDate().getTime() / 1000) + 3600;
  return {
    "x-github-request-id": `FAKE:${requestNumber.toString(16).toUpperCase()}`,
    "x-github-api-version-selected": "2022-11-28",
    "x-github-media-type": "github.v3; format=json",
    "x-ratelimit-limit": "5000",
    "x-ratelimit-remaining": "4999",
    "x-ratelimit-used": "1",
    "x-ratelimit-reset": String(reset),
    "x-ratelimit-resource": "core",
  };
}

function send(response: ServerResponse, status: number, headers: Record<string, string>, body?: unknown, raw?: RouteResponse["raw"]): void {
  if (response.destroyed || response.headersSent) return;
  if (raw) {
    response.writeHead(status, { ...headers, "content-type": raw.contentType });
    response.end(raw.data);
  } else if (body === undefined) {
    response.writeHead(status, headers);
    response.end();
  } else {
    response.writeHead(status, { ...headers, "content-type": "application/json; charset=utf-8" });
    response.end(JSON.stringify(body));
  }
}

export function createRequestListener(dependencies: RequestDependencies): (request: IncomingMessage, response: ServerResponse) => void {
  let requestCount = 0;
  return (request, response) => {
    requestCount += 1;
    handle(dependencies, request, response, requestCount).catch((error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      dependencies.violations.push({ kind: "fake-error", method: request.method ?? "", path: request.url ?? "", operationId: null, message });
      send(response, 500, {}, errorBody(500, `The fake GitHub failed: ${message}`));
    });
  };
}

async function handle(dependencies: RequestDependencies, request: IncomingMessage, response: ServerResponse, requestNumber: number): Promise<void> {
  const { state, contract, faults, delays, violations } = dependencies;
  const started = performance.now();
  const url = new URL(request.url ?? "/", dependencies.render.api);
  // GitHub Enterprise Server's addresses (REST under /api/v3, GraphQL at /api/graphql), where Probot
  // sends an app configured with GHE_HOST, reach the same API.
  if (url.pathname.startsWith("/api/v3/")) url.pathname = url.pathname.slice("/api/v3".length);
  else if (url.pathname === "/api/graphql") url.pathname = "/graphql";
  const method = (request.method ?? "GET").toUpperCase();
  const entry: RequestLogEntry = {
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    status: 0,
    durationMs: 0,
    operationId: null,
    actor: "",
    fault: false,
    startedAt: Date.now(),
  };
  response.on("close", () => {
    entry.status = response.writableFinished ? response.statusCode : 499;
    entry.durationMs = performance.now() - started;
    dependencies.log.push(entry);
  });
  const headers = baseHeaders(state, requestNumber);
  const violation = (kind: ViolationKind, message: string, extra: Partial<Violation> = {}) => {
    violations.push({ kind, method, path: url.pathname, operationId: entry.operationId, message, ...extra });
  };

  const rawBody = await readBody(request);
  const isGraphQL = method === "POST" && url.pathname === "/graphql";
  const match = isGraphQL ? undefined : contract.match(method, url.pathname);
  entry.operationId = isGraphQL ? "graphql" : (match?.operation.operationId ?? null);

  const fault = faults.take(method, url.pathname);
  if (fault) {
    entry.fault = true;
    if (fault.delayMs !== undefined) await delays.wait(fault.delayMs, response);
    // The client gave up, or the fake is closing: as with a lost request, nothing happens.
    if (response.destroyed || delays.closed) return;
    if (fault.status !== undefined) {
      const extra = typeof fault.headers === "function" ? fault.headers() : (fault.headers ?? {});
      send(response, fault.status, { ...headers, ...extra }, fault.body ?? faultBody(fault.status));
      return;
    }
  }

  let body: unknown;
  if (rawBody.length > 0) {
    try {
      body = JSON.parse(rawBody.toString("utf8"));
    } catch {
      violation("invalid-json", "The request body is not valid JSON.");
      send(response, 400, headers, errorBody(400, "Problems parsing JSON"));
      return;
    }
  }

  const authenticated = authenticate(request.headers, state, dependencies.authentication);
  if ("error" in authenticated) {
    send(response, 401, headers, errorBody(401, authenticated.error));
    return;
  }
  entry.actor = authenticated.login;

  if (isGraphQL) {
    answerGraphQL(dependencies, response, headers, authenticated, body, violation);
    return;
  }

  if (!match) {
    violation("unknown-endpoint", `GitHub's REST API has no operation ${method} ${url.pathname}.`);
    send(response, 404, headers, errorBody(404, "Not Found"));
    return;
  }
  const { operation, params } = match;
  const handler = dependencies.routes[operation.operationId];
  if (!handler) {
    violation("unimplemented", `The fake GitHub does not implement ${operation.operationId} (${operation.method} ${operation.template}); add it under test/fake-github/routes.`);
    send(response, 501, headers, errorBody(501, `Not implemented by the fake GitHub: ${operation.operationId}`));
    return;
  }

  const queryProblem = contract.checkQuery(operation, url.searchParams);
  if (queryProblem) {
    violation("query", queryProblem.message, { errors: queryProblem.errors });
    send(response, 500, headers, errorBody(500, `Request does not match GitHub's description of ${operation.operationId}: ${queryProblem.message}`));
    return;
  }
  const bodyProblem = contract.checkRequestBody(operation, body);
  if (bodyProblem?.kind === "limit") {
    send(response, 422, headers, errorBody(422, `Validation Failed: ${bodyProblem.message}`, [{ code: "invalid", message: bodyProblem.message }]));
    return;
  }
  if (bodyProblem) {
    violation("request-body", bodyProblem.message, { errors: bodyProblem.errors });
    send(response, 500, headers, errorBody(500, `Request body does not match GitHub's description of ${operation.operationId}: ${bodyProblem.message}`));
    return;
  }

  const refusal = authorise(operation, method, authenticated);
  if (refusal) {
    send(response, 401, headers, errorBody(401, refusal));
    return;
  }

  let result: RouteResponse;
  try {
    result = handler({ state, render: dependencies.render, params, query: url.searchParams, body, actor: authenticated, headers: request.headers, url });
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error;
    result = { status: error.status, body: errorBody(error.status, error.message, error.errors) };
  }

  if (!result.raw) {
    const responseProblem = contract.checkResponse(operation, result.status, result.body);
    if (responseProblem) {
      violation("response", responseProblem.message, { errors: responseProblem.errors });
      send(response, 500, headers, errorBody(500, `The fake's response does not match GitHub's description of ${operation.operationId} ${result.status}: ${responseProblem.message}`));
      return;
    }
  }
  send(response, result.status, { ...headers, ...result.headers }, result.body, result.raw);
}

function authorise(operation: Operation, method: string, actor: Actor): string | undefined {
  if (APP_OPERATIONS.has(operation.operationId)) return undefined; // the handlers insist on the JWT themselves
  if (actor.auth === "app-jwt") return "A JSON web token cannot be used for this endpoint; use an installation access token.";
  if (actor.auth === "none" && WRITE_METHODS.has(method)) return "Requires authentication";
  return undefined;
}

function answerGraphQL(
  dependencies: RequestDependencies,
  response: ServerResponse,
  headers: Record<string, string>,
  actor: Actor,
  body: unknown,
  violation: (kind: ViolationKind, message: string) => void,
): void {
  if (actor.auth === "none" || actor.auth === "app-jwt") {
    send(response, 401, headers, { message: "This endpoint requires you to be authenticated.", documentation_url: "https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql" });
    return;
  }
  const request = body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
  if (typeof request?.query !== "string") {
    violation("graphql", "The GraphQL request has no query string.");
    send(response, 400, headers, { message: "A query attribute must be specified and must be a string.", documentation_url: "https://docs.github.com/graphql" });
    return;
  }
  const variables = request.variables && typeof request.variables === "object" ? (request.variables as Record<string, unknown>) : {};
  const operationName = typeof request.operationName === "string" ? request.operationName : undefined;
  const result = executeQuery(dependencies.render, { query: request.query, variables, ...(operationName ? { operationName } : {}) });
  if (result.violation) violation(result.violation.kind, result.violation.message);
  send(response, 200, { ...headers, "x-ratelimit-resource": "graphql" }, result.body);
}
