// GitHubPort over Octokit (REST for pull requests, reviews, checks, comments, labels; one GraphQL
// query to read many files at once, so a check costs a fixed number of calls however large the
// repository). Retries and rate limits are handled by Octokit's retry and throttling plugins.
// GraphQL's Blob.text is cut for large blobs (isTruncated says so): such a file, and a manual GitHub
// calls binary, is read again whole as bytes through the REST blob API, so the core judges every
// byte and can name the encoding of a file that is not UTF-8.
import type { ProbotOctokit } from "probot";
import type { Review, ReviewState } from "../core/evaluate/evaluate.ts";
import type { ChangedFile, ChangeStatus } from "../core/review/plan.ts";
import { isManualFile } from "../core/manual-paths.ts";
import type { FileRead, FileRequest, PullRequestInfo } from "../core/review/source.ts";
import type { Annotation, CheckOutput } from "../core/report/schema-check.ts";
import { STICKY_MARKER } from "../core/report/report.ts";
import type { ExistingCheck, GitHubPort } from "./port.ts";

type Octokit = InstanceType<typeof ProbotOctokit>;

export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
}

const ANNOTATIONS_PER_REQUEST = 50;
const FILES_PER_QUERY = 100;

function quote(value: string): string {
  return JSON.stringify(value);
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

  async function readBlob(object: GraphQLObject): Promise<FileRead> {
    const byteSize = object.byteSize ?? 0;
    if (byteSize > BLOB_API_LIMIT) return { exists: true, text: object.isBinary ? null : object.text ?? null, byteSize, whole: false };
    const { data } = await octokit.rest.git.getBlob({ ...repoParams, file_sha: object.oid! });
    const bytes = new Uint8Array(Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8"));
    return { exists: true, bytes, text: null, byteSize, whole: bytes.length === byteSize };
  }

  return {
    async pullRequest(): Promise<PullRequestInfo> {
      const { data } = await octokit.rest.pulls.get(prParams);
      return {
        number: data.number,
        headSha: data.head.sha,
        baseRef: data.base.ref,
        baseSha: data.base.sha,
        author: data.user?.login ?? "",
        open: data.state === "open",
        labels: data.labels.map((l) => l.name ?? "").filter(Boolean),
        requestedUsers: (data.requested_reviewers ?? []).map((u) => u.login),
        requestedTeams: (data.requested_teams ?? []).map((t) => t.slug),
      };
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
        const fields = chunk
          .map((r, i) => `f${i}: object(expression: ${quote(`${r.ref}:${r.path}`)}) { ${r.folder ? "... on Tree { entries { path } }" : "... on Blob { oid text isBinary isTruncated byteSize }"} }`)
          .join(" ");
        const data = await octokit.graphql<{ repository: Record<string, GraphQLObject | null> }>(`query { repository(owner: ${quote(owner)}, name: ${quote(repo)}) { ${fields} } }`);
        for (const [i, request] of chunk.entries()) {
          const object = data.repository[`f${i}`];
          if (!object || (request.folder ? !object.entries : object.oid === undefined)) results.push({ exists: false, text: null, byteSize: 0, whole: true });
          else if (request.folder) results.push({ exists: true, text: null, byteSize: 0, whole: true, entries: (object.entries ?? []).map((e) => e.path) });
          else if (object.isTruncated || (object.isBinary && isManualFile(request.path))) results.push(await readBlob(object));
          else results.push({ exists: true, text: object.isBinary ? null : object.text ?? null, byteSize: object.byteSize ?? 0, whole: !object.isTruncated });
        }
      }
      return results;
    },

    async reviews(): Promise<Review[]> {
      const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { ...prParams, per_page: 100 });
      return reviews.map((r) => ({ id: r.id, user: r.user?.login ?? "", state: r.state as ReviewState, commitId: r.commit_id ?? "", submittedAt: r.submitted_at ?? "" }));
    },

    async teamMembers(team: string): Promise<string[] | null> {
      const [org = "", slug = ""] = team.split("/");
      try {
        const members = await octokit.paginate(octokit.rest.teams.listMembersInOrg, { org, team_slug: slug, per_page: 100 });
        return members.map((m) => m.login);
      } catch (error) {
        if ((error as { status?: number }).status === 404) return null;
        throw error;
      }
    },

    async listChecks(headSha: string): Promise<ExistingCheck[]> {
      const { data } = await octokit.rest.checks.listForRef({ ...repoParams, ref: headSha, filter: "latest", per_page: 100 });
      return data.check_runs.map((c) => ({ id: c.id, name: c.name, externalId: c.external_id ?? null }));
    },

    async createCheck(headSha: string, name: string, output: CheckOutput, externalId: string): Promise<void> {
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
      const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...issueParams, per_page: 100 });
      return comments.filter((c) => c.user?.type === "Bot" && (c.body ?? "").includes(STICKY_MARKER)).map((c) => ({ id: c.id, body: c.body ?? "" }));
    },

    async createComment(body: string) {
      await octokit.rest.issues.createComment({ ...issueParams, body });
    },

    async updateComment(id: number, body: string) {
      await octokit.rest.issues.updateComment({ ...repoParams, comment_id: id, body });
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
