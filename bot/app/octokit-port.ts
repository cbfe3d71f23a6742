// GitHubPort over Octokit. Reads asked for in the same tick (the pull request now, its reviews, many
// files) go out as one GraphQL query, which also brings the sticky comment and the check runs at the
// event's head, so a review costs a fixed, small number of calls however large the repository; the
// changed files come from REST (GraphQL's do not name a renamed file's old path). Writes are REST.
// Retries and rate limits are handled by Octokit's retry and throttling plugins.
// GraphQL's Blob.text is cut for large blobs (isTruncated says so): such a file, and a manual GitHub
// calls binary, is read again whole as bytes through the REST blob API, so the core judges every
// byte and can name the encoding of a file that is not UTF-8.
import type { ProbotOctokit } from "probot";
import type { Review, ReviewState } from "../core/evaluate/evaluate.ts";
import type { ChangedFile, ChangeStatus } from "../core/review/plan.ts";
import { isManualFile } from "../core/manual-paths.ts";
import type { FileRead, FileRequest, PullRequestInfo } from "../core/review/source.ts";
import type { Annotation, CheckOutput } from "../core/report/schema-check.ts";
import { CHECK_NAMES, STICKY_MARKER } from "../core/report/report.ts";
import type { ExistingCheck, ExistingComment, GitHubPort } from "./port.ts";

type Octokit = InstanceType<typeof ProbotOctokit>;

export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
  /** The head the event names: its check runs are read with the pull request. */
  headSha?: string;
}

const ANNOTATIONS_PER_REQUEST = 50;
const FILES_PER_QUERY = 100;
const PAGE = 100;

function quote(value: string): string {
  return JSON.stringify(value);
}

interface Connection<T> {
  totalCount?: number;
  pageInfo?: { hasNextPage: boolean };
  nodes: T[];
}

interface GraphQLActor {
  __typename: string;
  login: string;
}

interface GraphQLPullRequest {
  number: number;
  state: "OPEN" | "CLOSED" | "MERGED";
  headRefOid: string;
  baseRefOid: string;
  baseRefName: string;
  author: GraphQLActor | null;
  labels: Connection<{ name: string }> | null;
  reviewRequests: Connection<{ requestedReviewer: (GraphQLActor & { slug?: string }) | null }> | null;
  comments: Connection<{ databaseId: number; body: string; author: GraphQLActor | null }>;
}

interface GraphQLReviews {
  reviews: Connection<{ databaseId: number; state: ReviewState; author: GraphQLActor | null; commit: { oid: string } | null; submittedAt: string | null }> | null;
}

type GraphQLRuns = Connection<{ databaseId: number; name: string; externalId: string | null }> | null;

interface GraphQLCommitChecks {
  checkSuites?: Connection<{ schema: GraphQLRuns; legal: GraphQLRuns }> | null;
}

/** GraphQL names a bot by its app's slug; REST (and the rest of this app) by "slug[bot]". */
function loginOf(actor: GraphQLActor | null): string {
  if (!actor) return "";
  return actor.__typename === "Bot" ? `${actor.login}[bot]` : actor.login;
}

const whole = (connection: Connection<unknown> | null | undefined) => !!connection && !connection.pageInfo?.hasNextPage && (connection.totalCount ?? 0) <= connection.nodes.length;

const ACTOR = "__typename login";
const PULL_REQUEST_FIELDS = `number state headRefOid baseRefOid baseRefName author { ${ACTOR} }
  labels(first: ${PAGE}) { totalCount nodes { name } }
  reviewRequests(first: ${PAGE}) { totalCount nodes { requestedReviewer { __typename ... on User { login } ... on Bot { login } ... on Team { slug } } } }
  comments(first: ${PAGE}) { totalCount pageInfo { hasNextPage } nodes { databaseId body author { ${ACTOR} } } }`;
const REVIEW_FIELDS = `reviews(first: ${PAGE}) { totalCount pageInfo { hasNextPage } nodes { databaseId state author { ${ACTOR} } commit { oid } submittedAt } }`;
// Only the latest run of each of the app's two names in each suite (app): GraphQL's cost is the
// product of the page sizes, and a hundred suites of a hundred runs would cost a hundred points.
const CHECK_SUITES = 20;
const latestRun = (alias: string, name: string) => `${alias}: checkRuns(first: 1, filterBy: { checkType: LATEST, checkName: ${quote(name)} }) { totalCount nodes { databaseId name externalId } }`;
const CHECK_FIELDS = `... on Commit { checkSuites(first: ${CHECK_SUITES}) { totalCount pageInfo { hasNextPage } nodes { ${latestRun("schema", CHECK_NAMES.schema)} ${latestRun("legal", CHECK_NAMES.legal)} } } }`;

/**
 * Collects the parts of a GraphQL query asked for in one tick and sends them as one query. Each part
 * names its root fields under its own alias prefix and gets the data back; an error GitHub reports
 * under one part's fields fails that part only. Written here because the batching loaders on npm
 * batch by key, not by merging a query's fields.
 */
function queryBatcher(octokit: Octokit) {
  type Answer = { data: Record<string, unknown>; prefix: string };
  type Part = { fields: (prefix: string) => string; resolve: (value: Answer) => void; reject: (error: unknown) => void };
  let pending: Part[] = [];
  async function flush() {
    const parts = pending;
    pending = [];
    const prefixes = parts.map((_, i) => `p${i}_`);
    let data: Record<string, unknown>;
    let errors: { path?: (string | number)[] }[] = [];
    try {
      data = await octokit.graphql<Record<string, unknown>>(`query { ${parts.map((p, i) => p.fields(prefixes[i]!)).join(" ")} }`);
    } catch (error) {
      const partial = error as { name?: string; data?: Record<string, unknown> | null; errors?: { path?: (string | number)[] }[] };
      if (partial.name !== "GraphqlResponseError" || !partial.data) {
        for (const p of parts) p.reject(error);
        return;
      }
      data = partial.data;
      errors = partial.errors ?? [];
    }
    parts.forEach((p, i) => {
      const own = errors.filter((e) => String(e.path?.[0] ?? "").startsWith(prefixes[i]!));
      if (own.length) p.reject(Object.assign(new Error(JSON.stringify(own)), { graphqlErrors: own }));
      else p.resolve({ data, prefix: prefixes[i]! });
    });
  }
  return (fields: Part["fields"]) =>
    new Promise<Answer>((resolve, reject) => {
      pending.push({ fields, resolve, reject });
      if (pending.length === 1) queueMicrotask(() => void flush());
    });
}


interface GraphQLObject {
  oid?: string;
  text?: string | null;
  isBinary?: boolean | null;
  isTruncated?: boolean | null;
  byteSize?: number;
  entries?: { path: string }[];
}

/** GitHub's REST blob API serves blobs up to 100 MB; past that the file is reported as not read whole. */
const BLOB_API_LIMIT = 100 * 1024 * 1024;

export function createOctokitPort(octokit: Octokit, target: PullRequestTarget): GitHubPort {
  const { owner, repo, number } = target;
  const repoParams = { owner, repo };
  const prParams = { owner, repo, pull_number: number };
  const issueParams = { owner, repo, issue_number: number };
  const batch = queryBatcher(octokit);
  /** A part of the batched query under this repository: its fields come back as `repository`. */
  const query = async (fields: (prefix: string) => string) => {
    const { data, prefix } = await batch((p) => `${p}repo: repository(owner: ${quote(owner)}, name: ${quote(repo)}) { ${fields(p)} }`);
    return { repository: data[`${prefix}repo`] as Record<string, unknown>, prefix };
  };
  // What the pull request's query brought for reconcile: the sticky comments and the check runs at
  // the event's head, as they were before this review wrote any of them. A write makes its kind old.
  let prefetched: { comments?: ExistingComment[]; checks?: { headSha: string; runs: ExistingCheck[] } } = {};

  async function readBlob(object: GraphQLObject): Promise<FileRead> {
    const byteSize = object.byteSize ?? 0;
    if (byteSize > BLOB_API_LIMIT) return { exists: true, text: object.isBinary ? null : object.text ?? null, byteSize, whole: false };
    const { data } = await octokit.rest.git.getBlob({ ...repoParams, file_sha: object.oid! });
    const bytes = new Uint8Array(Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8"));
    return { exists: true, bytes, text: null, byteSize, whole: bytes.length === byteSize };
  }

  return {
    async pullRequest(): Promise<PullRequestInfo> {
      prefetched = {};
      const headSha = target.headSha;
      const { repository: data, prefix } = await query((p) => `${p}pr: pullRequest(number: ${number}) { ${PULL_REQUEST_FIELDS} }` + (headSha ? ` ${p}head: object(oid: ${quote(headSha)}) { ${CHECK_FIELDS} }` : ""));
      const pr = data[`${prefix}pr`] as GraphQLPullRequest;
      const info: PullRequestInfo = {
        number: pr.number,
        headSha: pr.headRefOid,
        baseRef: pr.baseRefName,
        baseSha: pr.baseRefOid,
        author: loginOf(pr.author),
        open: pr.state === "OPEN",
        labels: (pr.labels?.nodes ?? []).map((l) => l.name),
        requestedUsers: (pr.reviewRequests?.nodes ?? []).flatMap((r) => (r.requestedReviewer && r.requestedReviewer.__typename !== "Team" ? [loginOf(r.requestedReviewer)] : [])),
        requestedTeams: (pr.reviewRequests?.nodes ?? []).flatMap((r) => (r.requestedReviewer?.slug ? [r.requestedReviewer.slug] : [])),
      };
      if (!whole(pr.labels) || !whole(pr.reviewRequests)) {
        // More than a page of labels or review requests: REST gives them all.
        const { data: rest } = await octokit.rest.pulls.get(prParams);
        info.labels = rest.labels.map((l) => l.name ?? "").filter(Boolean);
        info.requestedUsers = (rest.requested_reviewers ?? []).map((u) => u.login);
        info.requestedTeams = (rest.requested_teams ?? []).map((t) => t.slug);
      }
      if (whole(pr.comments)) prefetched.comments = pr.comments.nodes.filter((c) => c.author?.__typename === "Bot" && c.body.includes(STICKY_MARKER)).map((c) => ({ id: c.databaseId, body: c.body }));
      const suites = (data[`${prefix}head`] as GraphQLCommitChecks | null)?.checkSuites;
      if (headSha && whole(suites)) {
        // LATEST leaves at most one run per name in a suite, so one a page is all of them.
        const runs = suites!.nodes.flatMap((suite) => [...(suite.schema?.nodes ?? []), ...(suite.legal?.nodes ?? [])]);
        prefetched.checks = { headSha, runs: runs.map((c) => ({ id: c.databaseId, name: c.name, externalId: c.externalId })) };
      }
      return info;
    },

    async changedFiles(): Promise<ChangedFile[]> {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...prParams, per_page: 100 });
      return files.map((f) => ({
        file: f.filename,
        status: f.status as ChangeStatus,
        ...(f.previous_filename ? { previousFile: f.previous_filename } : {}),
      }));
    },

    async readFiles(requests: readonly FileRequest[]): Promise<FileRead[]> {
      const results: FileRead[] = [];
      for (let start = 0; start < requests.length; start += FILES_PER_QUERY) {
        const chunk = requests.slice(start, start + FILES_PER_QUERY);
        const fields = (p: string) =>
          chunk.map((r, i) => `${p}f${i}: object(expression: ${quote(`${r.ref}:${r.path}`)}) { ${r.folder ? "... on Tree { entries { path } }" : "... on Blob { oid text isBinary isTruncated byteSize }"} }`).join(" ");
        const { repository: data, prefix } = await query(fields);
        for (const [i, request] of chunk.entries()) {
          const object = data[`${prefix}f${i}`] as GraphQLObject | null;
          if (!object || (request.folder ? !object.entries : object.oid === undefined)) results.push({ exists: false, text: null, byteSize: 0, whole: true });
          else if (request.folder) results.push({ exists: true, text: null, byteSize: 0, whole: true, entries: (object.entries ?? []).map((e) => e.path) });
          else if (object.isTruncated || (object.isBinary && isManualFile(request.path))) results.push(await readBlob(object));
          else results.push({ exists: true, text: object.isBinary ? null : object.text ?? null, byteSize: object.byteSize ?? 0, whole: !object.isTruncated });
        }
      }
      return results;
    },

    async reviews(): Promise<Review[]> {
      const { repository: data, prefix } = await query((p) => `${p}reviews: pullRequest(number: ${number}) { ${REVIEW_FIELDS} }`);
      const page = (data[`${prefix}reviews`] as GraphQLReviews).reviews;
      if (whole(page)) {
        return page!.nodes.map((r) => ({ id: r.databaseId, user: loginOf(r.author), state: r.state, commitId: r.commit?.oid ?? "", submittedAt: r.submittedAt ?? "" }));
      }
      // More than a page of reviews: REST pages through them all.
      const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { ...prParams, per_page: 100 });
      return reviews.map((r) => ({ id: r.id, user: r.user?.login ?? "", state: r.state as ReviewState, commitId: r.commit_id ?? "", submittedAt: r.submitted_at ?? "" }));
    },

    async teamMembers(team: string): Promise<string[] | null> {
      const [org = "", slug = ""] = team.split("/");
      try {
        const { data, prefix } = await batch((p) => `${p}org: organization(login: ${quote(org)}) { team(slug: ${quote(slug)}) { members(first: ${PAGE}) { totalCount pageInfo { hasNextPage } nodes { login } } } }`);
        const members = (data[`${prefix}org`] as { team: { members: Connection<{ login: string }> } | null } | null)?.team?.members;
        if (data[`${prefix}org`] && !members) return null; // no such team (or not visible to the app)
        if (members && whole(members)) return members.nodes.map((m) => m.login);
      } catch (error) {
        // An organisation GitHub does not know is NOT_FOUND under this part; REST then says 404.
        if (!(error as { graphqlErrors?: unknown }).graphqlErrors) throw error;
      }
      // More than a page of members, or no organisation: REST pages through them, or says 404.
      try {
        const members = await octokit.paginate(octokit.rest.teams.listMembersInOrg, { org, team_slug: slug, per_page: 100 });
        return members.map((m) => m.login);
      } catch (error) {
        if ((error as { status?: number }).status === 404) return null;
        throw error;
      }
    },

    async listChecks(headSha: string): Promise<ExistingCheck[]> {
      if (prefetched.checks?.headSha === headSha) return prefetched.checks.runs;
      const { data } = await octokit.rest.checks.listForRef({ ...repoParams, ref: headSha, filter: "latest", per_page: 100 });
      return data.check_runs.map((c) => ({ id: c.id, name: c.name, externalId: c.external_id ?? null }));
    },

    async createCheck(headSha: string, name: string, output: CheckOutput, externalId: string): Promise<void> {
      delete prefetched.checks;
      const annotations: Annotation[] = output.annotations ?? [];
      const base = { title: output.title, summary: output.summary, ...(output.text ? { text: output.text } : {}) };
      const { data } = await octokit.rest.checks.create({
        ...repoParams,
        name,
        head_sha: headSha,
        status: "completed",
        conclusion: output.conclusion,
        completed_at: new Date().toISOString(),
        external_id: externalId,
        output: { ...base, annotations: annotations.slice(0, ANNOTATIONS_PER_REQUEST) },
      });
      // GitHub takes 50 annotations per request; further batches are appended by updates.
      for (let start = ANNOTATIONS_PER_REQUEST; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
        await octokit.rest.checks.update({ ...repoParams, check_run_id: data.id, output: { ...base, annotations: annotations.slice(start, start + ANNOTATIONS_PER_REQUEST) } });
      }
    },

    async listComments() {
      if (prefetched.comments) return prefetched.comments;
      const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...issueParams, per_page: 100 });
      return comments.filter((c) => c.user?.type === "Bot" && (c.body ?? "").includes(STICKY_MARKER)).map((c) => ({ id: c.id, body: c.body ?? "" }));
    },

    async createComment(body: string) {
      delete prefetched.comments;
      await octokit.rest.issues.createComment({ ...issueParams, body });
    },

    async updateComment(id: number, body: string) {
      delete prefetched.comments;
      await octokit.rest.issues.updateComment({ ...repoParams, comment_id: id, body });
    },

    async deleteComment(id: number) {
      delete prefetched.comments;
      try {
        await octokit.rest.issues.deleteComment({ ...repoParams, comment_id: id });
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw error; // another instance deleted it first
      }
    },

    async addLabels(labels: string[]) {
      await octokit.rest.issues.addLabels({ ...issueParams, labels });
    },

    async removeLabel(label: string) {
      try {
        await octokit.rest.issues.removeLabel({ ...issueParams, name: label });
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw error; // already gone: the goal is reached
      }
    },

    async requestReviewers(users: string[], teams: string[]) {
      const slugs = teams.map((t) => t.split("/").pop()!);
      try {
        await octokit.rest.pulls.requestReviewers({ ...prParams, reviewers: users, team_reviewers: slugs });
      } catch (error) {
        if ((error as { status?: number }).status !== 422) throw error;
        // GitHub refuses the whole request when one reviewer cannot be asked (not a collaborator, a team
        // without access): ask the others one by one, and report who could not be asked.
        const refused: string[] = [];
        const single: [string, { reviewers?: string[]; team_reviewers?: string[] }][] = [...users.map((u): [string, { reviewers: string[] }] => [u, { reviewers: [u] }]), ...slugs.map((t): [string, { team_reviewers: string[] }] => [`@${t}`, { team_reviewers: [t] }])];
        for (const [reviewer, request] of single) {
          try {
            await octokit.rest.pulls.requestReviewers({ ...prParams, ...request });
          } catch (inner) {
            if ((inner as { status?: number }).status !== 422) throw inner;
            refused.push(reviewer);
          }
        }
        return refused;
      }
      return [];
    },
  };
}
