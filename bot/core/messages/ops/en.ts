// English wording of the scheduled jobs; the same ids as ops/ko.ts.
import type { MessageParams as P, Translation } from "../message.ts";
import type { opsKo } from "./ko.ts";

const nothingChanged = "Nothing was changed.";

export const opsEn: Translation<typeof opsKo> = {
  "ops.law-api-key-missing": () =>
    "No law API access key. Put the OC value issued by the national law information open API in the environment variable LAW_API_OC (in GitHub Actions, the repository secret LAW_API_OC). Never commit the key.",
  "ops.law-api-url": (p: P) => `LAW_API_BASE_URL "${p.url}" is not a URL. Example: ${p.example}`,
  "ops.law-api-unreachable": (p: P) => `Could not reach the law API (${p.base}) (${p.request}: ${p.reason}). Check the network and LAW_API_BASE_URL and run again later. ${nothingChanged}`,
  "ops.law-api-http": (p: P) => `The law API answered ${p.request} with HTTP ${p.status}. Run again later. ${nothingChanged}`,
  "ops.law-xml": (p: P) => `The law API's ${p.what} answer is not valid XML (line ${p.line}: ${p.detail}). Received: "${p.excerpt}". Check the access key (LAW_API_OC) and the API address (LAW_API_BASE_URL), then run again later.`,
  "ops.law-search-shape": (p: P) =>
    `The law API answered the search for 「${p.query}」 with something other than a law list (${p.roots || "nothing"}): "${p.excerpt}". Check the access key (LAW_API_OC) and that this server's IP or domain is registered with the open API.`,
  "ops.law-search-entry": (p: P) =>
    `Result ${p.index} of the law API's search for 「${p.query}」 has no valid ${p.field} ("${p.value}"). The answer is damaged or the API format changed. Run again later; if it persists, tell the administrators.`,
  "ops.law-service-shape": (p: P) => `The law API's text lookup (MST=${p.serial}) has no basic information or effective date: "${p.excerpt}". Run again later; if it persists, check the access key (LAW_API_OC) and the API address.`,
  "ops.github-env": (p: P) =>
    `Writing issues needs the environment variable(s) ${p.missing}. GitHub Actions sets them (give the workflow permissions: issues: write); when running by hand, set a token and the repository. Use --dry-run to see the result without touching issues.`,
  "ops.github-read": (p: P) => `GitHub API ${p.status || "connection"} error while trying to read issues (${p.where}): ${p.detail}. Check that the token has issues: write on this repository (the workflow's permissions) and run again; a rerun never duplicates issues.`,
  "ops.github-write": (p: P) => `GitHub API ${p.status || "connection"} error while trying to write issues (${p.where}): ${p.detail}. Check that the token has issues: write on this repository (the workflow's permissions) and run again; a rerun never duplicates issues.`,

  "ops.sync-none": () => "Issues: nothing to change (all up to date).",
  "ops.sync-create": (p: P) => `Issue #${p.number} created: ${p.key}`,
  "ops.sync-update": (p: P) => `Issue #${p.number} updated${p.reopened ? " (reopened)" : ""}: ${p.key}`,
  "ops.sync-close": (p: P) => `Issue #${p.number} closed: ${p.key}`,

  "ops.law-report-head": (p: P) =>
    `Compared ${p.total} law(s) with the national law information service: ${p.amended} amended, ${p.current} current${p.notFound ? `, ${p.notFound} not found` : ""}${p.ahead ? `, ${p.ahead} ahead in the registry` : ""}.`,
  "ops.law-amended": (p: P) =>
    `registry ${p.registry} → in force ${p.effective}${p.amendment ? ` (${p.amendment}${p.number ? `, No. ${p.number}` : ""})` : ""}${p.changed !== undefined ? ` — changed articles: ${p.changed || "none"}` : ""}`,
  "ops.law-not-cited": () => "No manual cites this law.",
  "ops.law-not-found": (p: P) => `No ${p.kind || "law"} of that exact name in the national law information service. Check that its name in manuals/laws.yml is the official name.`,
  "ops.law-registry-ahead": (p: P) => `The registry's ${p.registry} is later than the service's ${p.effective}. Check the date.`,
  "ops.laws-written": (p: P) => `Updated effective dates in manuals/laws.yml: ${p.keys}`,
};
