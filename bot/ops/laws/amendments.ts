// Compares the registry's effective dates with what the law service says is in force. Pure.
import type { Law } from "../../core/generated/registry.ts";
import type { LawDetail } from "./parse-service.ts";
import type { FoundLaw } from "./parse-search.ts";

export type LawState =
  /** The registry has the service's effective date. */
  | "current"
  /** The service has a newer version than the registry: an amendment. */
  | "amended"
  /** The registry names a later date than the service (entered by hand ahead of time?). */
  | "registry-ahead"
  /** No law of that exact name (and kind) in the service: the registry name needs checking. */
  | "not-found";

export interface LawStatus {
  key: string;
  law: Law;
  state: LawState;
  found: FoundLaw | null;
  /** What the new version changed, when the service gives it (target=law, amended only). */
  detail: LawDetail | null;
}

const normalise = (name: string) => name.replace(/\s+/g, "");

/** The registry says 부령 for every ministry's rules; the service names the ministry (행정안전부령). */
function sameKind(registryKind: string, serviceKind: string): boolean {
  return !serviceKind || serviceKind === registryKind || (registryKind === "부령" && serviceKind.endsWith("부령"));
}

/** The search result that is this law: the exact official name (spacing aside), the kind when the
 *  registry gives one, and of several versions the latest (the search lists by promulgation). */
export function matchLaw(law: Law, found: readonly FoundLaw[]): FoundLaw | null {
  const named = found.filter((f) => normalise(f.name) === normalise(law.name));
  const kinded = law.kind && law.kind !== "자치법규" && law.kind !== "행정규칙" ? named.filter((f) => sameKind(law.kind!, f.kind)) : named;
  return [...kinded].sort((a, b) => (a.effective < b.effective ? 1 : a.effective > b.effective ? -1 : 0))[0] ?? null;
}

export function compareLaw(key: string, law: Law, found: readonly FoundLaw[]): LawStatus {
  const match = matchLaw(law, found);
  if (!match) return { key, law, state: "not-found", found: null, detail: null };
  const state: LawState = match.effective > law.effective ? "amended" : match.effective < law.effective ? "registry-ahead" : "current";
  return { key, law, state, found: match, detail: null };
}

/** The effective date manuals should follow: the newer of the registry's and the service's. */
export function targetEffective(status: LawStatus): string {
  return status.found && status.found.effective > status.law.effective ? status.found.effective : status.law.effective;
}
