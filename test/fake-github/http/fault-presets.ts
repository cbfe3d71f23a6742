// The failures GitHub actually produces, shaped so octokit's retry and throttling plugins recognise
// them: 5xx, primary rate limit (429 with x-ratelimit-remaining: 0), secondary rate limit (403 with
// "secondary rate limit" and retry-after), and a response slower than the client's timeout.
import type { FaultSpec } from "./faults.ts";

interface Target {
  method?: string;
  path: string | RegExp;
  times?: number;
}

export function serverError(target: Target & { status?: 500 | 502 | 503 | 504 }): FaultSpec {
  return { ...target, status: target.status ?? 500 };
}

export function rateLimited(target: Target & { retryAfterSeconds?: number }): FaultSpec {
  const seconds = target.retryAfterSeconds ?? 1;
  return {
    method: target.method,
    path: target.path,
    times: target.times,
    status: 429,
    headers: () => ({
      "retry-after": String(seconds),
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-used": "5000",
      "x-ratelimit-reset": String(Math.ceil(Date.now() / 1000) + seconds),
      "x-ratelimit-resource": "core",
    }),
  };
}

export function secondaryRateLimited(target: Target & { retryAfterSeconds?: number }): FaultSpec {
  return { method: target.method, path: target.path, times: target.times, status: 403, headers: { "retry-after": String(target.retryAfterSeconds ?? 1) } };
}

/** The request is held for `delayMs`; a client with a shorter timeout aborts, and nothing happens on the fake. */
export function timeout(target: Target & { delayMs: number }): FaultSpec {
  return { method: target.method, path: target.path, times: target.times, delayMs: target.delayMs };
}
