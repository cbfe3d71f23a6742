// Turns a file's bytes into text, or says why it cannot be a manual (empty, binary, not UTF-8, too large).
import type { MessageId } from "../messages/ko.ts";

export const MAX_MANUAL_BYTES = 1024 * 1024;

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; line: number; message: MessageId; params: Record<string, string | number> };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function decodeManual(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_MANUAL_BYTES) {
    return { ok: false, line: 1, message: "file.too-large", params: { size: formatSize(bytes.length), limit: formatSize(MAX_MANUAL_BYTES) } };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, line: lineOfOffset(bytes, nul), message: "file.binary", params: {} };
  let text: string;
  try {
    text = utf8.decode(bytes); // strips a leading BOM
  } catch {
    return { ok: false, line: lineOfOffset(bytes, firstInvalidUtf8(bytes)), message: "file.encoding", params: { line: lineOfOffset(bytes, firstInvalidUtf8(bytes)) } };
  }
  if (text.trim() === "") return { ok: false, line: 1, message: "file.empty", params: {} };
  return { ok: true, text };
}

/** Offset of the first byte that breaks UTF-8, found by decoding growing prefixes line by line. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const probe = new TextDecoder("utf-8", { fatal: true });
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    end = end === -1 ? bytes.length : end + 1;
    try {
      probe.decode(bytes.subarray(start, end));
    } catch {
      return start;
    }
    start = end;
  }
  return 0;
}
