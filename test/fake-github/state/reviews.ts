// Reviews and review requests, with GitHub's rules: a review fulfils the reviewer's request and that
// of their teams; a review cannot be requested from the author or from a team outside the owner.
import { notFound, validationFailed } from "./github-error.ts";
import { pullRequest } from "./issues.ts";
import type { PullRequestRecord, ReviewRecord, ReviewState } from "./records.ts";
import type { StateContext } from "./state-context.ts";

export interface ReviewInput {
  user: string;
  state: ReviewState;
  /** Default: the pull request's current head SHA. */
  commitId?: string;
  body?: string;
  submittedAt?: string;
}

export interface ReviewRequest {
  reviewers?: string[];
  teams?: string[];
}

export function addReview(state: StateContext, fullName: string, number: number, input: ReviewInput): ReviewRecord {
  const pull = pullRequest(state, fullName, number);
  const review: ReviewRecord = {
    id: state.nextId(),
    user: input.user,
    state: input.state,
    commitId: input.commitId ?? pull.head.sha,
    body: input.body ?? "",
    submittedAt: input.submittedAt ?? state.now(),
  };
  state.userId(input.user);
  pull.reviews.push(review);
  if (input.state !== "PENDING") {
    const owner = state.repository(fullName).owner;
    pull.requestedReviewers = pull.requestedReviewers.filter((login) => login !== input.user);
    pull.requestedTeams = pull.requestedTeams.filter((slug) => !state.teams.get(`${owner}/${slug}`)?.members.includes(input.user));
  }
  return review;
}

export function dismissReview(state: StateContext, fullName: string, number: number, reviewId: number): ReviewRecord {
  const review = pullRequest(state, fullName, number).reviews.find((candidate) => candidate.id === reviewId);
  if (!review) throw notFound();
  review.state = "DISMISSED";
  return review;
}

export function requestReviewers(state: StateContext, fullName: string, number: number, request: ReviewRequest): PullRequestRecord {
  const pull = pullRequest(state, fullName, number);
  const owner = state.repository(fullName).owner;
  const reviewers = request.reviewers ?? [];
  const teams = request.teams ?? [];
  if (reviewers.some((login) => login.toLowerCase() === pull.user.toLowerCase())) {
    throw validationFailed("Review cannot be requested from pull request author.");
  }
  const unknownTeams = teams.filter((slug) => !state.teams.has(`${owner}/${slug}`));
  if (unknownTeams.length > 0) {
    throw validationFailed(`Reviews may only be requested from collaborators. One or more of the teams you specified is not a collaborator of the ${fullName} repository.`);
  }
  for (const login of reviewers) if (!pull.requestedReviewers.includes(login)) pull.requestedReviewers.push(login);
  for (const slug of teams) if (!pull.requestedTeams.includes(slug)) pull.requestedTeams.push(slug);
  for (const login of reviewers) state.userId(login);
  pull.updatedAt = state.now();
  return pull;
}

export function removeReviewRequests(state: StateContext, fullName: string, number: number, request: ReviewRequest): PullRequestRecord {
  const pull = pullRequest(state, fullName, number);
  pull.requestedReviewers = pull.requestedReviewers.filter((login) => !(request.reviewers ?? []).includes(login));
  pull.requestedTeams = pull.requestedTeams.filter((slug) => !(request.teams ?? []).includes(slug));
  return pull;
}
