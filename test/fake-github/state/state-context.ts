// What every resource module of the state needs from the whole: the repositories, the teams, fresh
// ids, the clock and the user table. GitHubState implements it; the modules take nothing wider.
import type { RepositoryRecord, TeamRecord } from "./records.ts";

export interface StateContext {
  readonly repositories: Map<string, RepositoryRecord>;
  /** Login → numeric id. */
  readonly users: Map<string, number>;
  /** Owners of repositories and teams. */
  readonly organizations: Set<string>;
  /** `${org}/${slug}` → team. */
  readonly teams: Map<string, TeamRecord>;
  /** The repository record; throws when unknown (tests seed repositories before use). */
  repository(fullName: string): RepositoryRecord;
  /** A new id, unique across every kind of record (GitHub's ids are too, in practice). */
  nextId(): number;
  /** The fake clock as GitHub writes timestamps: ISO without milliseconds. */
  now(): string;
  nowDate(): Date;
  /** The user's numeric id, assigned on first sight. */
  userId(login: string): number;
}

export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
