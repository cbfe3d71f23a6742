// Work Manuals GitHub App (Probot). On every pull request event it runs the review core and makes
// the pull request show two checks — "Manual schema" and "Legal review" — a sticky comment, labels
// and review requests. Handlers only find the pull request (and the head and base its payload
// names, so the files are read in the same query as the pull request), hand it to the core's review
// over the GitHub source, and reconcile what GitHub shows with the report. The payload only says
// what to read: the core acts on the pull request as GitHub reports it now.
//
//   import app from "./bot/app/index.ts"; run(app)          (see server.ts, actions.ts)
import type { ApplicationFunction, Context, Probot } from "probot";
import { todayIn } from "../core/calendar.ts";
import { publishFailure } from "./fail-closed.ts";
import { createOctokitPort } from "./octokit-port.ts";
import { reviewPullRequest } from "../core/review/review-pull-request.ts";
import { reconcile, settle } from "./reconcile.ts";
import { KeyedQueue } from "./keyed-queue.ts";

/** The pull request an event is about, with the head and base SHAs its payload names. */
type Target = { owner: string; repo: string; number: number; headSha?: string; baseSha?: string };

// Events for the same pull request run one after another in this process, so its deliveries cannot
// both create a sticky comment or race on labels; other instances are met through GitHub (settle).
const queue = new KeyedQueue();

/** Reviews again after writing while other writers keep changing the inputs; a few rounds suffice. */
const MAX_ROUNDS = 3;

async function review(context: Context, target: Target): Promise<void> {
  const key = `${target.owner}/${target.repo}#${target.number}`;
  await queue.run(key, async () => {
    let event: Target = target;
    let port = createOctokitPort(context.octokit, event);
    try {
      for (let round = 1; round <= MAX_ROUNDS; round++) {
        const outcome = await reviewPullRequest({ source: port, eventHeadSha: event.headSha, eventBaseSha: event.baseSha, today: todayIn(process.env.MANUALS_TZ ?? "Asia/Seoul") });
        context.log.info({ pr: key, status: outcome.status, round }, "manual review finished");
        if (outcome.status !== "done") return;
        const { refused, wrote } = await reconcile({ port, pr: outcome.pullRequest, report: outcome.report });
        if (refused.length) context.log.warn({ pr: key, reviewers: refused }, "GitHub refused to request these reviewers; check the registry and their repository access");
        if (!wrote) return;
        const now = await settle({ port, reviewed: { pullRequest: outcome.pullRequest, reviews: outcome.reviews }, report: outcome.report });
        if (!now) return;
        // The inputs changed while this review wrote: review the pull request as it is now.
        event = { ...target, headSha: now.headSha, baseSha: now.baseSha };
        port = createOctokitPort(context.octokit, event);
      }
    } catch (error) {
      context.log.error({ pr: key, err: error }, "manual review failed; publishing a failing check");
      const headSha = event.headSha;
      if (headSha) await publishFailure(port, headSha, error);
    }
  });
}

/** Settles when every review under way has finished: used on shutdown so none is cut off halfway. */
export function reviewsSettled(): Promise<void> {
  return queue.idle();
}

const app: ApplicationFunction = (probot: Probot) => {
  probot.on(["pull_request.opened", "pull_request.synchronize", "pull_request.reopened", "pull_request.ready_for_review"], async (context) => {
    const pr = context.payload.pull_request;
    await review(context, { ...context.repo(), number: pr.number, headSha: pr.head.sha, baseSha: pr.base.sha });
  });

  probot.on("pull_request.edited", async (context) => {
    // Only a new base changes the decision (the registry and schemas come from the base).
    if (!context.payload.changes.base) return;
    const pr = context.payload.pull_request;
    await review(context, { ...context.repo(), number: pr.number, headSha: pr.head.sha, baseSha: pr.base.sha });
  });

  probot.on(["pull_request_review.submitted", "pull_request_review.edited", "pull_request_review.dismissed"], async (context) => {
    const pr = context.payload.pull_request;
    await review(context, { ...context.repo(), number: pr.number, headSha: pr.head.sha, baseSha: pr.base.sha });
  });

  probot.on("check_run.rerequested", async (context) => {
    for (const pr of context.payload.check_run.pull_requests) {
      await review(context, { ...context.repo(), number: pr.number, headSha: context.payload.check_run.head_sha, baseSha: pr.base.sha });
    }
  });

  probot.on("check_suite.rerequested", async (context) => {
    for (const pr of context.payload.check_suite.pull_requests) {
      await review(context, { ...context.repo(), number: pr.number, headSha: context.payload.check_suite.head_sha, baseSha: pr.base.sha });
    }
  });
};

export default app;
