// The files one review read, by ref and path, with the text views the steps need.
import type { FileVersion } from "../compare/compare-manuals.ts";
import { decodeManual } from "../parse/decode.ts";
import type { FileRead, FileRequest, ReviewSource } from "./source.ts";
import type { TextAt } from "./trusted.ts";

export interface Snapshot {
  get(ref: string, path: string): FileRead | undefined;
  /** A registry, schema or configuration file as text. */
  textAt(ref: string): TextAt;
  /** A manual as the compare reads it: null only when it does not exist. */
  manualAt(ref: string, path: string | null): FileVersion | null;
}

const utf8 = new TextDecoder("utf-8");

function textOf(read: FileRead | undefined): string | null {
  if (!read?.exists) return null;
  if (read.text != null) return read.text;
  return read.bytes ? utf8.decode(read.bytes) : null;
}

/**
 * A manual's text for the compare. A file that exists is always a version — one that is not a
 * readable manual (binary, not UTF-8) is read lossily and parses as broken — so it can never make a
 * change disappear from the legal review.
 */
function manualTextOf(read: FileRead | undefined): string | null {
  if (!read?.exists) return null;
  if (read.bytes) {
    const decoded = decodeManual(read.bytes);
    return decoded.ok ? decoded.text : utf8.decode(read.bytes);
  }
  return read.text ?? "";
}

/** Reads the requests in one call to the source; `previous` lends what an earlier read already holds. */
export async function readSnapshot(source: ReviewSource, requests: readonly FileRequest[], previous?: Snapshot): Promise<Snapshot> {
  const reads = requests.length ? await source.readFiles(requests) : [];
  const byKey = new Map<string, FileRead>();
  requests.forEach((r, i) => byKey.set(`${r.ref}:${r.path}`, reads[i]!));
  const get = (ref: string, path: string) => byKey.get(`${ref}:${path}`) ?? previous?.get(ref, path);
  return {
    get,
    textAt: (ref) => (path) => textOf(get(ref, path)),
    manualAt(ref, path) {
      if (path === null) return null;
      const text = manualTextOf(get(ref, path));
      return text === null ? null : { file: path, text };
    },
  };
}
