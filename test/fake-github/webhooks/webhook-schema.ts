// GitHub's webhook payload schemas (@octokit/webhooks-schemas): the list of fields each payload object
// may carry (they forbid extras, unlike REST), and a validator per event and action.
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { createRequire } from "node:module";

interface DefinitionSchema {
  properties?: Record<string, unknown>;
}

interface WebhookSchemas {
  definitions: Record<string, DefinitionSchema>;
}

/** Definition NAME is registered with ajv as `${DEFINITION_ID_PREFIX}NAME`. */
const DEFINITION_ID_PREFIX = "https://github.com/octokit/webhooks/definitions/";
const LOCAL_REF = "#/definitions/";

let schemas: WebhookSchemas | undefined;
let ajv: Ajv | undefined;
const registered = new Set<string>();
const validators = new Map<string, ValidateFunction>();

function load(): WebhookSchemas {
  schemas ??= createRequire(import.meta.url)("@octokit/webhooks-schemas") as WebhookSchemas;
  return schemas;
}

/** Local refs become ids, and the names they point to are collected for registration. */
function rewriteRefs(value: unknown, into: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, into));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      if (key === "$ref" && typeof child === "string" && child.startsWith(LOCAL_REF)) {
        const name = decodeURIComponent(child.slice(LOCAL_REF.length));
        into.add(name);
        return [key, `${DEFINITION_ID_PREFIX}${encodeURIComponent(name)}`];
      }
      return [key, rewriteRefs(child, into)];
    }),
  );
}

/** Registers a definition and everything it refers to; compiling then touches only that closure (not all 300 events). */
function register(instance: Ajv, name: string): void {
  if (registered.has(name)) return;
  const definition = load().definitions[name];
  if (!definition) throw new Error(`@octokit/webhooks-schemas has no definition "${name}".`);
  registered.add(name);
  const references = new Set<string>();
  const { $schema: _schema, ...body } = rewriteRefs(definition, references) as Record<string, unknown>;
  instance.addSchema(body, `${DEFINITION_ID_PREFIX}${encodeURIComponent(name)}`);
  for (const reference of references) register(instance, reference);
}

/** Keeps the fields `definition` lists: webhook objects are the REST ones minus fields webhooks do not carry. */
export function pick(value: Record<string, unknown>, definition: string): Record<string, unknown> {
  const properties = load().definitions[definition]?.properties;
  if (!properties) throw new Error(`@octokit/webhooks-schemas has no definition "${definition}".`);
  return Object.fromEntries(Object.entries(value).filter(([key]) => key in properties));
}

/** The allowed keys of a nested object property, e.g. app.permissions. */
export function pickNested(value: Record<string, unknown>, definition: string, property: string): Record<string, unknown> {
  const nested = load().definitions[definition]?.properties?.[property] as DefinitionSchema | undefined;
  const properties = nested?.properties ?? {};
  return Object.fromEntries(Object.entries(value).filter(([key]) => key in properties));
}

/** ajv's message when `payload` is not a valid `event$action` payload, else undefined. */
export function checkPayload(event: string, action: string, payload: unknown): string | undefined {
  const key = `${event}$${action}`;
  let validate = validators.get(key);
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv({ strict: false, allErrors: true });
      // ajv-formats ships CommonJS with a default export object; the callable sits on .default under ESM.
      const formats = ((addFormats as unknown as { default?: unknown }).default ?? addFormats) as (instance: Ajv) => void;
      formats(ajv);
    }
    register(ajv, key);
    validate = ajv.compile({ $ref: `${DEFINITION_ID_PREFIX}${encodeURIComponent(key)}` });
    validators.set(key, validate);
  }
  return validate(payload) ? undefined : ajv?.errorsText(validate.errors, { dataVar: "payload", separator: "; " });
}
