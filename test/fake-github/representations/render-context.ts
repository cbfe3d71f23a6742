// What every representation needs: the state, and where the API (the fake's own address) and the web
// pages (github.com) live, so that URLs in responses lead back to the fake as GitHub's lead to GitHub.
import type { GitHubState } from "../state/github-state.ts";
import type { RepositoryRecord } from "../state/records.ts";

export interface RenderContext {
  state: GitHubState;
  /** Base URL of the API, e.g. http://127.0.0.1:4567 */
  api: string;
  /** Base URL of the web pages, https://github.com */
  web: string;
}

export function repoApi(context: RenderContext, repository: RepositoryRecord): string {
  return `${context.api}/repos/${repository.fullName}`;
}

export function repoWeb(context: RenderContext, repository: RepositoryRecord): string {
  return `${context.web}/${repository.fullName}`;
}

/** GitHub's global ids look like "PR_kwDOAB1a"; the fake's are stable and carry the type and number. */
export function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_${Buffer.from(`fake:${id}`).toString("base64url")}`;
}
