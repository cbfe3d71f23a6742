// Users, bots and organisations as GitHub renders an account (simple-user), and apps (integration).
import { nodeId, type RenderContext } from "./render-context.ts";
import type { AppIdentity } from "../state/records.ts";

function accountType(context: RenderContext, login: string): "User" | "Bot" | "Organization" {
  if (login.endsWith("[bot]")) return "Bot";
  return context.state.organizations.has(login) ? "Organization" : "User";
}

export function renderUser(context: RenderContext, login: string) {
  const id = context.state.userId(login);
  const url = `${context.api}/users/${encodeURIComponent(login)}`;
  const type = accountType(context, login);
  return {
    login,
    id,
    node_id: nodeId(type === "Organization" ? "O" : type === "Bot" ? "BOT" : "U", id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: "",
    url,
    html_url: `${context.web}/${type === "Bot" ? `apps/${login.replace(/\[bot\]$/, "")}` : encodeURIComponent(login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    user_view_type: "public",
    site_admin: false,
  };
}

/** The app as GitHub renders it on a check run or as GET /app (integration). */
export function renderApp(context: RenderContext, app: AppIdentity) {
  const created = "2024-01-01T00:00:00Z";
  const owner = [...context.state.organizations][0] ?? "github";
  return {
    id: app.id,
    slug: app.slug,
    node_id: nodeId("A", app.id),
    client_id: `Iv1.fake${app.id}`,
    owner: renderUser(context, owner),
    name: app.name,
    description: null,
    external_url: `${context.web}/apps/${app.slug}`,
    html_url: `${context.web}/apps/${app.slug}`,
    created_at: created,
    updated_at: created,
    permissions: { checks: "write", contents: "read", issues: "write", members: "read", metadata: "read", pull_requests: "write" },
    events: ["check_run", "check_suite", "pull_request", "pull_request_review"],
  };
}
