// Repository contents: read a file or folder at a ref (JSON or raw), commit one file on a branch.
import { lookup } from "../state/file-tree.ts";
import { GitHubError, notFound, validationFailed } from "../state/github-error.ts";
import { renderContentDirectory, renderContentEntry, renderContentFile, treeSha } from "../representations/git.ts";
import { nodeId, repoApi, repoWeb } from "../representations/render-context.ts";
import { repositoryOf, type RouteRequest, type RouteTable } from "./route.ts";

interface PutContentBody {
  message: string;
  content: string;
  sha?: string;
  branch?: string;
  committer?: { name: string; email: string };
  author?: { name: string; email: string };
}

function wantsRaw(request: RouteRequest): boolean {
  return /application\/vnd\.github(\.v3)?\.raw/.test(String(request.headers.accept ?? ""));
}

export const contentRoutes: RouteTable = {
  "repos/get-content": (request) => {
    const repository = repositoryOf(request);
    const ref = request.query.get("ref") ?? repository.defaultBranch;
    const sha = request.state.resolveRef(repository.fullName, ref);
    if (sha === undefined) throw notFound(`No commit found for the ref ${ref}`);
    const path = (request.params.path ?? "").replace(/\/+$/, "");
    const entry = lookup(repository.commits.get(sha)?.tree, path);
    if (!entry) throw notFound();
    if (entry.kind === "tree") return { status: 200, body: renderContentDirectory(request.render, repository, path, ref, entry) };
    if (wantsRaw(request)) return { status: 200, raw: { contentType: "text/plain; charset=utf-8", data: entry.bytes() } };
    return { status: 200, body: renderContentFile(request.render, repository, path, ref, entry) };
  },

  "repos/create-or-update-file-contents": (request) => {
    const repository = repositoryOf(request);
    const body = request.body as PutContentBody;
    const path = request.params.path ?? "";
    const branch = body.branch ?? repository.defaultBranch;
    const tip = repository.branches.get(branch);
    if (tip === undefined) throw new GitHubError(404, `Branch ${branch} not found`);
    const existing = lookup(repository.commits.get(tip)?.tree, path);
    if (existing?.kind === "tree") throw validationFailed(`${path} is a directory.`);
    if (existing && body.sha === undefined) throw validationFailed('Invalid request.\n\n"sha" wasn\'t supplied.');
    if (existing && body.sha !== existing.sha) throw new GitHubError(409, `${path} does not match ${body.sha}`);
    const identity = body.author ?? body.committer ?? request.actor.login;
    const sha = request.state.commit(repository.fullName, {
      branch,
      files: { [path]: new Uint8Array(Buffer.from(body.content, "base64")) },
      message: body.message,
      author: identity,
    });
    const commit = repository.commits.get(sha);
    const blob = lookup(commit?.tree, path);
    if (!commit || blob?.kind !== "blob") throw new Error(`The commit of ${path} did not store it.`);
    const api = repoApi(request.render, repository);
    return {
      status: existing ? 200 : 201,
      body: {
        content: renderContentEntry(request.render, repository, path, branch, blob),
        commit: {
          sha,
          node_id: nodeId("C", sha.slice(0, 12)),
          url: `${api}/git/commits/${sha}`,
          html_url: `${repoWeb(request.render, repository)}/commit/${sha}`,
          author: commit.author,
          committer: commit.committer,
          message: commit.message,
          tree: { sha: treeSha(commit), url: `${api}/git/trees/${treeSha(commit)}` },
          parents: commit.parents.map((parent) => ({ sha: parent, url: `${api}/git/commits/${parent}`, html_url: `${repoWeb(request.render, repository)}/commit/${parent}` })),
          verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
        },
      },
    };
  },
};
