// What a review's decision rests on besides the files at its two commits: whether the pull request
// is open, its head and base, its author and its reviews. When two app instances serve the same
// pull request, one that wrote from inputs that have changed since it read them reviews again, so
// the last word on GitHub is always a review of the inputs as they are.
import type { Review } from "../evaluate/evaluate.ts";
import type { PullRequestInfo } from "./source.ts";

export interface ReviewInputs {
  pullRequest: PullRequestInfo;
  reviews: readonly Review[];
}

function keyOf({ pullRequest: pr, reviews }: ReviewInputs): string {
  const reviewKeys = reviews.map((r) => `${r.id}:${r.user.toLowerCase()}:${r.state}:${r.commitId}`).sort();
  return JSON.stringify([pr.open, pr.headSha, pr.baseSha, pr.author.toLowerCase(), reviewKeys]);
}

/** True when a review of `now` could decide differently from the review of `reviewed`. */
export function inputsChanged(reviewed: ReviewInputs, now: ReviewInputs): boolean {
  return keyOf(reviewed) !== keyOf(now);
}
