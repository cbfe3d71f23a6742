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
    throw new OpsError({
      ko: "법령정보 API 인증키가 없습니다. 국가법령정보 공동활용(open.law.go.kr)에서 발급받은 OC 값을 환경 변수 LAW_API_OC에 넣어 주세요(GitHub Actions에서는 저장소 Secret LAW_API_OC). 인증키는 저장소에 커밋하지 마세요.",
      en: "No law API access key. Put the OC value issued by the national law information open API in the environment variable LAW_API_OC (in GitHub Actions, the repository secret LAW_API_OC). Never commit the key.",
    });
  }
  const baseUrl = (env.LAW_API_BASE_URL?.trim() || DEFAULT_LAW_API_BASE_URL).replace(/\/+$/, "");
  try {
    new URL(baseUrl);
  } catch {
    throw new OpsError({ ko: `LAW_API_BASE_URL 값 "${baseUrl}"이(가) 주소 형식이 아닙니다. 예: ${DEFAULT_LAW_API_BASE_URL}`, en: `LAW_API_BASE_URL "${baseUrl}" is not a URL. Example: ${DEFAULT_LAW_API_BASE_URL}` });
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
      throw new OpsError(
        {
          ko: `법령정보 API(${config.baseUrl})에 연결하지 못했습니다(${shown}: ${reason}). 네트워크와 LAW_API_BASE_URL을 확인하고 잠시 후 다시 실행하세요. 아무것도 바꾸지 않았습니다.`,
          en: `Could not reach the law API (${config.baseUrl}) (${shown}: ${reason}). Check the network and LAW_API_BASE_URL and run again later. Nothing was changed.`,
        },
        { cause: error },
      );
    }
    const text = await response.text();
    if (!response.ok) {
      throw new OpsError({
        ko: `법령정보 API가 ${shown} 요청에 HTTP ${response.status} 오류로 답했습니다. 잠시 후 다시 실행하세요. 아무것도 바꾸지 않았습니다.`,
        en: `The law API answered ${shown} with HTTP ${response.status}. Run again later. Nothing was changed.`,
      });
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
