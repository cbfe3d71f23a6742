// The app's Octokit: Probot's (retry and throttling plugins) with the limits this app needs —
// rate limits, secondary ones included, are retried twice before giving up; every request has a
// timeout so a hung connection becomes a retry, then a failing check, never a silent wait.
import { ProbotOctokit } from "probot";

export interface OctokitLimits {
  /** Milliseconds before a request is abandoned (then retried). */
  timeoutMs?: number;
  /** Base of the retry back-off in milliseconds (retry n waits n² × base). */
  retryAfterBaseValue?: number;
  retries?: number;
}

type Throttled = (retryAfter: number, options: { request: { retryCount: number } }) => boolean;
const retryTwice: Throttled = (_after, options) => options.request.retryCount < 2;

export function manualsOctokit(limits: OctokitLimits = {}) {
  const timeoutMs = limits.timeoutMs ?? 20_000;
  return ProbotOctokit.plugin((octokit) => {
    octokit.hook.wrap("request", (request, options) => request({ ...options, request: { ...options.request, signal: AbortSignal.timeout(timeoutMs) } }));
  }).defaults((options: Record<string, unknown>) => ({
    ...options,
    retry: { ...(options.retry as object), retryAfterBaseValue: limits.retryAfterBaseValue ?? 1000, retries: limits.retries ?? 3 },
    throttle: { ...(options.throttle as object), enabled: true, onRateLimit: retryTwice, onSecondaryRateLimit: retryTwice },
  }));
}
