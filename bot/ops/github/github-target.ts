// Which repository a scheduled job writes to, and with what, from the variables GitHub Actions
// sets (GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_SERVER_URL) and the job's token (GITHUB_TOKEN).
import { OpsError } from "../ops-error.ts";

export interface GitHubTarget {
  owner: string;
  repo: string;
  token: string;
  apiUrl: string;
  /** For links in issue bodies, e.g. https://github.com. */
  serverUrl: string;
  /** Pace writes and wait out rate limits (Octokit's throttling); MANUALS_GITHUB_THROTTLE=off turns it
   *  off for a GitHub Enterprise Server without rate limits, and for tests against a local fake. */
  throttle: boolean;
}

export function githubTarget(env: NodeJS.ProcessEnv): GitHubTarget {
  const token = env.GITHUB_TOKEN?.trim();
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? "").trim().split("/");
  if (!token || !owner || !repo || rest.length) {
    const missing = [!token ? "GITHUB_TOKEN" : null, !owner || !repo || rest.length ? "GITHUB_REPOSITORY (owner/name)" : null].filter(Boolean).join(", ");
    throw new OpsError("ops.github-env", { missing });
  }
  return {
    owner,
    repo,
    token,
    apiUrl: (env.GITHUB_API_URL?.trim() || "https://api.github.com").replace(/\/+$/, ""),
    serverUrl: (env.GITHUB_SERVER_URL?.trim() || "https://github.com").replace(/\/+$/, ""),
    throttle: env.MANUALS_GITHUB_THROTTLE !== "off",
  };
}

/** Link to a file on the default branch, for issue bodies. */
export function fileUrl(target: Pick<GitHubTarget, "owner" | "repo" | "serverUrl">, path: string): string {
  return `${target.serverUrl}/${target.owner}/${target.repo}/blob/HEAD/${path.split("/").map(encodeURIComponent).join("/")}`;
}

/** Owner, name and server for links when GITHUB_REPOSITORY is set, even without a token. */
export function linkBase(env: NodeJS.ProcessEnv): Pick<GitHubTarget, "owner" | "repo" | "serverUrl"> | null {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? "").trim().split("/");
  if (!owner || !repo || rest.length) return null;
  return { owner, repo, serverUrl: (env.GITHUB_SERVER_URL?.trim() || "https://github.com").replace(/\/+$/, "") };
}
