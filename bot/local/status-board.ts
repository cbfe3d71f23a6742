// The status board of a working tree: the core's numbers over the manuals as parsed once.
import { sectionsSpec } from "../core/sections-spec.ts";
import { statusBoard, type StatusBoard } from "../core/status/status.ts";
import { readParsedManuals } from "./parsed-manuals.ts";
import { localRegistry } from "./registry.ts";

export interface LocalStatusInput {
  root: string;
  today: string;
  withinDays?: number;
  lawLimit?: number;
}

export function readStatusBoard({ root, today, withinDays = 30, lawLimit = 10 }: LocalStatusInput): StatusBoard {
  const { registry, validators } = localRegistry(root);
  const spec = sectionsSpec(validators.sectionsSchema);
  return statusBoard({ manuals: readParsedManuals(root, spec), registry, spec, today, withinDays, lawLimit });
}
