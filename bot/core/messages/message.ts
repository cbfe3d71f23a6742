// What a catalog entry is: a function of its parameters, rendered at the edge in one language.
import type { Text } from "../findings.ts";

/** Parameters as a message function receives them: already in its language. */
export type MessageParams = Record<string, string | number>;
export type Message = (p: MessageParams) => string;

/** Parameters as callers give them: a value may itself be a message in every language (a finding's text). */
export type MessageInput = Record<string, string | number | Text>;

/** Another language's catalog for an area: exactly the ids of the Korean one, no more, no fewer. */
export type Translation<T> = { readonly [K in keyof T]: Message };
