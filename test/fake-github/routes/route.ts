// The shape of one REST operation's handler. Handlers are synchronous: a request reads and changes the
// state in one step, so concurrent requests interleave only between whole operations, as on GitHub.
import type { IncomingHttpHeaders } from "node:http";
import type { RenderContext } from "../representations/render-context.ts";
import type { GitHubState } from "../state/github-state.ts";
import type { AppIdentity, RepositoryRecord } from "../state/records.ts";
import { notFound } from "../state/github-error.ts";

export interface Actor {
  /** Who GitHub would say made the request, e.g. "work-manuals[bot]". */
  login: string;
  /** The app behind an installation token (or GitHub Actions for other tokens); null without a token. */
  app: AppIdentity | null;
  auth: "installation-token" | "app-jwt" | "token" | "none";
}

export interface RouteRequest {
  state: GitHubState;
  render: RenderContext;
  /** Path parameters, decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The JSON body, already checked against the operation's schema. */
  body: unknown;
  actor: Actor;
  headers: IncomingHttpHeaders;
  /** The request URL as the client addressed it (on the fake's base URL). */
  url: URL;
}

export interface RouteResponse {
  status: number;
  /** JSON body (checked against the documented response schema). */
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (e.g. raw file content), sent as is and not checked. */
  raw?: { contentType: string; data: Buffer | string };
}

export type RouteHandler = (request: RouteRequest) => RouteResponse;

/** Handlers by GitHub operationId, e.g. "pulls/get". */
export type RouteTable = Record<string, RouteHandler>;

export function repositoryOf(request: RouteRequest): RepositoryRecord {
  const repository = request.state.repositories.get(`${request.params.owner}/${request.params.repo}`);
  if (!repository) throw notFound();
  return repository;
}

export function numberParam(request: RouteRequest, name: string): number {
  return Number(request.params[name]);
}

export function ok(body: unknown, status = 200, headers?: Record<string, string>): RouteResponse {
  return headers ? { status, body, headers } : { status, body };
}
