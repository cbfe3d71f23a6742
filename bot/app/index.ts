// Work Manuals GitHub App (Probot). On every pull request event it runs the review core and makes
// the pull request show two checks — "Manual schema" and "Legal review" — a sticky comment, labels
// and review requests. Handlers only find the pull request, hand it to the core's review over the
// GitHub source, and reconcile what GitHub shows with the report.
//
//   import app from "./bot/app/index.ts"; run(app)          (see server.ts, actions.ts)
import type { ApplicationFunction, Context, Probot } from "probot";
import { todayIn } from "../core/calendar.ts";
import { publishFailure } from "./fail-closed.ts";
import { createOctokitPort } from "./octokit-port.ts";
import { reviewPullRequest } from "../core/review/review-pull-request.ts";
import { reconcile } from "./reconcile.ts";
import { KeyedQueue } from "./keyed-queue.ts";

type Target = { owner: string; repo: string; number: number; headSha?: string };

// Events for the same pull request run one after another, so concurrent deliveries cannot both
// create a sticky comment or race on labels.
const queue = new KeyedQueue();

async function review(context: Context, target: Target): Promise<void> {
  const port = createOctokitPort(context.octokit, target);
  const key = `${target.owner}/${target.repo}#${target.number}`;
  await queue.run(key, async () => {
    try {
      const outcome = await reviewPullRequest({ source: port, eventHeadSha: target.headSha, today: todayIn(process.env.MANUALS_TZ ?? "Asia/Seoul") });
      const refused = outcome.status === "done" ? await reconcile({ port, pr: outcome.pullRequest, report: outcome.report }) : [];
      context.log.info({ pr: key, status: outcome.status }, "manual review finished");
      if (refused.length) context.log.warn({ pr: key, reviewers: refused }, "GitHub refused to request these reviewers; check the registry and their repository access");
    } catch (error) {
      context.log.error({ pr: key, err: error }, "manual review failed; publishing a failing check");
      const headSha = target.headSha;
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
    await review(context, { ...context.repo(), number: pr.number, headSha: pr.head.sha });
  });

  probot.on("pull_request.edited", async (context) => {
    // Only a new base changes the decision (the registry and schemas come from the base).
    if (!context.payload.changes.base) return;
    const pr = context.payload.pull_request;
    await review(context, { ...context.repo(), number: pr.number, headSha: pr.head.sha });
  });

  probot.on(["pull_request_review.submitted", "pull_request_review.edited", "pull_request_review.dismissed"], async (context) => {
    const pr = context.payload.pull_request;
    await review(context, { ...context.repo(), number: pr.number, headSha: pr.head.sha });
  });

  probot.on("check_run.rerequested", async (context) => {
    for (const pr of context.payload.check_run.pull_requests) {
      await review(context, { ...context.repo(), number: pr.number, headSha: context.payload.check_run.head_sha });
    }
  });

  probot.on("check_suite.rerequested", async (context) => {
    for (const pr of context.payload.check_suite.pull_requests) {
      await review(context, { ...context.repo(), number: pr.number, headSha: context.payload.check_suite.head_sha });
    }
  });
};

export default app;
