// Reading the law service's XML: validated first (a truncated or non-XML answer is an error, never
// "no results"), then parsed with every value kept as text (법령ID 001773 must stay 001773).
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { OpsError } from "../ops-error.ts";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false, parseAttributeValue: false, trimValues: true, processEntities: true });

/** A short, single-line excerpt of what the service sent, for error messages. */
export function excerpt(text: string): string {
  const line = text.replace(/<!\[CDATA\[|\]\]>/g, "").replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  return line.length > 160 ? line.slice(0, 160) + "…" : line || "(빈 응답 / empty)";
}

export function parseXml(text: string, what: string): Record<string, unknown> {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new OpsError("ops.law-xml", { what, line: valid.err.line, detail: valid.err.msg, excerpt: excerpt(text) });
  }
  return parser.parse(text) as Record<string, unknown>;
}

/** The text of a child element ("" when absent or empty). */
export function field(node: unknown, name: string): string {
  if (!node || typeof node !== "object") return "";
  const value = (node as Record<string, unknown>)[name];
  if (value === undefined || value === null) return "";
  if (typeof value === "object") {
    const textValue = (value as Record<string, unknown>)["#text"];
    return typeof textValue === "string" ? textValue.trim() : "";
  }
  return String(value).trim();
}

/** Child elements as a list, whether the XML had none, one or many. */
export function children(node: unknown, name: string): unknown[] {
  if (!node || typeof node !== "object") return [];
  const value = (node as Record<string, unknown>)[name];
  if (value === undefined || value === null || value === "") return [];
  return Array.isArray(value) ? value : [value];
}

/** The service writes dates as YYYYMMDD; the registry as YYYY-MM-DD. null when it is not a date. */
export function isoDate(value: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value.replace(/[.\-\s]/g, ""));
  if (!match) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  const date = new Date(iso + "T00:00:00Z");
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}
