// GitHub rejects check-run summaries and texts over 65,535 characters; cut with a note instead.
export const GITHUB_TEXT_LIMIT = 65_535;

export function truncate(markdown: string, note: string, limit = GITHUB_TEXT_LIMIT): string {
  if (markdown.length <= limit) return markdown;
  const tail = `\n\n…\n\n> ${note}`;
  const cut = markdown.lastIndexOf("\n", limit - tail.length);
  return markdown.slice(0, cut > 0 ? cut : limit - tail.length) + tail;
}
