// Reviews, review requests and organisation teams.
import { GitHubError, notFound, validationFailed } from "../state/github-error.ts";
import { renderPullRequestSimple, renderReview, renderTeam } from "../representations/pull-requests.ts";
import { renderUser } from "../representations/users.ts";
import type { ReviewState } from "../state/records.ts";
import { paginated } from "./pagination.ts";
import { numberParam, repositoryOf, type RouteRequest, type RouteTable } from "./route.ts";

interface ReviewRequestBody {
  reviewers?: string[];
  team_reviewers?: string[];
}

interface CreateReviewBody {
  commit_id?: string;
  body?: string;
  event?: "APPROVE" | "REQUEST_CHANGES" | "COMMENT";
}

const REVIEW_STATES: Record<NonNullable<CreateReviewBody["event"]>, ReviewState> = {
  APPROVE: "APPROVED",
  REQUEST_CHANGES: "CHANGES_REQUESTED",
  COMMENT: "COMMENTED",
};

function pullTarget(request: RouteRequest) {
  const repository = repositoryOf(request);
  return { repository, pull: request.state.pullRequest(repository.fullName, numberParam(request, "pull_number")) };
}

export const reviewRoutes: RouteTable = {
  "pulls/list-reviews": (request) => {
    const { repository, pull } = pullTarget(request);
    return paginated(request, pull.reviews, (review) => renderReview(request.render, repository, pull, review));
  },

  "pulls/create-review": (request) => {
    const { repository, pull } = pullTarget(request);
    const body = request.body as CreateReviewBody;
    if (body.event === "APPROVE" && request.actor.login === pull.user) throw validationFailed("Unprocessable Entity", [{ code: "custom", message: "Can not approve your own pull request" }]);
    if (body.event === "REQUEST_CHANGES" && request.actor.login === pull.user) throw validationFailed("Unprocessable Entity", [{ code: "custom", message: "Can not request changes on your own pull request" }]);
    const review = request.state.addReview(repository.fullName, pull.number, {
      user: request.actor.login,
      state: body.event ? REVIEW_STATES[body.event] : "PENDING",
      commitId: body.commit_id ?? pull.head.sha,
      body: body.body ?? "",
    });
    return { status: 200, body: renderReview(request.render, repository, pull, review) };
  },

  "pulls/dismiss-review": (request) => {
    const { repository, pull } = pullTarget(request);
    const review = pull.reviews.find((candidate) => candidate.id === numberParam(request, "review_id"));
    if (!review) throw notFound();
    if (review.state !== "APPROVED" && review.state !== "CHANGES_REQUESTED") throw validationFailed("Can not dismiss a " + review.state.toLowerCase() + " pull request review");
    request.state.dismissReview(repository.fullName, pull.number, review.id);
    return { status: 200, body: renderReview(request.render, repository, pull, review) };
  },

  "pulls/list-requested-reviewers": (request) => {
    const { repository, pull } = pullTarget(request);
    return {
      status: 200,
      body: {
        users: pull.requestedReviewers.map((login) => renderUser(request.render, login)),
        teams: pull.requestedTeams.flatMap((slug) => {
          const team = request.state.team(repository.owner, slug);
          return team ? [renderTeam(request.render, team)] : [];
        }),
      },
    };
  },

  "pulls/request-reviewers": (request) => {
    const { repository, pull } = pullTarget(request);
    const body = request.body as ReviewRequestBody;
    if (!body.reviewers?.length && !body.team_reviewers?.length) throw validationFailed("Invalid request.\n\nNo reviewers or team_reviewers given.");
    request.state.requestReviewers(repository.fullName, pull.number, { reviewers: body.reviewers ?? [], teams: body.team_reviewers ?? [] });
    return { status: 201, body: renderPullRequestSimple(request.render, repository, pull) };
  },

  "pulls/remove-requested-reviewers": (request) => {
    const { repository, pull } = pullTarget(request);
    const body = request.body as ReviewRequestBody;
    request.state.removeReviewRequests(repository.fullName, pull.number, { reviewers: body.reviewers ?? [], teams: body.team_reviewers ?? [] });
    return { status: 200, body: renderPullRequestSimple(request.render, repository, pull) };
  },

  "teams/list-members-in-org": (request) => {
    const team = request.state.team(request.params.org as string, request.params.team_slug as string);
    if (!team) throw new GitHubError(404, "Not Found");
    const role = request.query.get("role") ?? "all";
    const members = role === "maintainer" ? [] : team.members;
    return paginated(request, members, (login) => renderUser(request.render, login));
  },
};
