// The app's Octokit: Probot's (retry and throttling plugins) with the limits this app needs —
// rate limits, secondary ones included, are retried twice before giving up; every request has a
// timeout so a hung connection becomes a retry, then a failing check, never a silent wait.
import Bottleneck from "bottleneck";
import { ProbotOctokit } from "probot";

export interface OctokitLimits {
  /** Milliseconds before a request is abandoned (then retried). */
  timeoutMs?: number;
  /** Base of the retry back-off in milliseconds (retry n waits n² × base). */
  retryAfterBaseValue?: number;
  retries?: number;
  /**
   * Least time between two writes (POST, PATCH, PUT, DELETE, and GraphQL queries) of one installation.
   * Octokit's default is a second; a review makes about five writes, so that would put the checks
   * seconds behind the push. 250 ms keeps writes serial and paced, and a secondary rate limit, should
   * GitHub answer one, is waited out and retried by the throttling plugin.
   */
  writeIntervalMs?: number;
  /** Least time between writes that notify people (comments, review requests); Octokit's default is 3 s. */
  notificationIntervalMs?: number;
}

type Throttled = (retryAfter: number, options: { request: { retryCount?: number } }) => boolean;
const retryTwice: Throttled = (_after, options) => (options.request.retryCount ?? 0) < 2;

export function manualsOctokit(limits: OctokitLimits = {}) {
  const timeoutMs = limits.timeoutMs ?? 20_000;
  const write = new Bottleneck.Group({ id: "work-manuals-write", maxConcurrent: 1, minTime: limits.writeIntervalMs ?? 250 });
  const notifications = new Bottleneck.Group({ id: "work-manuals-notifications", maxConcurrent: 1, minTime: limits.notificationIntervalMs ?? 1000 });
  return ProbotOctokit.plugin((octokit) => {
    octokit.hook.wrap("request", (request, options) => request({ ...options, request: { ...options.request, signal: AbortSignal.timeout(timeoutMs) } }));
  }).defaults((options: Record<string, unknown>) => ({
    ...options,
    retry: { ...(options.retry as object), retryAfterBaseValue: limits.retryAfterBaseValue ?? 1000, retries: limits.retries ?? 3 },
    throttle: { ...(options.throttle as object), enabled: true, onRateLimit: retryTwice, onSecondaryRateLimit: retryTwice, write, notifications },
  }));
}
