// Whether a YYYY-MM-DD string names a real day, by the same rule as the schemas' `format: date`
// (2026-02-30 does not). Real dates in this form compare correctly as strings.
import type { FormatDefinition } from "ajv";
import { fullFormats } from "ajv-formats/dist/formats.js";

const validDate = (fullFormats.date as FormatDefinition<string>).validate as (value: string) => boolean;

export function isCalendarDate(value: string): boolean {
  return validDate(value);
}
