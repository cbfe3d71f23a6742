// Git data as the REST API renders it: refs, commits, changed files, repository contents.
import { createHash } from "node:crypto";
import { sortedEntries, type Blob, type Tree } from "../state/file-tree.ts";
import { nodeId, repoApi, repoWeb, type RenderContext } from "./render-context.ts";
import { renderUser } from "./users.ts";
import type { CommitRecord, FileChangeRecord, RepositoryRecord } from "../state/records.ts";

export function renderGitRef(context: RenderContext, repository: RepositoryRecord, branch: string, sha: string) {
  const api = repoApi(context, repository);
  return {
    ref: `refs/heads/${branch}`,
    node_id: nodeId("REF", `${repository.id}:${branch}`),
    url: `${api}/git/refs/heads/${branch}`,
    object: { type: "commit", sha, url: `${api}/git/commits/${sha}` },
  };
}

/** Tree SHAs for responses; the fake never serves trees by SHA, so they only need to be stable. */
function pseudoSha(text: string): string {
  return createHash("sha1").update(`tree ${text}`).digest("hex");
}

export function treeSha(commit: CommitRecord): string {
  return pseudoSha(commit.sha);
}

export function renderCommit(context: RenderContext, repository: RepositoryRecord, commit: CommitRecord, files?: FileChangeRecord[]) {
  const api = repoApi(context, repository);
  return {
    url: `${api}/commits/${commit.sha}`,
    sha: commit.sha,
    node_id: nodeId("C", commit.sha.slice(0, 12)),
    html_url: `${repoWeb(context, repository)}/commit/${commit.sha}`,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${commit.sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      comment_count: 0,
      tree: { sha: treeSha(commit), url: `${api}/git/trees/${treeSha(commit)}` },
      verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
    },
    // GitHub links a commit to the account whose e-mail it carries; the fake links commits made as a login.
    author: commit.login === null ? null : renderUser(context, commit.login),
    committer: commit.login === null ? null : renderUser(context, commit.login),
    parents: commit.parents.map((sha) => ({ sha, url: `${api}/commits/${sha}`, html_url: `${repoWeb(context, repository)}/commit/${sha}` })),
    ...(files
      ? {
          stats: {
            additions: files.reduce((sum, file) => sum + file.additions, 0),
            deletions: files.reduce((sum, file) => sum + file.deletions, 0),
            total: files.reduce((sum, file) => sum + file.additions + file.deletions, 0),
          },
          files: files.map((file) => renderDiffEntry(context, repository, commit.sha, file)),
        }
      : {}),
  };
}

function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

export function renderDiffEntry(context: RenderContext, repository: RepositoryRecord, headSha: string, file: FileChangeRecord) {
  const api = repoApi(context, repository);
  const web = repoWeb(context, repository);
  const path = encodePath(file.filename);
  return {
    sha: (file.head ?? file.base)?.sha ?? null,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${web}/blob/${headSha}/${path}`,
    raw_url: `${web}/raw/${headSha}/${path}`,
    contents_url: `${api}/contents/${path}?ref=${headSha}`,
    ...(file.patch === undefined ? {} : { patch: file.patch }),
    ...(file.previousFilename === undefined ? {} : { previous_filename: file.previousFilename }),
  };
}

function contentLinks(context: RenderContext, repository: RepositoryRecord, path: string, ref: string, entry: Blob | Tree) {
  const api = repoApi(context, repository);
  const web = repoWeb(context, repository);
  const encoded = encodePath(path);
  const self = `${api}/contents/${encoded}?ref=${encodeURIComponent(ref)}`;
  const git = entry.kind === "blob" ? `${api}/git/blobs/${entry.sha}` : `${api}/git/trees/${ref}:${encoded}`;
  const html = `${web}/${entry.kind === "blob" ? "blob" : "tree"}/${ref}/${encoded}`;
  return { url: self, git_url: git, html_url: html, _links: { self, git, html } };
}

/** One entry of a directory listing (no content). */
export function renderContentEntry(context: RenderContext, repository: RepositoryRecord, path: string, ref: string, entry: Blob | Tree) {
  const name = path.split("/").pop() ?? path;
  const links = contentLinks(context, repository, path, ref, entry);
  if (entry.kind === "tree") {
    return { type: "dir" as const, size: 0, name, path, sha: pseudoSha(`${repository.fullName}:${ref}:${path}`), download_url: null, ...links };
  }
  return {
    type: "file" as const,
    size: entry.size,
    name,
    path,
    sha: entry.sha,
    download_url: `https://raw.githubusercontent.com/${repository.fullName}/${ref}/${encodePath(path)}`,
    ...links,
  };
}

/** Base64 in lines of 60 characters, as GitHub sends file and blob content. */
function base64Lines(bytes: Buffer): string {
  return (bytes.toString("base64").match(/.{1,60}/g) ?? []).join("\n");
}

/** GitHub sends content up to 1 MB inline; larger files come without it. */
const INLINE_LIMIT = 1024 * 1024;

export function renderContentFile(context: RenderContext, repository: RepositoryRecord, path: string, ref: string, blob: Blob) {
  const inline = blob.size <= INLINE_LIMIT;
  const content = inline ? base64Lines(blob.bytes()) : "";
  return { ...renderContentEntry(context, repository, path, ref, blob), type: "file" as const, encoding: inline ? "base64" : "none", content };
}

export function renderContentDirectory(context: RenderContext, repository: RepositoryRecord, path: string, ref: string, tree: Tree) {
  return sortedEntries(tree).map(([name, entry]) => renderContentEntry(context, repository, path === "" ? name : `${path}/${name}`, ref, entry));
}

/** GET /git/blobs/{sha}: the whole blob, base64, whatever its size up to the API's limit. */
export function renderGitBlob(context: RenderContext, repository: RepositoryRecord, blob: Blob) {
  return {
    sha: blob.sha,
    node_id: nodeId("B", `${repository.id}:${blob.sha}`),
    size: blob.size,
    url: `${repoApi(context, repository)}/git/blobs/${blob.sha}`,
    content: base64Lines(blob.bytes()),
    encoding: "base64",
  };
}
