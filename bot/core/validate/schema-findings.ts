// ajv errors → findings. Errors stay data until here; each one is placed through the caller's
// source map and worded from the schema's own annotations (x-message, x-example) or the catalogs.
import type { ErrorObject } from "ajv";
import type { Finding, Severity, Text } from "../findings.ts";
import type { MessageId } from "../messages/ko.ts";
import { text } from "../messages/text.ts";

export interface Placement {
  file: string;
  /** The schema that was validated against, to resolve local $refs for examples. */
  rootSchema: object;
  /** File line of the data at a path; `key` asks for the line of the property's name. */
  locate(path: (string | number)[], opts?: { key?: boolean }): { line: number; column?: number };
  rulePrefix: string;
  severity?: Severity;
  /** Prefix for property names in messages, e.g. "departments.yml: ". */
  propertyPrefix?: string;
}

type SchemaObject = Record<string, unknown>;

function pathOf(instancePath: string): string[] {
  return instancePath === "" ? [] : instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function propertyName(path: (string | number)[]): string {
  return path.reduce<string>((name, seg) => (/^\d+$/.test(String(seg)) ? `${name}[${Number(seg) + 1}]` : name ? `${name}.${seg}` : String(seg)), "");
}

function resolve(root: object, schema: unknown): SchemaObject | undefined {
  let current = schema as SchemaObject | undefined;
  for (let hops = 0; current && typeof current.$ref === "string" && current.$ref.startsWith("#/") && hops < 5; hops++) {
    const target = current.$ref
      .slice(2)
      .split("/")
      .reduce<unknown>((node, seg) => (node as SchemaObject | undefined)?.[seg], root) as SchemaObject | undefined;
    current = target ? { ...target, ...current, $ref: undefined } : undefined;
  }
  return current;
}

function exampleOf(root: object, schema: unknown): string {
  const resolved = resolve(root, schema);
  const example = resolved?.["x-example"];
  return example === undefined ? "…" : typeof example === "string" ? example : JSON.stringify(example);
}

function schemaMessage(schema: unknown): Text | null {
  const message = (schema as SchemaObject | undefined)?.["x-message"] as Partial<Text> | undefined;
  return message?.ko ? { ko: message.ko, en: message.en ?? message.ko } : null;
}

function valueText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
}

/** Drops the per-branch errors of a failed anyOf/oneOf (and the per-item tries of a failed contains), keeping the one that names the choice. */
function withoutBranchNoise(errors: readonly ErrorObject[]): ErrorObject[] {
  const choices = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf" || e.keyword === "contains").map((e) => e.schemaPath + "/");
  return errors.filter((e) => !choices.some((prefix) => e.schemaPath.startsWith(prefix)));
}

export function schemaFindings(errors: readonly ErrorObject[] | null | undefined, place: Placement): Finding[] {
  const findings: Finding[] = [];
  for (const error of withoutBranchNoise(errors ?? [])) {
    const path: (string | number)[] = pathOf(error.instancePath);
    const parent = error.parentSchema as SchemaObject | undefined;
    let message: Text | null = schemaMessage(parent);
    let where = place.locate(path);
    let rule = `${place.rulePrefix}/${error.keyword}`;
    const property = (extra?: string) => (place.propertyPrefix ?? "") + propertyName(extra === undefined ? path : [...path, extra]);
    const catalog = (id: MessageId, params: Record<string, string | number>) => (message ??= text(id, params));

    switch (error.keyword) {
      case "required": {
        const missing = String(error.params.missingProperty);
        const propertySchema = (parent?.properties as SchemaObject | undefined)?.[missing];
        message = schemaMessage(propertySchema) ?? message;
        catalog("schema.required", { property: property(missing), example: exampleOf(place.rootSchema, propertySchema) });
        break;
      }
      case "additionalProperties": {
        const extra = String(error.params.additionalProperty);
        where = place.locate([...path, extra], { key: true });
        catalog("schema.additional", { property: property(extra), allowed: Object.keys((parent?.properties as object | undefined) ?? {}).join(", ") });
        break;
      }
      case "type":
        catalog("schema.type", { property: property(), expected: valueText(error.params.type), example: exampleOf(place.rootSchema, parent) === "…" ? "" : exampleOf(place.rootSchema, parent) });
        break;
      case "pattern": {
        const hint = typeof parent?.description === "string" ? parent.description : "";
        catalog("schema.pattern", { property: property(), value: valueText(error.data), example: exampleOf(place.rootSchema, parent) === "…" ? "" : exampleOf(place.rootSchema, parent), hint });
        break;
      }
      case "format":
        catalog("schema.format", { property: property(), value: valueText(error.data) });
        break;
      case "enum":
      case "const":
        catalog("schema.enum", { property: property(), value: valueText(error.data), allowed: (error.keyword === "enum" ? (error.schema as unknown[]) : [error.schema]).map(valueText).join(", ") });
        break;
      case "minItems":
      case "contains":
        catalog("schema.min-items", { property: property(), limit: Number(error.params.limit ?? error.params.minContains ?? 1) });
        break;
      case "minimum":
      case "maximum":
        catalog("schema.range", { property: property(), value: valueText(error.data), min: valueText(parent?.minimum ?? "-"), max: valueText(parent?.maximum ?? "-") });
        break;
      case "minLength":
      case "maxLength":
        catalog("schema.length", { property: property(), min: valueText(parent?.minLength ?? 0), max: valueText(parent?.maxLength ?? "∞") });
        break;
      case "uniqueItems":
        catalog("schema.unique", { property: property() });
        break;
      case "propertyNames":
        rule = `${place.rulePrefix}/property-name`;
        catalog("schema.pattern", { property: property(String(error.params.propertyName)), value: String(error.params.propertyName), example: "lowercase-key", hint: "" });
        where = place.locate([...path, String(error.params.propertyName)], { key: true });
        break;
      default:
        catalog("schema.generic", { property: property() || "(root)", detail: error.message ?? error.keyword });
    }
    findings.push({ file: place.file, line: where.line, ...(where.column ? { column: where.column } : {}), rule, severity: place.severity ?? "error", message: message! });
  }
  return dedupe(findings);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.line}\u0000${f.rule}\u0000${f.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
