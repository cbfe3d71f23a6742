// Repositories, branches (as git refs), blobs by SHA, commits and comparisons.
import { compareTrees } from "../state/file-changes.ts";
import { isSha } from "../state/git-history.ts";
import { GitHubError, notFound, validationFailed } from "../state/github-error.ts";
import { renderCommit, renderDiffEntry, renderGitBlob, renderGitRef } from "../representations/git.ts";
import { repoApi, repoWeb } from "../representations/render-context.ts";
import { renderFullRepository } from "../representations/repository.ts";
import { repositoryOf, type RouteRequest, type RouteTable } from "./route.ts";

/** The branch a ref names ("heads/x" or "refs/heads/x"); the fake keeps no tags. */
function branchOfRef(ref: string): string | undefined {
  const match = /^(?:refs\/)?heads\/(.+)$/.exec(ref);
  return match?.[1];
}

/** "This endpoint supports blobs up to 100 megabytes in size." */
export const MAX_BLOB_BYTES = 100 * 1024 * 1024;

function wantsRaw(request: RouteRequest): boolean {
  return /application\/vnd\.github(\.v3)?\.raw/.test(String(request.headers.accept ?? ""));
}

function resolveOr404(request: RouteRequest, ref: string): string {
  const sha = request.state.resolveRef(repositoryOf(request).fullName, ref);
  if (sha === undefined) throw validationFailed(`No commit found for SHA: ${ref}`);
  return sha;
}

export const gitRoutes: RouteTable = {
  "repos/get": (request) => ({ status: 200, body: renderFullRepository(request.render, repositoryOf(request)) }),

  "git/get-ref": (request) => {
    const repository = repositoryOf(request);
    const branch = branchOfRef(request.params.ref as string);
    const sha = branch === undefined ? undefined : repository.branches.get(branch);
    if (branch === undefined || sha === undefined) throw notFound();
    return { status: 200, body: renderGitRef(request.render, repository, branch, sha) };
  },

  "git/create-ref": (request) => {
    const repository = repositoryOf(request);
    const { ref, sha } = request.body as { ref: string; sha: string };
    const branch = ref.startsWith("refs/") ? branchOfRef(ref) : undefined;
    if (branch === undefined) throw validationFailed(`Reference name "${ref}" is invalid: expected refs/heads/<branch>.`);
    if (!isSha(sha) || !repository.commits.has(sha)) throw validationFailed("Object does not exist");
    if (repository.branches.has(branch)) throw validationFailed("Reference already exists");
    repository.branches.set(branch, sha);
    return { status: 201, body: renderGitRef(request.render, repository, branch, sha) };
  },

  "git/update-ref": (request) => {
    const repository = repositoryOf(request);
    const { sha, force } = request.body as { sha: string; force?: boolean };
    const branch = branchOfRef(request.params.ref as string);
    const current = branch === undefined ? undefined : repository.branches.get(branch);
    if (branch === undefined || current === undefined) throw validationFailed("Reference does not exist");
    if (!repository.commits.has(sha)) throw validationFailed("Object does not exist");
    const fastForward = request.state.commitsBetween(repository.fullName, sha, current).length === 0;
    if (!fastForward && !force) throw validationFailed("Update is not a fast forward");
    repository.branches.set(branch, sha);
    return { status: 200, body: renderGitRef(request.render, repository, branch, sha) };
  },

  "git/delete-ref": (request) => {
    const repository = repositoryOf(request);
    const branch = branchOfRef(request.params.ref as string);
    if (branch === undefined || !repository.branches.delete(branch)) throw validationFailed("Reference does not exist");
    return { status: 204 };
  },

  "git/get-blob": (request) => {
    const repository = repositoryOf(request);
    const sha = request.params.file_sha as string;
    if (!isSha(sha)) throw validationFailed("The sha parameter must be exactly 40 characters and contain only [0-9a-f].");
    const blob = request.state.blob(repository.fullName, sha);
    if (!blob) throw notFound();
    if (blob.size > MAX_BLOB_BYTES) {
      throw new GitHubError(403, "This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API, but you can always clone the repository via Git to obtain it.", [
        { resource: "Blob", field: "data", code: "too_large" },
      ]);
    }
    if (wantsRaw(request)) return { status: 200, raw: { contentType: "application/vnd.github.raw", data: blob.bytes() } };
    return { status: 200, body: renderGitBlob(request.render, repository, blob) };
  },

  "repos/get-commit": (request) => {
    const repository = repositoryOf(request);
    const commit = repository.commits.get(resolveOr404(request, request.params.ref as string));
    if (!commit) throw notFound();
    const parent = commit.parents[0] === undefined ? undefined : repository.commits.get(commit.parents[0]);
    return { status: 200, body: renderCommit(request.render, repository, commit, compareTrees(parent?.tree, commit.tree)) };
  },

  "repos/compare-commits-with-basehead": (request) => {
    const repository = repositoryOf(request);
    const basehead = request.params.basehead as string;
    const [baseRef, headRef] = basehead.includes("...") ? basehead.split("...") : basehead.split("..");
    if (baseRef === undefined || headRef === undefined) throw notFound();
    const base = resolveOr404(request, baseRef);
    const head = resolveOr404(request, headRef);
    const ahead = request.state.commitsBetween(repository.fullName, base, head);
    const behind = request.state.commitsBetween(repository.fullName, head, base);
    const files = request.state.compare(repository.fullName, base, head);
    const render = (sha: string) => {
      const commit = repository.commits.get(sha);
      if (!commit) throw notFound();
      return renderCommit(request.render, repository, commit);
    };
    const mergeBase = request.state.mergeBase(repository.fullName, base, head) ?? base;
    const web = `${repoWeb(request.render, repository)}/compare/${basehead}`;
    return {
      status: 200,
      body: {
        url: `${repoApi(request.render, repository)}/compare/${basehead}`,
        html_url: web,
        permalink_url: web,
        diff_url: `${web}.diff`,
        patch_url: `${web}.patch`,
        base_commit: render(base),
        merge_base_commit: render(mergeBase),
        status: ahead.length === 0 && behind.length === 0 ? "identical" : behind.length === 0 ? "ahead" : ahead.length === 0 ? "behind" : "diverged",
        ahead_by: ahead.length,
        behind_by: behind.length,
        total_commits: ahead.length,
        commits: ahead.slice(0, 250).map((commit) => renderCommit(request.render, repository, commit)),
        files: files.slice(0, 300).map((file) => renderDiffEntry(request.render, repository, head, file)),
      },
    };
  },
};
