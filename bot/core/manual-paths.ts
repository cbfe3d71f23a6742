// Which repository paths are manuals. Extensions are matched in any case: `.MD` written on Windows
// is a manual like `.md`, and `.MDX` is refused like `.mdx`.
const MANUAL = /\.md$/i;
const MDX = /\.mdx$/i;

/** Markdown manuals under manuals/ (not materials in a files/ folder). */
export function isManualFile(file: string): boolean {
  return file.startsWith("manuals/") && MANUAL.test(file) && !file.split("/").slice(1, -1).includes("files");
}

/** MDX under manuals/: never a manual, because MDX runs code. */
export function isMdxFile(file: string): boolean {
  return file.startsWith("manuals/") && MDX.test(file);
}
