// A small GraphQL parser for queries: operation header with variables, fields with aliases and
// arguments, inline fragments. Enough for the one query shape the fake answers, strict enough that a
// malformed query is an error here as it would be on GitHub.

export type Value =
  | { kind: "string"; value: string }
  | { kind: "int"; value: number }
  | { kind: "float"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "null" }
  | { kind: "enum"; value: string }
  | { kind: "variable"; name: string }
  | { kind: "list"; values: Value[] }
  | { kind: "object"; fields: Record<string, Value> };

export interface Field {
  kind: "field";
  alias: string | undefined;
  name: string;
  arguments: Record<string, Value>;
  selections: Selection[];
  line: number;
  column: number;
}

export interface InlineFragment {
  kind: "fragment";
  typeCondition: string;
  selections: Selection[];
}

export type Selection = Field | InlineFragment;

export interface OperationDefinition {
  operation: "query" | "mutation" | "subscription";
  name: string | undefined;
  /** Declared variables with their default values (if any). */
  variables: Record<string, Value | undefined>;
  selections: Selection[];
}

export class GraphQLSyntaxError extends Error {
  readonly line: number;
  readonly column: number;

  constructor(message: string, line: number, column: number) {
    super(message);
    this.name = "GraphQLSyntaxError";
    this.line = line;
    this.column = column;
  }
}

type TokenKind = "punctuator" | "name" | "string" | "number" | "end";

interface Token {
  kind: TokenKind;
  value: string;
  line: number;
  column: number;
}

const PUNCTUATORS = new Set(["{", "}", "(", ")", ":", "!", "$", "[", "]", "=", "@"]);
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let line = 1;
  let lineStart = 0;
  const error = (message: string): never => {
    throw new GraphQLSyntaxError(message, line, index - lineStart + 1);
  };
  while (index < source.length) {
    const char = source[index] as string;
    const column = index - lineStart + 1;
    if (char === "\n") {
      index += 1;
      line += 1;
      lineStart = index;
    } else if (char === " " || char === "\t" || char === "\r" || char === "," || char === "\uFEFF") {
      index += 1; // commas are insignificant in GraphQL
    } else if (char === "#") {
      while (index < source.length && source[index] !== "\n") index += 1;
    } else if (source.startsWith("...", index)) {
      tokens.push({ kind: "punctuator", value: "...", line, column });
      index += 3;
    } else if (PUNCTUATORS.has(char)) {
      tokens.push({ kind: "punctuator", value: char, line, column });
      index += 1;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(index)) as RegExpExecArray;
      tokens.push({ kind: "name", value: match[0], line, column });
      index += match[0].length;
    } else if (/[-0-9]/.test(char)) {
      const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(source.slice(index));
      if (!match) error(`Unexpected character "${char}"`);
      tokens.push({ kind: "number", value: (match as RegExpExecArray)[0], line, column });
      index += (match as RegExpExecArray)[0].length;
    } else if (char === '"') {
      if (source.startsWith('"""', index)) error("Block strings are not supported by the fake; use a quoted string");
      let value = "";
      index += 1;
      for (;;) {
        const next = source[index];
        if (next === undefined || next === "\n") error("Unterminated string");
        index += 1;
        if (next === '"') break;
        if (next !== "\\") {
          value += next;
          continue;
        }
        const escape = source[index] as string;
        index += 1;
        if (escape === "u") {
          const hex = source.slice(index, index + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) error(`Invalid unicode escape "\\u${hex}"`);
          value += String.fromCharCode(parseInt(hex, 16));
          index += 4;
        } else if (escape in ESCAPES) {
          value += ESCAPES[escape];
        } else {
          error(`Invalid escape "\\${escape}"`);
        }
      }
      tokens.push({ kind: "string", value, line, column });
    } else {
      error(`Unexpected character "${char}"`);
    }
  }
  tokens.push({ kind: "end", value: "", line, column: index - lineStart + 1 });
  return tokens;
}

class Parser {
  readonly #tokens: Token[];
  #position = 0;

  constructor(tokens: Token[]) {
    this.#tokens = tokens;
  }

  get #current(): Token {
    return this.#tokens[this.#position] as Token;
  }

  #fail(expected: string): never {
    const token = this.#current;
    const found = token.kind === "end" ? "end of query" : `"${token.value}"`;
    throw new GraphQLSyntaxError(`Parse error on ${found}: expected ${expected}`, token.line, token.column);
  }

  #is(kind: TokenKind, value?: string): boolean {
    return this.#current.kind === kind && (value === undefined || this.#current.value === value);
  }

  #take(kind: TokenKind, value?: string): Token {
    if (!this.#is(kind, value)) this.#fail(value ? `"${value}"` : kind);
    const token = this.#current;
    this.#position += 1;
    return token;
  }

  document(): OperationDefinition {
    let operation: OperationDefinition["operation"] = "query";
    let name: string | undefined;
    const variables: Record<string, Value | undefined> = {};
    if (this.#is("name")) {
      const keyword = this.#take("name").value;
      if (keyword !== "query" && keyword !== "mutation" && keyword !== "subscription") this.#fail("query, mutation, subscription or {");
      operation = keyword;
      if (this.#is("name")) name = this.#take("name").value;
      if (this.#is("punctuator", "(")) {
        this.#take("punctuator", "(");
        while (!this.#is("punctuator", ")")) {
          this.#take("punctuator", "$");
          const variable = this.#take("name").value;
          this.#take("punctuator", ":");
          this.#type();
          variables[variable] = this.#is("punctuator", "=") ? (this.#take("punctuator", "="), this.#value()) : undefined;
        }
        this.#take("punctuator", ")");
      }
    }
    const selections = this.#selectionSet();
    if (!this.#is("end")) this.#fail("end of query (one operation per request)");
    return { operation, name, variables, selections };
  }

  #type(): void {
    if (this.#is("punctuator", "[")) {
      this.#take("punctuator", "[");
      this.#type();
      this.#take("punctuator", "]");
    } else {
      this.#take("name");
    }
    if (this.#is("punctuator", "!")) this.#take("punctuator", "!");
  }

  #selectionSet(): Selection[] {
    this.#take("punctuator", "{");
    const selections: Selection[] = [];
    while (!this.#is("punctuator", "}")) selections.push(this.#selection());
    this.#take("punctuator", "}");
    if (selections.length === 0) this.#fail("at least one field");
    return selections;
  }

  #selection(): Selection {
    if (this.#is("punctuator", "...")) {
      this.#take("punctuator", "...");
      const on = this.#take("name");
      if (on.value !== "on") this.#fail('"on" (named fragments are not supported by the fake)');
      return { kind: "fragment", typeCondition: this.#take("name").value, selections: this.#selectionSet() };
    }
    const first = this.#take("name");
    let alias: string | undefined;
    let name = first.value;
    if (this.#is("punctuator", ":")) {
      this.#take("punctuator", ":");
      alias = first.value;
      name = this.#take("name").value;
    }
    const args: Record<string, Value> = {};
    if (this.#is("punctuator", "(")) {
      this.#take("punctuator", "(");
      while (!this.#is("punctuator", ")")) {
        const argument = this.#take("name").value;
        this.#take("punctuator", ":");
        args[argument] = this.#value();
      }
      this.#take("punctuator", ")");
    }
    if (this.#is("punctuator", "@")) this.#fail("a field (directives are not supported by the fake)");
    const selections = this.#is("punctuator", "{") ? this.#selectionSet() : [];
    return { kind: "field", alias, name, arguments: args, selections, line: first.line, column: first.column };
  }

  #value(): Value {
    const token = this.#current;
    if (this.#is("punctuator", "$")) {
      this.#take("punctuator", "$");
      return { kind: "variable", name: this.#take("name").value };
    }
    if (this.#is("string")) return { kind: "string", value: this.#take("string").value };
    if (this.#is("number")) {
      const text = this.#take("number").value;
      return /[.eE]/.test(text) ? { kind: "float", value: Number(text) } : { kind: "int", value: Number(text) };
    }
    if (this.#is("punctuator", "[")) {
      this.#take("punctuator", "[");
      const values: Value[] = [];
      while (!this.#is("punctuator", "]")) values.push(this.#value());
      this.#take("punctuator", "]");
      return { kind: "list", values };
    }
    if (this.#is("punctuator", "{")) {
      this.#take("punctuator", "{");
      const fields: Record<string, Value> = {};
      while (!this.#is("punctuator", "}")) {
        const key = this.#take("name").value;
        this.#take("punctuator", ":");
        fields[key] = this.#value();
      }
      this.#take("punctuator", "}");
      return { kind: "object", fields };
    }
    if (token.kind === "name") {
      this.#position += 1;
      if (token.value === "true" || token.value === "false") return { kind: "boolean", value: token.value === "true" };
      if (token.value === "null") return { kind: "null" };
      return { kind: "enum", value: token.value };
    }
    return this.#fail("a value");
  }
}

export function parseQuery(source: string): OperationDefinition {
  return new Parser(tokenize(source)).document();
}
