// Edits the review tests make to manual texts, each precise and loud: an edit whose target is not
// in the text throws, so a changed sample cannot silently turn a scenario into a no-op.

export function replaceOnce(text: string, from: string, to: string): string {
  const index = text.indexOf(from);
  if (index < 0) throw new Error(`edit target not found: ${JSON.stringify(from.slice(0, 80))}`);
  return text.slice(0, index) + to + text.slice(index + from.length);
}

const lawEntry = (law: string, article: string, version?: string) => `  - law: ${law}\n    article: "${article}"\n` + (version === undefined ? "" : `    version: ${version}\n`);

function versionOf(text: string, law: string, article: string): string {
  const match = new RegExp(`  - law: ${law}\\n    article: "${article}"\\n    version: (\\S+)\\n`).exec(text);
  if (!match) throw new Error(`law entry ${law} ${article} not found`);
  return match[1]!;
}

/** Changes a front-matter law entry's article, keeping its version. */
export function setArticle(text: string, law: string, from: string, to: string): string {
  return replaceOnce(text, lawEntry(law, from), lawEntry(law, to));
}

export function setVersion(text: string, law: string, article: string, version: string): string {
  return replaceOnce(text, lawEntry(law, article, versionOf(text, law, article)), lawEntry(law, article, version));
}

export function addLaw(text: string, law: string, article: string, version: string): string {
  return replaceOnce(text, "\nlaws:\n", `\nlaws:\n${lawEntry(law, article, version)}`);
}

export function removeLaw(text: string, law: string, article: string): string {
  return replaceOnce(text, lawEntry(law, article, versionOf(text, law, article)), "");
}

/** Applies `edit` to the body of the section under `## title` (up to the next `## ` heading). */
export function editSection(text: string, title: string, edit: (body: string) => string): string {
  const heading = `\n## ${title}\n`;
  const start = text.indexOf(heading);
  if (start < 0) throw new Error(`section ${title} not found`);
  const bodyStart = start + heading.length;
  const next = text.indexOf("\n## ", bodyStart);
  const bodyEnd = next < 0 ? text.length : next + 1;
  return text.slice(0, bodyStart) + edit(text.slice(bodyStart, bodyEnd)) + text.slice(bodyEnd);
}

/** The body of a section, as editSection sees it. */
export function sectionBody(text: string, title: string): string {
  let body = "";
  editSection(text, title, (b) => (body = b));
  return body;
}

/** A one-syllable typo inside a section (the kind of edit a typo fix is). */
export function typo(text: string, title: string): string {
  return editSection(text, title, (body) => replaceOnce(body, "니다", "니댜"));
}

export function setFrontMatter(text: string, key: string, from: string, to: string): string {
  return replaceOnce(text, `\n${key}: ${from}\n`, `\n${key}: ${to}\n`);
}
