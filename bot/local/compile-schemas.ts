// The schemas of the working tree compiled for a command; a schema ajv cannot compile is a
// configuration error (exit 2) with ajv's reason.
import { UsageError } from "../core/messages/message-error.ts";
import { compileSchemas, type SchemaSet, type Validators } from "../core/schemas.ts";

export function compileOrExplain(schemas: SchemaSet): Validators {
  try {
    return compileSchemas(schemas);
  } catch (error) {
    throw new UsageError("cli.schema-compile", { detail: (error as Error).message });
  }
}
