// Asks the law service about every law in the registry (a few at a time) and compares. Any failure
// aborts the whole run: a partial answer must not close or rewrite anything.
import type { Registry } from "../../core/generated/registry.ts";
import { compareLaw, type LawStatus } from "./amendments.ts";
import type { LawApi } from "./law-api.ts";
import { targetOf } from "./law-kinds.ts";

export async function checkLaws(params: { registry: Registry; api: LawApi; keys?: readonly string[]; concurrency?: number }): Promise<LawStatus[]> {
  const { registry, api } = params;
  const keys = params.keys?.length ? [...params.keys] : Object.keys(registry.laws);
  const results: LawStatus[] = new Array<LawStatus>(keys.length);
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const index = next++;
      const key = keys[index]!;
      const law = registry.laws[key]!;
      const target = targetOf(law);
      const status = compareLaw(key, law, await api.search(target, law.name));
      if (status.state === "amended" && target.detail && status.found?.serial) status.detail = await api.detail(status.found.serial);
      results[index] = status;
    }
  };
  await Promise.all(Array.from({ length: Math.min(params.concurrency ?? 4, keys.length) }, worker));
  return results;
}
