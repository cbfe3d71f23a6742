// What the fake records about the traffic it served: every request, and every departure from
// GitHub's documented contract (which a test asserts never happened).
import type { ErrorObject } from "ajv";

export interface RequestLogEntry {
  method: string;
  /** The path as sent (still percent-encoded), without the query. */
  path: string;
  query: Record<string, string>;
  /** The status sent; 499 when the client gave up (e.g. timed out) before the answer. */
  status: number;
  durationMs: number;
  /** GitHub's operationId (e.g. "pulls/get"), "graphql", or null when no documented operation matched. */
  operationId: string | null;
  /** The login the request acted as ("" without a token or with the app's JWT). */
  actor: string;
  /** True when an injected fault answered (or delayed) this request. */
  fault: boolean;
  /** Epoch milliseconds when the request arrived. */
  startedAt: number;
}

export type ViolationKind =
  /** The JSON body does not match the operation's documented request schema. */
  | "request-body"
  /** A documented query parameter has a value outside its schema (e.g. filter=newest). */
  | "query"
  /** The body is not JSON. */
  | "invalid-json"
  /** The fake's answer does not match the documented response schema (a bug in the fake). */
  | "response"
  /** No operation of GitHub's REST API has this method and path. */
  | "unknown-endpoint"
  /** A real GitHub operation (or GraphQL field, or mutation) that the fake does not implement. */
  | "unimplemented"
  /** A GraphQL request GitHub would refuse: a syntax error, a field or argument its schema lacks, bad variables. */
  | "graphql"
  /** The fake failed while handling the request (a bug in the fake or in the seeded state). */
  | "fake-error";

export interface Violation {
  kind: ViolationKind;
  method: string;
  path: string;
  operationId: string | null;
  message: string;
  /** ajv's errors for schema mismatches. */
  errors?: ErrorObject[];
}

export function formatViolation(violation: Violation): string {
  return `${violation.kind}: ${violation.method} ${violation.path}${violation.operationId ? ` (${violation.operationId})` : ""}: ${violation.message}`;
}
