// Renders a catalog message in every language at once; findings carry both and the edge picks one.
import type { Text } from "../findings.ts";
import { en } from "./en.ts";
import { ko, type MessageId } from "./ko.ts";

export type MessageParams = Record<string, string | number>;

export function text(id: MessageId, params: MessageParams = {}): Text {
  return { ko: ko[id](params), en: en[id](params) };
}

/** Both languages of a schema's `x-title`-style object, falling back to Korean. */
export function bilingual(value: unknown, fallback: string): Text {
  if (value && typeof value === "object") {
    const v = value as Partial<Record<keyof Text, unknown>>;
    const ko = typeof v.ko === "string" ? v.ko : fallback;
    return { ko, en: typeof v.en === "string" ? v.en : ko };
  }
  return { ko: fallback, en: fallback };
}
