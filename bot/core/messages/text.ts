// Renders catalog messages: findings carry every language at once (text) and the edge picks one;
// an edge that already knows its language renders just that one (say).
import type { Language, Text } from "../findings.ts";
import { en } from "./en.ts";
import { ko, type MessageId } from "./ko.ts";
import type { MessageInput, MessageParams } from "./message.ts";

export type { MessageId } from "./ko.ts";
export type { MessageInput } from "./message.ts";

const catalogs = { ko, en } as const;

/** The parameters in one language: a nested message (e.g. a finding's text) becomes its wording. */
function inLanguage(lang: Language, params: MessageInput): MessageParams {
  const out: MessageParams = {};
  for (const [key, value] of Object.entries(params)) out[key] = typeof value === "object" ? value[lang] : value;
  return out;
}

export function text(id: MessageId, params: MessageInput = {}): Text {
  return { ko: ko[id](inLanguage("ko", params)), en: en[id](inLanguage("en", params)) };
}

export function say(lang: Language, id: MessageId, params: MessageInput = {}): string {
  return catalogs[lang][id](inLanguage(lang, params));
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
