// Injected failures: each matching request consumes one use of the first matching fault, so a test
// states exactly how many failures the client must ride out, and can assert that all were used.

export type FaultStatus = 403 | 429 | 500 | 502 | 503 | 504;

export interface FaultSpec {
  /** HTTP method to match (any when omitted). */
  method?: string;
  /**
   * The request path to match: a RegExp (tested on the path), a template with {placeholders}
   * (e.g. "/repos/{owner}/{repo}/check-runs"), or an exact path. The query string is not matched.
   */
  path: string | RegExp;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** The status to answer with; omit for a delay only, after which the request is served normally. */
  status?: FaultStatus;
  /** Response headers; a function is called when the fault is served (for times such as x-ratelimit-reset). */
  headers?: Record<string, string> | (() => Record<string, string>);
  /** Response body; default a GitHub error body for the status. */
  body?: unknown;
  /** Wait this long before answering. A client that gives up first gets nothing, and the request changes nothing. */
  delayMs?: number;
}

export interface PendingFault {
  spec: FaultSpec;
  /** Uses left. */
  remaining: number;
}

function pathMatcher(path: string | RegExp): (pathname: string) => boolean {
  if (path instanceof RegExp) return (pathname) => path.test(pathname);
  if (path.includes("{")) {
    const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`);
    return (pathname) => pattern.test(pathname);
  }
  return (pathname) => pathname === path || safeDecode(pathname) === path;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

interface QueuedFault extends PendingFault {
  matches: (pathname: string) => boolean;
}

export class FaultQueue {
  readonly #faults: QueuedFault[] = [];

  inject(spec: FaultSpec): void {
    const times = spec.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new Error(`A fault needs times ≥ 1, got ${String(spec.times)}.`);
    if (spec.status === undefined && spec.delayMs === undefined) throw new Error("A fault needs a status, a delayMs, or both.");
    this.#faults.push({ spec, remaining: times, matches: pathMatcher(spec.path) });
  }

  /** Consumes one use of the first fault matching the request, if any. */
  take(method: string, pathname: string): FaultSpec | undefined {
    const fault = this.#faults.find(
      (candidate) => candidate.remaining > 0 && (candidate.spec.method === undefined || candidate.spec.method.toUpperCase() === method.toUpperCase()) && candidate.matches(pathname),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    return fault.spec;
  }

  /** Faults with uses left; a test that injected faults expects this to be empty at the end. */
  pending(): PendingFault[] {
    return this.#faults.filter((fault) => fault.remaining > 0).map(({ spec, remaining }) => ({ spec, remaining }));
  }
}

const DOCS = "https://docs.github.com/rest";

export function faultBody(status: FaultStatus): unknown {
  switch (status) {
    case 403:
      return { message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.", documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`, status: "403" };
    case 429:
      return { message: "API rate limit exceeded for installation.", documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`, status: "429" };
    case 502:
      return { message: "Server Error", status: "502" };
    case 503:
      return { message: "Service Unavailable", status: "503" };
    case 504:
      return { message: "We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.", status: "504" };
    default:
      return { message: "Server Error", status: String(status) };
  }
}
