// A heading as plain text from the theme's table of contents, whose values are escaped HTML: the
// section links render text only, never markup.
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" };

export function headingText(value: string): string {
  return value.replace(/<[^>]*>/g, "").replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);
}
