// GitHub's GraphQL Blob.text stops at a size limit (the isTruncated field says so). The cut falls on
// a UTF-8 character boundary, so the text a reader gets is always valid, only shorter.

export interface BlobText {
  text: string;
  truncated: boolean;
}

/** A UTF-8 character is at most 4 bytes: a lead byte and up to 3 continuation bytes (10xxxxxx). */
const MAX_CONTINUATION_BYTES = 3;

export function blobText(bytes: Buffer, limit: number): BlobText {
  if (bytes.length <= limit) return { text: bytes.toString("utf8"), truncated: false };
  let end = limit;
  // bytes[end] is the first byte left out; if it continues a character, that character starts before the cut.
  while (end > 0 && end > limit - MAX_CONTINUATION_BYTES && ((bytes[end] as number) & 0xc0) === 0x80) end -= 1;
  return { text: bytes.subarray(0, end).toString("utf8"), truncated: true };
}
