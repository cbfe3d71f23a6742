// The registry of the working tree for commands that need names (due, impact, handover, new);
// a broken registry is a configuration error (exit 2) for them.
import { loadRegistry, type Registry } from "../core/registry.ts";
import { loadSchemaSet, registrySources } from "./repository.ts";
import { compileOrExplain } from "./compile-schemas.ts";
import { UsageError } from "../core/messages/message-error.ts";
import type { Validators } from "../core/schemas.ts";

export function localRegistry(root: string): { registry: Registry; validators: Validators } {
  const validators = compileOrExplain(loadSchemaSet(root));
  const { registry, findings } = loadRegistry(registrySources(root), validators);
  if (!registry) {
    const first = findings[0];
    throw new UsageError("cli.registry-invalid", first ? { file: first.file, line: first.line, detail: first.message } : { file: "manuals/", line: 1, detail: "" });
  }
  return { registry, validators };
}
