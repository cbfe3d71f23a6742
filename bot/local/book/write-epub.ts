// The EPUB's zip (OCF container) through fflate: entries in the given order, the mimetype stored
// (level 0) as OCF requires, everything else deflated. Fixed timestamps keep the bytes the same
// for the same approved text.
import { strToU8, zipSync, type Zippable } from "fflate";
import type { EpubFile } from "../../core/book/epub-package.ts";

const EPOCH = new Date(Date.UTC(2000, 0, 1));

export function epubBytes(files: readonly EpubFile[]): Uint8Array {
  const entries: Zippable = {};
  // fflate writes entries in the object's insertion order; "mimetype" is first in files.
  for (const file of files) entries[file.path] = [strToU8(file.text), { level: file.path === "mimetype" ? 0 : 6, mtime: EPOCH }];
  return zipSync(entries);
}
