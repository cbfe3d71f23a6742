// The rules that decide whether content can be a manual at all hold on every path: bytes from the
// file system or git, and text a face already decoded (an API), with the size and completeness the
// face reports.
import { describe, expect, test } from "vitest";
import { decodeManual, MAX_MANUAL_BYTES, readManualText } from "../../../bot/core/parse/decode.ts";

const manual = "---\nid: x\n---\n\n## 업무개요\n\n전입신고를 처리합니다.\n";
const bytes = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
const utf16be = (text: string) => new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);
const messageOf = (input: Parameters<typeof decodeManual>[0]) => decodeManual(input).ok === false && (decodeManual(input) as { message: string }).message;

describe("UTF-16 (Windows Notepad's \"유니코드\") is named as such", () => {
  test.each([
    ["little-endian with a byte-order mark", withBom([0xff, 0xfe], utf16le(manual))],
    ["big-endian with a byte-order mark", withBom([0xfe, 0xff], utf16be(manual))],
    ["little-endian without a mark", utf16le(manual)],
    ["big-endian without a mark", utf16be(manual)],
    ["read by a face as UTF-8 text", new TextDecoder().decode(withBom([0xff, 0xfe], utf16le(manual)))],
    ["read as UTF-8 text, without a mark", new TextDecoder().decode(utf16le(manual))],
  ])("%s", (_name, input) => {
    expect(messageOf(input)).toBe("file.utf16");
    const read = readManualText("manuals/a/b/m.md", input);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.finding).toMatchObject({ rule: "file-readable", severity: "error", line: 1 });
    expect(read.finding.message.ko).toContain("UTF-16");
    expect(read.finding.message.ko).toContain("메모장");
    expect(read.finding.message.en).toContain("UTF-8");
    expect(read.finding.message.en).not.toContain("binary");
  });
});

describe("text handed over by a face gets the same rules as bytes", () => {
  test("too large, counted in UTF-8 bytes (한글 is 3 bytes a character)", () => {
    const big = manual + "가".repeat(Math.ceil(MAX_MANUAL_BYTES / 3));
    expect(big.length).toBeLessThan(MAX_MANUAL_BYTES);
    expect(messageOf(big)).toBe("file.too-large");
    expect(messageOf(bytes(big))).toBe("file.too-large");
  });

  test("too large by the size the face reports, though it sent less", () => {
    expect(messageOf({ content: manual, byteSize: MAX_MANUAL_BYTES + 1 })).toBe("file.too-large");
    expect(messageOf({ content: bytes(manual), byteSize: 5 * MAX_MANUAL_BYTES })).toBe("file.too-large");
  });

  test("not read whole: an error, whatever was read", () => {
    for (const content of [manual, bytes(manual)]) {
      const read = readManualText("manuals/a/b/m.md", { content, byteSize: 600_000, whole: false });
      expect(read).toMatchObject({ ok: false, finding: { rule: "file-readable", severity: "error", line: 1 } });
      expect(decodeManual({ content, byteSize: 600_000, whole: false })).toMatchObject({ ok: false, message: "file.not-whole" });
    }
    expect(decodeManual({ content: manual, whole: true })).toEqual({ ok: true, text: manual });
  });

  test("a NUL is binary content, on its line", () => {
    expect(decodeManual("---\nid: x\n\u0000---\n")).toMatchObject({ ok: false, message: "file.binary", line: 3 });
    expect(decodeManual(bytes("---\nid: x\n\u0000---\n"))).toMatchObject({ ok: false, message: "file.binary", line: 3 });
  });

  test("a replacement character is text a lossy decoding changed: an encoding finding on its line", () => {
    const euckr = new Uint8Array([...bytes("---\nid: x\n---\n"), 0xc0, 0xfc, 0xc0, 0xd4, 0x0a]);
    expect(decodeManual(euckr)).toMatchObject({ ok: false, message: "file.encoding", line: 4 });
    expect(decodeManual(new TextDecoder().decode(euckr))).toMatchObject({ ok: false, message: "file.encoding", line: 4 });
  });

  test("empty, and a byte-order mark dropped, as for bytes", () => {
    expect(messageOf(" \n\n")).toBe("file.empty");
    expect(decodeManual(`\uFEFF${manual}`)).toEqual({ ok: true, text: manual });
    expect(decodeManual(bytes(`\uFEFF${manual}`))).toEqual({ ok: true, text: manual });
  });
});

test("Korean text in UTF-8 with few ASCII bytes is not mistaken for UTF-16", () => {
  const korean = "---\n" + "가나다라마바사아자차카타파하".repeat(400) + "\n";
  expect(decodeManual(bytes(korean)).ok).toBe(true);
  expect(decodeManual(korean).ok).toBe(true);
});
