// Turns a file's content into text, or says why it cannot be a manual: too large, not read whole,
// UTF-16, binary, not UTF-8, empty. The same rules hold whether a face hands over bytes (the check,
// git) or text it already decoded (an API): a manual is never judged on part of itself, nor on text
// that a lossy decoding has already changed.
import type { Finding } from "../findings.ts";
import type { MessageId } from "../messages/ko.ts";
import { text as message } from "../messages/text.ts";

export const MAX_MANUAL_BYTES = 1024 * 1024;

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; line: number; message: MessageId; params: Record<string, string | number> };

export interface ManualContent {
  /** The file as read: raw bytes, or text a face has already decoded. */
  content: Uint8Array | string;
  /** The file's size in bytes where the face knows it (an API reports it even when it sends less). */
  byteSize?: number;
  /** False when the face could not read the whole file (a truncated API response). */
  whole?: boolean;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const encoder = new TextEncoder();

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** At the start of the file: a UTF-16 byte-order mark, or ASCII with a NUL beside every character. */
function looksUtf16(at: (index: number) => number, length: number): boolean {
  if (length >= 2 && ((at(0) === 0xff && at(1) === 0xfe) || (at(0) === 0xfe && at(1) === 0xff))) return true;
  const sample = Math.min(length, 4096) & ~1;
  if (sample < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample; i++) {
    if (at(i) !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  // Markdown's ASCII (front matter keys, `#`, `-`, line ends) leaves half the bytes NUL in UTF-16.
  return Math.max(even, odd) >= (sample / 2) * 0.3 && Math.min(even, odd) <= (sample / 2) * 0.05;
}

const tooLarge = (size: number): Decoded => ({ ok: false, line: 1, message: "file.too-large", params: { size: formatSize(size), limit: formatSize(MAX_MANUAL_BYTES) } });

export function decodeManual(input: Uint8Array | string | ManualContent): Decoded {
  const { content, byteSize, whole } = typeof input === "string" || input instanceof Uint8Array ? { content: input } : input;
  if (typeof content === "string") return decodeText(content, byteSize, whole);
  const size = Math.max(byteSize ?? 0, content.length);
  if (size > MAX_MANUAL_BYTES) return tooLarge(size);
  if (whole === false) return { ok: false, line: 1, message: "file.not-whole", params: { size: formatSize(size), limit: formatSize(MAX_MANUAL_BYTES) } };
  if (looksUtf16((i) => content[i]!, content.length)) return { ok: false, line: 1, message: "file.utf16", params: {} };
  const nul = content.indexOf(0);
  if (nul !== -1) return { ok: false, line: lineOfOffset(content, nul), message: "file.binary", params: {} };
  let text: string;
  try {
    text = utf8.decode(content); // strips a leading BOM
  } catch {
    const line = lineOfOffset(content, firstInvalidUtf8(content));
    return { ok: false, line, message: "file.encoding", params: { line } };
  }
  if (text.trim() === "") return { ok: false, line: 1, message: "file.empty", params: {} };
  return { ok: true, text };
}

function decodeText(content: string, byteSize: number | undefined, whole: boolean | undefined): Decoded {
  // Past the limit either way: a string's UTF-8 length is at least its length in UTF-16 units / 2.
  if (content.length > MAX_MANUAL_BYTES * 2) return tooLarge(content.length);
  const size = Math.max(byteSize ?? 0, encoder.encode(content).length);
  if (size > MAX_MANUAL_BYTES) return tooLarge(size);
  if (whole === false) return { ok: false, line: 1, message: "file.not-whole", params: { size: formatSize(size), limit: formatSize(MAX_MANUAL_BYTES) } };
  // UTF-16 bytes decoded as UTF-8 keep their NULs, and the byte-order mark becomes two U+FFFD.
  if ((content.startsWith("\uFFFD\uFFFD") && content.includes("\u0000")) || looksUtf16((i) => content.charCodeAt(i), content.length)) {
    return { ok: false, line: 1, message: "file.utf16", params: {} };
  }
  const lineAt = (offset: number) => content.slice(0, offset).split("\n").length;
  const nul = content.indexOf("\u0000");
  if (nul !== -1) return { ok: false, line: lineAt(nul), message: "file.binary", params: {} };
  // U+FFFD is what a lossy decoding leaves where a byte was not UTF-8: the text is no longer the file.
  const lost = content.indexOf("\uFFFD");
  if (lost !== -1) return { ok: false, line: lineAt(lost), message: "file.encoding", params: { line: lineAt(lost) } };
  const text = content.replace(/^\uFEFF/, "");
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

/**
 * A manual's text, or the finding that says why it cannot be read as one. For every face that reads
 * a manual (check, review, the app, the site): pass the byte size and whether the read was whole
 * when the source reports them.
 */
export function readManualText(file: string, input: Uint8Array | string | ManualContent): { ok: true; text: string } | { ok: false; finding: Finding } {
  const decoded = decodeManual(input);
  if (decoded.ok) return decoded;
  return { ok: false, finding: { file, line: decoded.line, rule: "file-readable", severity: "error", message: message(decoded.message, decoded.params) } };
}
