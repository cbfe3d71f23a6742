// The home page: institutions with their departments, each department's reading path for
// newcomers, and the manuals changed most recently.
import type { Registry } from "../../../bot/core/registry.ts";
import type { HomeData, InstitutionSummary } from "../../src/data/types.ts";
import type { CommitChanges } from "./legal-history.ts";
import { listingStatus } from "./listing-status.ts";
import { lawKeys, type ManualDoc } from "./manual-docs.ts";
import { readingOrder } from "./reading-path.ts";
import { departmentOrder, institutionOrder } from "./sidebar.ts";

export interface HomeInput {
  docs: readonly ManualDoc[];
  registry: Registry | null;
  commits: readonly CommitChanges[];
  /** Docs route base, e.g. "/manuals". */
  docsBase: string;
  pathLength: number;
  recentCount: number;
}

export function homeData({ docs, registry, commits, docsBase, pathLength, recentCount }: HomeInput): HomeData {
  const byDir = new Map<string, ManualDoc[]>();
  for (const doc of docs) byDir.set(doc.dir, [...(byDir.get(doc.dir) ?? []), doc]);
  const dirs = [...byDir.keys()].map((d) => d.split("/"));
  const institutions: InstitutionSummary[] = [];
  for (const institution of institutionOrder(registry, dirs.map(([i]) => i ?? ""))) {
    const summary: InstitutionSummary = { key: institution, name: registry?.institutions[institution]?.name.ko ?? institution, permalink: `${docsBase}/${institution}`, count: 0, departments: [] };
    for (const department of departmentOrder(registry, institution, dirs.filter(([i]) => i === institution).map(([, d]) => d ?? ""))) {
      const manuals = byDir.get(`${institution}/${department}`);
      if (!manuals?.length) continue;
      summary.count += manuals.length;
      const path = readingOrder(manuals.map((doc) => ({ doc, title: doc.title, laws: lawKeys(doc) }))).slice(0, pathLength);
      summary.departments.push({
        key: department,
        name: registry?.departments[department]?.name.ko ?? department,
        permalink: `${docsBase}/${institution}/${department}`,
        count: manuals.length,
        readingPath: path.map(({ doc }) => ({ title: doc.title, permalink: doc.permalink, ...listingStatus(doc.card) })),
      });
    }
    if (summary.count) institutions.push(summary);
  }

  const byFile = new Map(docs.flatMap((doc) => (doc.card ? [[doc.card.file, doc] as const] : [])));
  const recent: HomeData["recent"] = [];
  const seen = new Set<string>();
  for (const commit of commits) {
    for (const change of commit.manuals) {
      const doc = byFile.get(change.file);
      if (!doc || seen.has(change.file) || change.kind === "deleted") continue;
      seen.add(change.file);
      recent.push({ title: doc.title, permalink: doc.permalink, date: commit.date.slice(0, 10), department: doc.card?.department.name ?? "", message: commit.subject });
      if (recent.length >= recentCount) break;
    }
    if (recent.length >= recentCount) break;
  }
  return { manuals: docs.length, institutions, recent };
}
