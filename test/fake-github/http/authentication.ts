// Who a request comes from, read from its Authorization header as GitHub would: the app's JWT, one of
// the installation tokens the fake issued (the app's bot), or another token (GitHub Actions' token
// unless the test maps it to a user).
import type { IncomingHttpHeaders } from "node:http";
import { GITHUB_ACTIONS_APP, type GitHubState } from "../state/github-state.ts";
import type { Actor } from "../routes/route.ts";

export interface AuthenticationOptions {
  /** Tokens that stand for a user (e.g. a personal access token of "kim"): token → login. */
  tokenUsers?: Record<string, string>;
}

const JWT = /^[\w-]+\.[\w-]+\.[\w-]*$/;

export function authenticate(headers: IncomingHttpHeaders, state: GitHubState, options: AuthenticationOptions): Actor | { error: string } {
  const header = headers.authorization;
  if (!header) return { login: "", app: null, auth: "none" };
  const match = /^(?:bearer|token)\s+(\S+)$/i.exec(header);
  if (!match) return { error: "Bad credentials: the Authorization header must be 'Bearer <token>' or 'token <token>'." };
  const credential = match[1] as string;
  if (JWT.test(credential)) return { login: "", app: state.app, auth: "app-jwt" };
  const installation = state.tokens.get(credential);
  if (installation) {
    if (Date.parse(installation.expiresAt) <= state.nowDate().getTime()) return { error: "Bad credentials: the installation token has expired." };
    return { login: state.botLogin, app: state.app, auth: "installation-token" };
  }
  const user = options.tokenUsers?.[credential];
  if (user !== undefined) return { login: user, app: null, auth: "token" };
  return { login: "github-actions[bot]", app: GITHUB_ACTIONS_APP, auth: "token" };
}
