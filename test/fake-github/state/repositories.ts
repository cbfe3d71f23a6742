// Repositories and who may be assigned in them (collaborators with push access).
import type { RepositoryRecord } from "./records.ts";
import type { StateContext } from "./state-context.ts";

export interface RepositoryOptions {
  defaultBranch?: string;
  private?: boolean;
}

export function createRepository(state: StateContext, fullName: string, options: RepositoryOptions = {}): RepositoryRecord {
  const { repositories } = state;
  const [owner, name, ...rest] = fullName.split("/");
  if (!owner || !name || rest.length > 0) throw new Error(`Repository name "${fullName}" must be "owner/name".`);
  if (repositories.has(fullName)) throw new Error(`Repository ${fullName} already exists.`);
  state.organizations.add(owner);
  const repository: RepositoryRecord = {
    id: state.nextId(),
    owner,
    name,
    fullName,
    defaultBranch: options.defaultBranch ?? "main",
    private: options.private ?? false,
    createdAt: state.now(),
    commits: new Map(),
    branches: new Map(),
    labels: new Map(),
    issues: new Map(),
    comments: new Map(),
    checkRuns: new Map(),
    checkSuites: new Map(),
    collaborators: null,
  };
  repositories.set(fullName, repository);
  return repository;
}

/** Who may be assigned issues in the repository; creating or updating an issue with anyone else is a 422. */
export function setCollaborators(state: StateContext, fullName: string, logins: string[]): void {
  const repository = state.repository(fullName);
  for (const login of logins) state.userId(login);
  repository.collaborators = [...new Set(logins)];
}

/** The repository's assignable users: its collaborators when set, else every user the fake knows. */
export function assignableUsers(state: StateContext, fullName: string): string[] {
  return state.repository(fullName).collaborators ?? [...state.users.keys()];
}

export function canBeAssigned(state: StateContext, fullName: string, login: string): boolean {
  const collaborators = state.repository(fullName).collaborators;
  return !collaborators || collaborators.some((c) => c.toLowerCase() === login.toLowerCase());
}
