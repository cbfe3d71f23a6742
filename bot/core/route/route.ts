// route: legal changes + the base branch's registry and config → the approvals required.
// Each department whose manuals change legally needs its reviewers; a moved manual needs both
// departments; registry, schema and configuration changes need the administrators.
import { synonymsFile } from "../synonyms.ts";
import type { Text } from "../findings.ts";
import type { BotConfig } from "../generated/config.ts";
import type { Registry } from "../generated/registry.ts";
import { text } from "../messages/text.ts";
import type { FileVersion, ManualChange } from "../compare/compare-manuals.ts";
import { adminFingerprint, departmentFingerprints } from "../compare/fingerprint.ts";
import { configFile, registryFiles } from "../registry.ts";

export interface Reviewers {
  users: string[];
  teams: string[];
}

export interface RequiredApproval {
  /** "department:<key>" or "admins". */
  id: string;
  kind: "department" | "admins";
  department: string | null;
  name: Text;
  approvals: number;
  reviewers: Reviewers;
  /** Why this approval is needed, one line each. */
  reasons: Text[];
  /** The legal content an approval must have seen to count. */
  fingerprint: string;
  /** Set when the rule cannot be satisfied as configured; the check then fails closed. */
  problem?: Text;
}

export interface RouteInput {
  changes: readonly ManualChange[];
  /** Changed registry, schema and configuration files, at the head (text "" when deleted). */
  adminFiles: readonly FileVersion[];
  registry: Registry | null;
  config: BotConfig | null;
}

export function isAdminFile(file: string): boolean {
  return Object.values(registryFiles).includes(file as never) || file === configFile || file === synonymsFile || file.startsWith("schemas/");
}

function lawName(registry: Registry | null, key: string): string {
  return registry?.laws[key]?.name ?? key;
}

export function describeChange(change: ManualChange, registry: Registry | null): Text[] {
  const lines: Text[] = [];
  const from = change.base ? `${change.base.institution}/${change.base.department}` : "";
  const to = change.head ? `${change.head.institution}/${change.head.department}` : "";
  // A rename inside one department is shown by its paths; a move between departments by the departments.
  const renamedOnly = change.previousFile !== undefined && from === to;
  lines.push(text(`review.kind-${change.kind}`, { file: change.file, from: renamedOnly ? change.previousFile! : from, to: renamedOnly ? change.file : to }));
  for (const law of change.laws) {
    const name = lawName(registry, law.law);
    if (law.change === "changed") {
      const before = `${law.before?.article} (${law.before?.version})`;
      const after = `${law.after?.article} (${law.after?.version})`;
      lines.push(text("review.law-changed", { name, before, after }));
    } else {
      lines.push(text(law.change === "added" ? "review.law-added" : "review.law-removed", { name, article: law.article }));
    }
  }
  for (const section of change.sections) {
    lines.push({
      ko: text("review.section-changed", { title: section.title.ko, removed: section.removed.length, added: section.added.length }).ko,
      en: text("review.section-changed", { title: section.title.en, removed: section.removed.length, added: section.added.length }).en,
    });
  }
  return lines;
}

function sortReviewers(reviewers: { users?: string[]; teams?: string[] } | undefined): Reviewers {
  return { users: [...(reviewers?.users ?? [])].sort(), teams: [...(reviewers?.teams ?? [])].sort() };
}

export function route(input: RouteInput): RequiredApproval[] {
  const { registry, config } = input;
  const legal = input.changes.filter((c) => c.legal);
  const fingerprints = departmentFingerprints(legal);
  const required: RequiredApproval[] = [];
  const adminReasons: Text[] = [...input.adminFiles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).map((f) => text("review.admin-file", { file: f.file }));

  const departments = [...new Set(legal.flatMap((c) => c.departments))].sort();
  for (const department of departments) {
    const entry = registry?.departments[department];
    const changes = legal.filter((c) => c.departments.includes(department));
    if (!entry) {
      // Not in the base registry: only administrators can vouch for it (and register it).
      for (const change of changes) adminReasons.push(text("review.unknown-department", { file: change.file, department }));
      continue;
    }
    required.push({
      id: `department:${department}`,
      kind: "department",
      department,
      name: { ko: entry.name.ko, en: entry.name.en ?? entry.name.ko },
      approvals: entry.approvals,
      reviewers: sortReviewers(entry.reviewers),
      reasons: changes.flatMap((c) => describeChange(c, registry)),
      fingerprint: fingerprints.get(department)!,
    });
  }
  // A legal change whose department cannot be read at all (broken front matter) also goes to the administrators.
  for (const change of legal) {
    if (change.departments.length === 0) adminReasons.push(text("review.unknown-department", { file: change.file, department: "?" }));
  }

  if (adminReasons.length > 0) {
    const admins = config?.admins;
    const reviewers = sortReviewers(admins);
    const none = reviewers.users.length === 0 && reviewers.teams.length === 0;
    required.push({
      id: "admins",
      kind: "admins",
      department: null,
      name: { ko: "관리자", en: "Administrators" },
      approvals: admins?.approvals ?? 1,
      reviewers,
      reasons: adminReasons,
      // Administrators vouch for every legal change reaching a department the registry lacks, even when another department also approves it.
      fingerprint: adminFingerprint(input.adminFiles, legal.filter((c) => c.departments.length === 0 || c.departments.some((d) => !registry?.departments[d]))),
      ...(none ? { problem: text(registry ? "review.no-admins" : "review.no-registry") } : {}),
    });
  }
  if (!registry && legal.length > 0) {
    for (const rule of required) rule.problem ??= text("review.no-registry");
  }
  return required;
}
