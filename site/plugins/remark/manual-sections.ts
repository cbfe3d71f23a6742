// Gives each section of a manual its own <section> with a class named for the section's key (from
// the sections schema, through the core's sectionKeyOf), so 업무 팁 can be set apart and 관련자료
// links become downloads named after the material.
import { sectionKeyOf, type SectionsSpec } from "../../../bot/core/sections-spec.ts";

interface Node {
  type: string;
  depth?: number;
  value?: string;
  name?: string;
  children?: Node[];
  attributes?: { type: string; name: string; value?: unknown }[];
  data?: { hName?: string; hProperties?: Record<string, unknown>; id?: string };
}

function plainText(node: Node): string {
  return node.value ?? (node.children ?? []).map(plainText).join("");
}

/** The file a Docusaurus asset link points at, read from its require() expression. */
function assetFile(node: Node): string | null {
  const href = node.attributes?.find((a) => a.name === "href")?.value as { value?: string } | undefined;
  const match = /!\.\/(?:[^"'!]*\/)?([^/"'!?#]+?)(?:[?#][^"']*)?["']/.exec(href?.value ?? "");
  return match?.[1] ?? null;
}

function markDownloads(node: Node): void {
  for (const child of node.children ?? []) {
    if (child.type === "mdxJsxTextElement" && child.name === "a") {
      const file = assetFile(child);
      if (file) {
        const extension = /\.[^.]+$/.exec(file)?.[0] ?? "";
        const label = plainText(child).trim().replace(/[\\/:*?"<>|]/g, " ") || file;
        child.attributes = [...(child.attributes ?? []).filter((a) => a.name !== "target"), { type: "mdxJsxAttribute", name: "download", value: label.endsWith(extension) ? label : label + extension }];
      }
    }
    markDownloads(child);
  }
}

export interface ManualSectionsOptions {
  spec: SectionsSpec;
}

export default function manualSections({ spec }: ManualSectionsOptions) {
  return (tree: Node) => {
    const children = tree.children ?? [];
    const out: Node[] = [];
    let current: Node | null = null;
    for (const node of children) {
      if (node.type === "heading" && (node.depth ?? 0) <= spec.level) {
        current = null;
        if (node.depth === spec.level) {
          const key = sectionKeyOf(spec, plainText(node)) ?? "other";
          current = {
            type: "manualSection",
            data: { hName: "section", hProperties: { className: ["manual-section", `manual-section--${key}`], ...(node.data?.id ? { "aria-labelledby": node.data.id } : {}) } },
            children: [node],
          };
          out.push(current);
          continue;
        }
      }
      if (current) current.children!.push(node);
      else out.push(node);
    }
    for (const section of out) if (section.type === "manualSection" && (section.data?.hProperties?.className as string[]).includes("manual-section--materials")) markDownloads(section);
    tree.children = out;
  };
}
