// Organisation teams and their members (what review requests to a team and team lookups read).
import type { TeamRecord } from "./records.ts";
import type { StateContext } from "./state-context.ts";

export interface TeamOptions {
  name?: string;
  description?: string;
}

/** Creates or replaces the team; a replaced team keeps its id. */
export function setTeam(state: StateContext, org: string, slug: string, members: string[], options: TeamOptions = {}): TeamRecord {
  const key = `${org}/${slug}`;
  const team: TeamRecord = {
    id: state.teams.get(key)?.id ?? state.nextId(),
    org,
    slug,
    name: options.name ?? slug,
    description: options.description ?? null,
    members: [...members],
  };
  state.organizations.add(org);
  for (const login of members) state.userId(login);
  state.teams.set(key, team);
  return team;
}
