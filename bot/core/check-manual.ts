// The per-file half of `manuals check`: parse then validate one manual. Pure: bytes in, findings out.
import { parseManual } from "./parse/parse-manual.ts";
import type { Validators } from "./schemas.ts";
import { specOf, validateManual, type ManualCheck } from "./validate/validate-manual.ts";

export function checkManual(file: string, bytes: Uint8Array | string, validators: Validators): ManualCheck {
  return validateManual(parseManual(file, bytes, { sectionLevel: specOf(validators).level }), validators);
}
