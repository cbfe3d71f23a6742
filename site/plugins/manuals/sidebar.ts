// Sidebar: institution → department → manual, labelled in Korean from the registry, institutions
// in the registry's order, manuals in each department's reading order.
import type { PluginOptions as DocsOptions } from "@docusaurus/plugin-content-docs";
import type { Registry } from "../../../bot/core/registry.ts";
import type { ManualCard } from "../../src/data/types.ts";
import { listingStatus } from "./listing-status.ts";
import { readingOrder } from "./reading-path.ts";

type GeneratedItem = Awaited<ReturnType<DocsOptions["sidebarItemsGenerator"]>>[number];

export interface SidebarDoc {
  id: string;
  title: string;
  sourceDirName: string;
  frontMatter: Record<string, unknown>;
}

export function institutionOrder(registry: Registry | null, present: Iterable<string>): string[] {
  const known = Object.entries(registry?.institutions ?? {})
    .sort(([a, x], [b, y]) => (x.order ?? 999) - (y.order ?? 999) || (a < b ? -1 : 1))
    .map(([key]) => key);
  const extra = [...new Set(present)].filter((k) => !known.includes(k)).sort();
  return [...known, ...extra];
}

export function departmentOrder(registry: Registry | null, institution: string, present: Iterable<string>): string[] {
  const known = Object.entries(registry?.departments ?? {})
    .filter(([, d]) => d.institution === institution)
    .map(([key]) => key);
  const extra = [...new Set(present)].filter((k) => !known.includes(k)).sort();
  return [...known, ...extra];
}

export function manualsSidebarItems(docs: readonly SidebarDoc[], registry: Registry | null): GeneratedItem[] {
  const byDir = new Map<string, SidebarDoc[]>();
  for (const doc of docs) {
    const list = byDir.get(doc.sourceDirName) ?? [];
    list.push(doc);
    byDir.set(doc.sourceDirName, list);
  }
  const dirs = [...byDir.keys()].map((dir) => dir.split("/"));
  const items: GeneratedItem[] = [];
  for (const institution of institutionOrder(registry, dirs.map(([i]) => i ?? ""))) {
    const departments = departmentOrder(registry, institution, dirs.filter(([i]) => i === institution).map(([, d]) => d ?? ""));
    const departmentItems: GeneratedItem[] = [];
    let count = 0;
    for (const department of departments) {
      const manuals = byDir.get(`${institution}/${department}`);
      if (!manuals?.length) continue;
      count += manuals.length;
      const ordered = readingOrder(manuals.map((doc) => ({ doc, title: doc.title, laws: ((doc.frontMatter.manual as ManualCard | undefined)?.laws ?? []).map((l) => l.law) })));
      const name = registry?.departments[department]?.name.ko ?? department;
      departmentItems.push({
        type: "category",
        label: name,
        collapsed: true,
        collapsible: true,
        link: { type: "generated-index", slug: `/${institution}/${department}`, title: name, description: `${name} 업무 매뉴얼 ${manuals.length}개 (처음 오신 분은 위에서부터 차례로 읽으세요)` },
        // The department page lists each manual with its owner and review status (src/theme/DocCard).
        items: ordered.map(({ doc }) => ({ type: "doc", id: doc.id, customProps: { listing: listingStatus(doc.frontMatter.manual as ManualCard | undefined) } })),
      });
    }
    if (!departmentItems.length) continue;
    const name = registry?.institutions[institution]?.name.ko ?? institution;
    items.push({
      type: "category",
      label: name,
      collapsed: true,
      collapsible: true,
      link: { type: "generated-index", slug: `/${institution}`, title: name, description: `${name}의 부서별 업무 매뉴얼 ${count}개` },
      items: departmentItems,
    });
  }
  return items;
}
