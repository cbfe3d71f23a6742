// Errors worded as GitHub's GraphQL API words them (graphql-ruby), and the kinds the fake tells apart:
// a request GitHub refuses, a lookup that found nothing, and a field GitHub answers but the fake does not.
import { FieldsOnCorrectTypeRule, GraphQLError, specifiedRules, type ASTNode, type ValidationContext, type ValidationRule, type ASTVisitor } from "graphql";

/** A real GitHub field or argument the fake does not answer: a gap in the fake, reported as "unimplemented". */
export class Unimplemented extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Unimplemented";
  }
}

/** GitHub answers null for the field and an error of type NOT_FOUND beside the data. */
export class NotFound extends Error {
  readonly type = "NOT_FOUND";

  constructor(message: string) {
    super(message);
    this.name = "NotFound";
  }
}

/** The path GitHub puts on a validation error: the operation, fields (by alias) and fragments down to the node. */
function documentPath(ancestors: readonly (ASTNode | readonly ASTNode[])[], node: ASTNode): string[] {
  const path: string[] = [];
  for (const ancestor of [...ancestors, node]) {
    if (Array.isArray(ancestor) || !("kind" in ancestor)) continue;
    const current = ancestor as ASTNode;
    if (current.kind === "OperationDefinition") path.push(current.name ? `${current.operation} ${current.name.value}` : current.operation);
    else if (current.kind === "FragmentDefinition") path.push(`fragment ${current.name.value}`);
    else if (current.kind === "Field") path.push(current.alias?.value ?? current.name.value);
    else if (current.kind === "InlineFragment") path.push(current.typeCondition ? `... on ${current.typeCondition.name.value}` : "...");
  }
  return path;
}

/** GitHub's "Field 'x' doesn't exist on type 'Y'" (code undefinedField) in place of graphql-js's wording. */
function undefinedFieldRule(context: ValidationContext): ASTVisitor {
  return {
    Field(node, _key, _parent, _path, ancestors) {
      const parentType = context.getParentType();
      if (!parentType || context.getFieldDef()) return;
      context.reportError(
        new GraphQLError(`Field '${node.name.value}' doesn't exist on type '${parentType.name}'`, {
          nodes: node,
          path: documentPath(ancestors, node),
          extensions: { code: "undefinedField", typeName: parentType.name, fieldName: node.name.value },
        }),
      );
    },
  };
}

export const validationRules: readonly ValidationRule[] = [...specifiedRules.filter((rule) => rule !== FieldsOnCorrectTypeRule), undefinedFieldRule];

/** One error of the response body, keys as GitHub sends them. */
export interface GitHubGraphQLError {
  type?: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
  locations?: { line: number; column: number }[];
  message: string;
}

export function toGitHubError(error: GraphQLError): GitHubGraphQLError {
  const extensions = error.extensions ?? {};
  return {
    ...(error.originalError instanceof NotFound ? { type: error.originalError.type } : {}),
    ...(error.path ? { path: [...error.path] } : {}),
    ...(Object.keys(extensions).length > 0 ? { extensions: { ...extensions } } : {}),
    ...(error.locations ? { locations: error.locations.map(({ line, column }) => ({ line, column })) } : {}),
    message: error.message,
  };
}
