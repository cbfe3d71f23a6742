// Answers POST /graphql: graphql's parse() and validate() against the part of GitHub's schema the fake
// knows (schema.ts), then graphql's executor over the fake's records (git-object-views.ts). What GitHub
// would refuse is answered with GitHub's errors and reported as a "graphql" violation; a real field the
// fake cannot answer is an "unimplemented" one.
import { executeSync, GraphQLError, parse, validate, type DocumentNode } from "graphql";
import type { RenderContext } from "../representations/render-context.ts";
import type { ViolationKind } from "../http/request-log.ts";
import { fieldResolver, queryRoot } from "./git-object-views.ts";
import { NotFound, toGitHubError, Unimplemented, validationRules, type GitHubGraphQLError } from "./github-errors.ts";
import { githubSchema } from "./schema.ts";

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export interface GraphQLResult {
  /** The response body, as GitHub shapes it (no data when the request itself was refused). */
  body: { data?: Record<string, unknown> | null; errors?: GitHubGraphQLError[] };
  /** Set when GitHub would have refused the request, or when the fake could not answer it. */
  violation?: { kind: Extract<ViolationKind, "graphql" | "unimplemented">; message: string };
}

function refused(errors: readonly GraphQLError[]): GraphQLResult {
  const body = { errors: errors.map(toGitHubError) };
  return { body, violation: { kind: "graphql", message: body.errors.map((error) => error.message).join("; ") } };
}

export function executeQuery(context: RenderContext, request: GraphQLRequest): GraphQLResult {
  let document: DocumentNode;
  try {
    document = parse(request.query);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const [location] = error.locations ?? [];
    // graphql-ruby's wording: "Parse error on ... at [line, column]".
    const where = location ? ` at [${location.line}, ${location.column}]` : "";
    return refused([new GraphQLError(`Parse error: ${error.message.replace(/^Syntax Error: /, "").replace(/\.$/, "")}${where}`, { source: error.source ?? null, positions: error.positions ?? null })]);
  }
  const writes = document.definitions.filter((definition) => definition.kind === "OperationDefinition" && definition.operation !== "query");
  if (writes.length > 0) {
    const message = "The fake answers GraphQL queries only, not mutations or subscriptions; use the REST API or add them in test/fake-github/graphql.";
    return { body: { errors: [{ message }] }, violation: { kind: "unimplemented", message } };
  }
  const schema = githubSchema();
  const invalid = validate(schema, document, validationRules);
  if (invalid.length > 0) return refused(invalid);

  const result = executeSync({
    schema,
    document,
    rootValue: queryRoot(context),
    contextValue: context,
    variableValues: request.variables ?? {},
    operationName: request.operationName ?? null,
    fieldResolver,
  });
  const errors = result.errors ?? [];
  // Variables GitHub would not accept (missing, wrong type): the request is refused, without data.
  if (!("data" in result) || result.data === undefined) return refused(errors);
  for (const error of errors) {
    const original = error.originalError;
    if (original && !(original instanceof NotFound) && !(original instanceof Unimplemented) && !(original instanceof GraphQLError)) throw original;
  }
  const body = { data: result.data as Record<string, unknown> | null, ...(errors.length > 0 ? { errors: errors.map(toGitHubError) } : {}) };
  const gaps = errors.filter((error) => error.originalError instanceof Unimplemented);
  return gaps.length > 0 ? { body, violation: { kind: "unimplemented", message: gaps.map((error) => error.message).join("; ") } } : { body };
}
