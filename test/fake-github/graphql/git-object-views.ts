// What GraphQL resolves: the fake's records seen as GitHub's Repository, Blob, Tree, TreeEntry and
// Commit. A view is a plain object read by graphql's executor; a function property is called only when
// its field is selected, so a query for byteSize never decodes the text. A field of the schema with
// no property here is one the fake does not answer (see fieldResolver).
import type { GraphQLFieldResolver } from "graphql";
import { nodeId, type RenderContext } from "../representations/render-context.ts";
import { lookup, sortedEntries, type Blob, type Tree, type TreeEntry } from "../state/file-tree.ts";
import type { CommitRecord, RepositoryRecord } from "../state/records.ts";
import { blobText } from "./blob-text.ts";
import { NotFound, Unimplemented } from "./github-errors.ts";
import { checkSuitesView, organizationView, pullRequestView } from "./pull-request-views.ts";

type View = Record<string, unknown>;

/** The default resolver: a property of the view, called when it is a function; a missing one is a gap in the fake. */
export const fieldResolver: GraphQLFieldResolver<View, RenderContext> = (source, args, context, info) => {
  const value = source[info.fieldName];
  if (value === undefined) throw new Unimplemented(`${info.parentType.name}.${info.fieldName} is a GitHub field the fake does not answer; add it in test/fake-github/graphql/git-object-views.ts.`);
  return typeof value === "function" ? (value as (args: unknown) => unknown)(args) : value;
};

export function queryRoot(context: RenderContext): View {
  return {
    organization: ({ login }: { login: string }) => {
      if (!context.state.organizations.has(login)) throw new NotFound(`Could not resolve to an Organization with the login of '${login}'.`);
      return organizationView(context, login);
    },
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repository = context.state.repositories.get(`${owner}/${name}`);
      if (!repository) throw new NotFound(`Could not resolve to a Repository with the name '${owner}/${name}'.`);
      return repositoryView(context, repository);
    },
  };
}

function repositoryView(context: RenderContext, repository: RepositoryRecord): View {
  return {
    __typename: "Repository",
    id: nodeId("R", repository.id),
    name: repository.name,
    nameWithOwner: repository.fullName,
    isPrivate: repository.private,
    url: `${context.web}/${repository.fullName}`,
    object: ({ expression, oid }: { expression?: string | null; oid?: string | null }) => {
      if ((expression == null) === (oid == null)) throw new Unimplemented("Repository.object with both or neither of oid and expression: the fake does not know GitHub's answer; give one.");
      return oid != null ? objectByOid(context, repository, oid) : objectByExpression(context, repository, expression as string);
    },
    pullRequest: ({ number }: { number: number }) => {
      const pull = repository.issues.get(number);
      if (!pull || pull.kind !== "pull") throw new NotFound(`Could not resolve to a PullRequest with the number of ${number}.`);
      return pullRequestView(context, repository, pull, (sha) => {
        const commit = repository.commits.get(sha);
        return commit ? commitView(context, repository, commit) : null;
      });
    },
  };
}

function objectByOid(context: RenderContext, repository: RepositoryRecord, oid: string): View | null {
  const commit = repository.commits.get(oid);
  if (commit) return commitView(context, repository, commit);
  const blob = context.state.blob(repository.fullName, oid);
  return blob ? blobView(context, repository, blob) : null;
}

/** `<rev>` (a commit) or `<rev>:<path>` (a blob or tree; an empty path is the root tree), as git rev-parse reads them. */
function objectByExpression(context: RenderContext, repository: RepositoryRecord, expression: string): View | null {
  const colon = expression.indexOf(":");
  const rev = colon < 0 ? expression : expression.slice(0, colon);
  if (/[~^@{}]/.test(rev)) throw new Unimplemented(`Revision "${rev}" uses git's ~, ^ or @{} syntax, which the fake does not resolve; use a branch or a SHA.`);
  const sha = context.state.resolveRef(repository.fullName, rev === "HEAD" ? repository.defaultBranch : rev);
  const commit = sha === undefined ? undefined : repository.commits.get(sha);
  if (!commit) return null;
  if (colon < 0) return commitView(context, repository, commit);
  const path = expression.slice(colon + 1).replace(/^\/+|\/+$/g, "");
  const entry = lookup(commit.tree, path);
  return entry ? entryObjectView(context, repository, entry, path) : null;
}

function entryObjectView(context: RenderContext, repository: RepositoryRecord, entry: TreeEntry, path: string): View {
  return entry.kind === "blob" ? blobView(context, repository, entry) : treeView(context, repository, entry, path);
}

function blobView(context: RenderContext, repository: RepositoryRecord, blob: Blob): View {
  // Read when text is asked for, against the limit in force at that moment (a test may lower it).
  const cut = () => (blob.binary ? null : blobText(blob.bytes(), context.state.blobTextLimit));
  return {
    __typename: "Blob",
    oid: () => blob.sha,
    abbreviatedOid: () => blob.sha.slice(0, 7),
    byteSize: () => blob.size,
    isBinary: () => blob.binary,
    // Binary blobs have no text to cut.
    isTruncated: () => !blob.binary && blob.size > context.state.blobTextLimit,
    text: () => cut()?.text ?? null,
    repository: () => repositoryView(context, repository),
  };
}

function treeView(context: RenderContext, repository: RepositoryRecord, tree: Tree, path: string): View {
  return {
    __typename: "Tree",
    entries: () => sortedEntries(tree).map(([name, entry]) => treeEntryView(context, repository, name, path === "" ? name : `${path}/${name}`, entry)),
    repository: () => repositoryView(context, repository),
  };
}

/** git's modes as GitHub's TreeEntry.mode reports them (decimal): 100644 for files, 040000 for folders. */
const FILE_MODE = 0o100644;
const FOLDER_MODE = 0o40000;

function treeEntryView(context: RenderContext, repository: RepositoryRecord, name: string, path: string, entry: TreeEntry): View {
  const dot = name.lastIndexOf(".");
  return {
    name,
    nameRaw: Buffer.from(name).toString("base64"),
    path,
    pathRaw: Buffer.from(path).toString("base64"),
    type: entry.kind,
    mode: entry.kind === "blob" ? FILE_MODE : FOLDER_MODE,
    size: () => (entry.kind === "blob" ? entry.size : 0),
    extension: entry.kind === "blob" && dot > 0 ? name.slice(dot) : null,
    ...(entry.kind === "blob" ? { oid: () => entry.sha } : {}),
    object: () => entryObjectView(context, repository, entry, path),
    repository: () => repositoryView(context, repository),
  };
}

function commitView(context: RenderContext, repository: RepositoryRecord, commit: CommitRecord): View {
  const resourcePath = `/${repository.fullName}/commit/${commit.sha}`;
  return {
    __typename: "Commit",
    oid: commit.sha,
    abbreviatedOid: commit.sha.slice(0, 7),
    commitResourcePath: resourcePath,
    commitUrl: `${context.web}${resourcePath}`,
    committedDate: commit.committer.date,
    message: commit.message,
    messageHeadline: commit.message.split("\n", 1)[0] ?? "",
    ...(commit.tree ? { tree: () => treeView(context, repository, commit.tree as Tree, "") } : {}),
    checkSuites: (args: Parameters<typeof checkSuitesView>[2]) => checkSuitesView(repository, commit.sha, args),
    repository: () => repositoryView(context, repository),
  };
}
