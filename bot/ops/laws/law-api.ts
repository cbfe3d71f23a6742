// The national law information service's open API (국가법령정보센터 DRF): lawSearch.do to find a
// law's current version, lawService.do for what that version changed. The access key (OC) comes
// from the environment and never appears in messages.
import { OpsError } from "../ops-error.ts";
import type { LawTarget } from "./law-kinds.ts";
import { parseSearch, type FoundLaw } from "./parse-search.ts";
import { parseService, type LawDetail } from "./parse-service.ts";

export const DEFAULT_LAW_API_BASE_URL = "https://www.law.go.kr/DRF";

export interface LawApiConfig {
  /** Up to and including /DRF, e.g. https://www.law.go.kr/DRF. */
  baseUrl: string;
  /** The OC value: the user id registered for the open API. */
  oc: string;
  timeoutMs: number;
}

export interface LawApi {
  search(target: LawTarget, query: string): Promise<FoundLaw[]>;
  detail(serial: string): Promise<LawDetail>;
}

export function lawApiConfig(env: NodeJS.ProcessEnv): LawApiConfig {
  const oc = env.LAW_API_OC?.trim();
  if (!oc) {
    throw new OpsError("ops.law-api-key-missing");
  }
  const baseUrl = (env.LAW_API_BASE_URL?.trim() || DEFAULT_LAW_API_BASE_URL).replace(/\/+$/, "");
  try {
    new URL(baseUrl);
  } catch {
    throw new OpsError("ops.law-api-url", { url: baseUrl, example: DEFAULT_LAW_API_BASE_URL });
  }
  const timeoutMs = Number(env.LAW_API_TIMEOUT_MS ?? 20_000);
  return { baseUrl, oc, timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : 20_000 };
}

export function createLawApi(config: LawApiConfig, fetchImpl: typeof fetch = fetch): LawApi {
  async function get(endpoint: string, params: Record<string, string>): Promise<string> {
    const url = new URL(`${config.baseUrl}/${endpoint}`);
    url.search = new URLSearchParams({ OC: config.oc, ...params, type: "XML" }).toString();
    const shown = `${endpoint}?${new URLSearchParams(params).toString()}`; // without OC
    let response: Response;
    try {
      response = await fetchImpl(url, { signal: AbortSignal.timeout(config.timeoutMs), headers: { accept: "application/xml, text/xml" } });
    } catch (error) {
      const reason = (error as Error).name === "TimeoutError" ? `${config.timeoutMs}ms timeout` : ((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message);
      throw new OpsError("ops.law-api-unreachable", { base: config.baseUrl, request: shown, reason }, { cause: error });
    }
    const text = await response.text();
    if (!response.ok) {
      throw new OpsError("ops.law-api-http", { request: shown, status: response.status });
    }
    return text;
  }
  return {
    async search(target, query) {
      return parseSearch(await get("lawSearch.do", { target: target.target, query, display: "100" }), target, query);
    },
    async detail(serial) {
      return parseService(await get("lawService.do", { target: "law", MST: serial }), serial);
    },
  };
}
