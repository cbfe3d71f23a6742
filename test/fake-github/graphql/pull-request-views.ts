// What GraphQL resolves for a pull request: the record seen as GitHub's PullRequest with its labels,
// review requests, reviews and comments, and a commit's check suites with their runs. Lists are
// GitHub's connections, paged with `first` and `after` (at most 100 a page, as GitHub allows).
import { nodeId, type RenderContext } from "../representations/render-context.ts";
import type { CheckRunRecord, CommentRecord, PullRequestRecord, RepositoryRecord, ReviewRecord } from "../state/records.ts";
import { Unimplemented } from "./github-errors.ts";

type View = Record<string, unknown>;

interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

const cursorOf = (index: number) => Buffer.from(`cursor:${index}`).toString("base64");
const indexOf = (cursor: string) => Number(/^cursor:(\d+)$/.exec(Buffer.from(cursor, "base64").toString())?.[1] ?? NaN);

/** A connection over items, oldest first, paged forwards. */
export function connection<T>(items: readonly T[], args: PageArgs, view: (item: T) => View): View {
  if (args.last != null || args.before != null) throw new Unimplemented("Paging backwards (last, before) is a GitHub feature the fake does not answer; page with first and after.");
  if (args.first == null) throw new Unimplemented("GitHub requires `first` or `last` on a connection; the fake answers `first`.");
  if (args.first < 0 || args.first > 100) throw new Unimplemented("GitHub refuses `first` outside 0..100; the fake does not word that refusal.");
  const start = args.after == null ? 0 : indexOf(args.after) + 1;
  if (!Number.isInteger(start)) throw new Unimplemented(`Cursor ${args.after} was not made by the fake.`);
  const page = items.slice(start, start + args.first);
  return {
    nodes: page.map(view),
    totalCount: items.length,
    pageInfo: {
      hasNextPage: start + page.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: page.length ? cursorOf(start) : null,
      endCursor: page.length ? cursorOf(start + page.length - 1) : null,
    },
  };
}

/** An account as GraphQL's Actor: a bot's login is its app's slug, without "[bot]". */
export function actorView(context: RenderContext, login: string): View {
  const bot = login.endsWith("[bot]");
  return {
    __typename: bot ? "Bot" : "User",
    login: bot ? login.slice(0, -"[bot]".length) : login,
    databaseId: context.state.userId(login),
    url: `${context.web}/${bot ? `apps/${login.slice(0, -"[bot]".length)}` : login}`,
  };
}

export function pullRequestView(context: RenderContext, repository: RepositoryRecord, pull: PullRequestRecord, commitOf: (sha: string) => View | null): View {
  return {
    __typename: "PullRequest",
    number: pull.number,
    title: pull.title,
    databaseId: pull.id,
    state: pull.merged ? "MERGED" : pull.state === "open" ? "OPEN" : "CLOSED",
    headRefName: pull.head.ref,
    headRefOid: pull.head.sha,
    baseRefName: pull.base.ref,
    baseRefOid: pull.base.sha,
    author: () => actorView(context, pull.user),
    labels: (args: PageArgs) => connection(pull.labels, args, (name) => ({ name, color: repository.labels.get(name)?.color ?? "ededed" })),
    reviewRequests: (args: PageArgs) =>
      connection([...pull.requestedReviewers.map((login) => ({ login })), ...pull.requestedTeams.map((slug) => ({ slug }))], args, (request) => ({
        asCodeOwner: false,
        requestedReviewer: "login" in request ? actorView(context, request.login) : teamView(context, repository.owner, request.slug),
      })),
    reviews: (args: PageArgs & { author?: string | null; states?: string[] | null }) => {
      if (args.author != null || args.states != null) throw new Unimplemented("PullRequest.reviews filtered by author or states: the fake lists them all.");
      // Pending reviews are their author's alone: nobody else sees them.
      return connection(
        pull.reviews.filter((r) => r.state !== "PENDING"),
        args,
        (review) => reviewView(context, review, commitOf),
      );
    },
    comments: (args: PageArgs) => connection(commentsOn(repository, pull.number), args, (comment) => commentView(context, comment)),
  };
}

export function teamView(context: RenderContext, org: string, slug: string): View {
  const team = context.state.team(org, slug);
  return {
    __typename: "Team",
    slug,
    combinedSlug: `${org}/${slug}`,
    name: team?.name ?? slug,
    databaseId: team?.id ?? null,
    // The fake's teams have no child teams: every membership kind lists the same members.
    members: (args: PageArgs & { query?: string | null }) => {
      if (args.query != null) throw new Unimplemented("Team.members filtered by query: the fake lists them all.");
      return connection(team?.members ?? [], args, (login) => actorView(context, login));
    },
  };
}

/** An organisation the fake knows (one that has teams); null for a team it lacks, as GitHub answers. */
export function organizationView(context: RenderContext, login: string): View {
  return {
    __typename: "Organization",
    login,
    databaseId: context.state.userId(login),
    team: ({ slug }: { slug: string }) => (context.state.team(login, slug) ? teamView(context, login, slug) : null),
  };
}

function reviewView(context: RenderContext, review: ReviewRecord, commitOf: (sha: string) => View | null): View {
  return {
    databaseId: review.id,
    state: review.state,
    body: review.body,
    submittedAt: review.submittedAt,
    author: () => actorView(context, review.user),
    commit: () => commitOf(review.commitId),
  };
}

function commentsOn(repository: RepositoryRecord, number: number): CommentRecord[] {
  return [...repository.comments.values()].filter((c) => c.issueNumber === number);
}

function commentView(context: RenderContext, comment: CommentRecord): View {
  return { databaseId: comment.id, body: comment.body, createdAt: comment.createdAt, author: () => actorView(context, comment.user) };
}

interface SuiteFilter {
  appId?: number | null;
  checkName?: string | null;
}

interface RunFilter extends SuiteFilter {
  checkType?: "ALL" | "LATEST" | null;
  status?: string | null;
  statuses?: string[] | null;
  conclusions?: string[] | null;
}

/** The check suites of a commit (one per app that wrote a run on it), with their runs. */
export function checkSuitesView(repository: RepositoryRecord, sha: string, args: PageArgs & { filterBy?: SuiteFilter | null }): View {
  const runs = [...repository.checkRuns.values()].filter((run) => run.headSha === sha);
  const suites = new Map<number, CheckRunRecord[]>();
  for (const run of runs) suites.set(run.checkSuiteId, [...(suites.get(run.checkSuiteId) ?? []), run]);
  const filter = args.filterBy ?? {};
  const kept = [...suites.entries()].filter(([, suiteRuns]) => (filter.appId == null || suiteRuns[0]!.app.id === filter.appId) && (filter.checkName == null || suiteRuns.some((r) => r.name === filter.checkName)));
  return connection(kept, args, ([id, suiteRuns]) => {
    const app = suiteRuns[0]!.app;
    return {
      databaseId: id,
      app: { databaseId: app.id, slug: app.slug, name: app.name },
      checkRuns: (runArgs: PageArgs & { filterBy?: RunFilter | null }) => connection(runsOf(suiteRuns, runArgs.filterBy ?? {}), runArgs, checkRunView),
    };
  });
}

function runsOf(runs: CheckRunRecord[], filter: RunFilter): CheckRunRecord[] {
  if (filter.status != null || filter.statuses != null || filter.conclusions != null) throw new Unimplemented("CheckRunFilter by status or conclusion: the fake filters by appId, checkName and checkType.");
  // GitHub does not document which runs an unset checkType gives; the fake will not guess.
  if (filter.checkType == null) throw new Unimplemented("CheckSuite.checkRuns without filterBy.checkType: say ALL or LATEST.");
  let kept = runs.filter((run) => (filter.appId == null || run.app.id === filter.appId) && (filter.checkName == null || run.name === filter.checkName));
  if (filter.checkType === "LATEST") {
    const newest = new Map<string, CheckRunRecord>();
    for (const run of kept) if ((newest.get(run.name)?.id ?? -1) < run.id) newest.set(run.name, run);
    kept = kept.filter((run) => newest.get(run.name) === run);
  }
  return kept;
}

function checkRunView(run: CheckRunRecord): View {
  return {
    databaseId: run.id,
    id: nodeId("CR", run.id),
    name: run.name,
    externalId: run.externalId,
    status: run.status.toUpperCase(),
    conclusion: run.conclusion?.toUpperCase() ?? null,
    completedAt: run.completedAt,
  };
}
