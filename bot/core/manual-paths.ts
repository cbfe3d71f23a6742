// Which paths are manuals. Extensions are compared without regard to case: Windows and macOS keep
// `전입신고.MD` as typed, and a manual that the check passed over for its capital letters would
// escape every rule (as would an `.MDX` escape the no-MDX rule).
const MANUAL = /\.md$/i;
const MDX = /\.mdx$/i;

/** In manuals/ but inside a materials folder (files/), where forms and templates live. */
function inMaterials(path: string): boolean {
  return path.split("/").slice(1, -1).includes("files");
}

/** Markdown manuals under manuals/ (.md in any case), not materials in a files/ folder. */
export function isManualFile(path: string): boolean {
  return path.startsWith("manuals/") && MANUAL.test(path) && !inMaterials(path);
}

/** An MDX file (.mdx in any case) under manuals/, materials folders included: MDX can run code anywhere. */
export function isMdxFile(path: string): boolean {
  return path.startsWith("manuals/") && MDX.test(path);
}
