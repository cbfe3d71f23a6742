// The app's own endpoints: installation access tokens (any JWT is accepted) and GET /app.
import { GitHubError } from "../state/github-error.ts";
import { renderApp } from "../representations/users.ts";
import type { RouteRequest, RouteTable } from "./route.ts";

function requireJwt(request: RouteRequest): void {
  if (request.actor.auth !== "app-jwt") {
    throw new GitHubError(401, "A JSON web token could not be decoded: this endpoint needs the app's JWT (Authorization: Bearer <jwt>).");
  }
}

export const appRoutes: RouteTable = {
  "apps/create-installation-access-token": (request) => {
    requireJwt(request);
    const token = request.state.issueInstallationToken(Number(request.params.installation_id));
    return {
      status: 201,
      body: {
        token: token.token,
        expires_at: token.expiresAt,
        permissions: { checks: "write", contents: "read", issues: "write", members: "read", metadata: "read", pull_requests: "write" },
        repository_selection: "all",
      },
    };
  },

  "apps/get-authenticated": (request) => {
    requireJwt(request);
    return { status: 200, body: renderApp(request.render, request.state.app) };
  },
};
