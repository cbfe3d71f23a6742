// A GitHub login's entry in the staff registry. GitHub logins are case-insensitive, so
// "Kim-Minsu" in a manual finds the kim-minsu entry of manuals/people.yml.
import type { Person } from "../generated/registry.ts";

export type { Person };

export function personOf(people: Readonly<Record<string, Person>> | undefined, login: string): Person | undefined {
  if (!people) return undefined;
  const exact = people[login];
  if (exact) return exact;
  const lower = login.toLowerCase();
  for (const [key, person] of Object.entries(people)) if (key.toLowerCase() === lower) return person;
  return undefined;
}
