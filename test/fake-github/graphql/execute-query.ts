// Answers the one GraphQL shape the fake supports: many files of one repository in a single call,
//   query { repository(owner: "o", name: "r") { f0: object(expression: "<ref>:<path>") { ... on Blob { text isBinary byteSize } } } }
// Anything else is answered with GraphQL errors (and reported as unsupported by the caller).
import { lookup, sortedEntries, type Blob, type Tree } from "../state/file-tree.ts";
import type { GitHubState } from "../state/github-state.ts";
import type { RepositoryRecord } from "../state/records.ts";
import { parseQuery, GraphQLSyntaxError, type Field, type Selection, type Value } from "./parse-query.ts";

export interface GraphQLError {
  message: string;
  type?: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
}

export interface GraphQLResult {
  data?: Record<string, unknown> | null;
  errors?: GraphQLError[];
  /** True when the query asked for something the fake does not implement (not a GitHub-side error). */
  unsupported: boolean;
}

class Unsupported extends Error {
  readonly field: Field | undefined;

  constructor(message: string, field?: Field) {
    super(message);
    this.field = field;
  }
}

type Variables = Record<string, unknown>;

function valueOf(value: Value, variables: Variables): unknown {
  switch (value.kind) {
    case "variable":
      if (!(value.name in variables)) throw new Unsupported(`Variable $${value.name} is used but was not provided`);
      return variables[value.name];
    case "list":
      return value.values.map((item) => valueOf(item, variables));
    case "object":
      return Object.fromEntries(Object.entries(value.fields).map(([key, item]) => [key, valueOf(item, variables)]));
    case "null":
      return null;
    case "enum":
      return value.value;
    default:
      return value.value;
  }
}

function stringArgument(field: Field, name: string, variables: Variables): string {
  const argument = field.arguments[name];
  const value = argument === undefined ? undefined : valueOf(argument, variables);
  if (typeof value !== "string") throw new Unsupported(`Field '${field.name}' needs the String argument '${name}'`, field);
  return value;
}

/** Fields selected for a value of `typeName`, flattening inline fragments that apply to it. */
function fieldsFor(selections: Selection[], typeName: string): Field[] {
  return selections.flatMap((selection) => (selection.kind === "field" ? [selection] : selection.typeCondition === typeName ? fieldsFor(selection.selections, typeName) : []));
}

function checkFragments(selections: Selection[], allowed: string[]): void {
  for (const selection of selections) {
    if (selection.kind === "fragment" && !allowed.includes(selection.typeCondition)) {
      throw new Unsupported(`Fragment on '${selection.typeCondition}' is not supported by the fake here (supported: ${allowed.join(", ")})`);
    }
  }
}

function resolveBlob(blob: Blob, fields: Field[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const key = field.alias ?? field.name;
    if (field.name === "__typename") out[key] = "Blob";
    else if (field.name === "text") out[key] = blob.binary ? null : blob.text();
    else if (field.name === "isBinary") out[key] = blob.binary;
    else if (field.name === "byteSize") out[key] = blob.size;
    else if (field.name === "oid") out[key] = blob.sha;
    else if (field.name === "isTruncated") out[key] = false;
    else throw new Unsupported(`Field '${field.name}' doesn't exist on type 'Blob' (the fake answers text, isBinary, byteSize, oid, isTruncated)`, field);
  }
  return out;
}

function resolveTree(tree: Tree, path: string, fields: Field[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const key = field.alias ?? field.name;
    if (field.name === "__typename") out[key] = "Tree";
    else if (field.name === "entries") {
      out[key] = sortedEntries(tree).map(([name, entry]) => {
        const entryOut: Record<string, unknown> = {};
        for (const entryField of fieldsFor(field.selections, "TreeEntry")) {
          const entryKey = entryField.alias ?? entryField.name;
          if (entryField.name === "name") entryOut[entryKey] = name;
          else if (entryField.name === "path") entryOut[entryKey] = path === "" ? name : `${path}/${name}`;
          else if (entryField.name === "type") entryOut[entryKey] = entry.kind;
          else if (entryField.name === "oid" && entry.kind === "blob") entryOut[entryKey] = entry.sha;
          else throw new Unsupported(`Field '${entryField.name}' of TreeEntry is not supported by the fake (name, path, type, oid of blobs)`, entryField);
        }
        return entryOut;
      });
    } else throw new Unsupported(`Field '${field.name}' doesn't exist on type 'Tree' (the fake answers entries)`, field);
  }
  return out;
}

function resolveObject(state: GitHubState, repository: RepositoryRecord, field: Field, variables: Variables): unknown {
  const expression = stringArgument(field, "expression", variables);
  const colon = expression.indexOf(":");
  if (colon < 0) throw new Unsupported(`object(expression: "${expression}") must be "<ref>:<path>" in the fake`, field);
  const ref = expression.slice(0, colon);
  const path = expression.slice(colon + 1).replace(/^\/+|\/+$/g, "");
  const sha = state.resolveRef(repository.fullName, ref);
  const entry = sha === undefined ? undefined : lookup(repository.commits.get(sha)?.tree, path);
  checkFragments(field.selections, ["Blob", "Tree"]);
  if (!entry) return null;
  return entry.kind === "blob" ? resolveBlob(entry, fieldsFor(field.selections, "Blob")) : resolveTree(entry, path, fieldsFor(field.selections, "Tree"));
}

function resolveRepository(state: GitHubState, field: Field, variables: Variables, errors: GraphQLError[]): unknown {
  const owner = stringArgument(field, "owner", variables);
  const name = stringArgument(field, "name", variables);
  const repository = state.repositories.get(`${owner}/${name}`);
  if (!repository) {
    errors.push({ type: "NOT_FOUND", path: [field.alias ?? field.name], message: `Could not resolve to a Repository with the name '${owner}/${name}'.`, locations: [{ line: field.line, column: field.column }] });
    return null;
  }
  checkFragments(field.selections, []);
  const out: Record<string, unknown> = {};
  for (const child of fieldsFor(field.selections, "Repository")) {
    const key = child.alias ?? child.name;
    if (child.name === "object") out[key] = resolveObject(state, repository, child, variables);
    else if (child.name === "__typename") out[key] = "Repository";
    else if (child.name === "nameWithOwner") out[key] = repository.fullName;
    else throw new Unsupported(`Field '${child.name}' of Repository is not supported by the fake (object, nameWithOwner)`, child);
  }
  return out;
}

export function executeQuery(state: GitHubState, query: string, variables: Variables = {}): GraphQLResult {
  try {
    const operation = parseQuery(query);
    if (operation.operation !== "query") throw new Unsupported(`The fake answers queries only, not ${operation.operation}s`);
    const given: Variables = {};
    for (const [name, fallback] of Object.entries(operation.variables)) given[name] = name in variables ? variables[name] : fallback === undefined ? undefined : valueOf(fallback, {});
    const errors: GraphQLError[] = [];
    const data: Record<string, unknown> = {};
    for (const field of fieldsFor(operation.selections, "Query")) {
      const key = field.alias ?? field.name;
      if (field.name === "repository") data[key] = resolveRepository(state, field, given, errors);
      else if (field.name === "__typename") data[key] = "Query";
      else throw new Unsupported(`Field '${field.name}' of Query is not supported by the fake (repository)`, field);
    }
    return errors.length > 0 ? { data, errors, unsupported: false } : { data, unsupported: false };
  } catch (error) {
    if (error instanceof GraphQLSyntaxError) {
      return { errors: [{ message: error.message, locations: [{ line: error.line, column: error.column }] }], unsupported: true };
    }
    if (error instanceof Unsupported) {
      const locations = error.field ? [{ line: error.field.line, column: error.field.column }] : undefined;
      return { errors: [{ message: error.message, ...(locations ? { locations } : {}) }], unsupported: true };
    }
    throw error;
  }
}
