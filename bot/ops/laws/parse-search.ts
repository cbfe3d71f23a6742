// lawSearch.do answers → the laws found: official name, ids and dates of the current text.
import { OpsError } from "../ops-error.ts";
import { children, excerpt, field, isoDate, parseXml } from "./law-xml.ts";
import type { LawTarget } from "./law-kinds.ts";

export interface FoundLaw {
  name: string;
  abbreviation: string;
  /** 법령ID: the law across all its versions. */
  id: string;
  /** 법령일련번호 (MST): this version's text, for lawService.do. */
  serial: string;
  /** 시행일자 as YYYY-MM-DD. */
  effective: string;
  promulgated: string | null;
  number: string;
  amendment: string;
  kind: string;
}

export function parseSearch(text: string, target: LawTarget, query: string): FoundLaw[] {
  const document = parseXml(text, `lawSearch(${query})`);
  const root = document[target.root];
  if (root === undefined) {
    const roots = Object.keys(document).filter((k) => !k.startsWith("?"));
    throw new OpsError({
      ko: `법령정보 API가 「${query}」 검색에 법령 목록(${target.root})이 아닌 응답(${roots.join(", ") || "내용 없음"})을 보냈습니다: "${excerpt(text)}". 인증키(LAW_API_OC)가 맞는지, 이 서버의 IP나 도메인이 국가법령정보 공동활용에 등록되어 있는지 확인하세요.`,
      en: `The law API answered the search for 「${query}」 with something other than a law list (${roots.join(", ") || "nothing"}): "${excerpt(text)}". Check the access key (LAW_API_OC) and that this server's IP or domain is registered with the open API.`,
    });
  }
  const f = target.fields;
  return children(root, target.entry).map((entry, index) => {
    const name = field(entry, f.name);
    const effective = isoDate(field(entry, f.effective));
    if (!name || !effective) {
      throw new OpsError({
        ko: `법령정보 API의 「${query}」 검색 결과 ${index + 1}번째 항목에 ${!name ? f.name : `${f.effective}(YYYYMMDD)`}이(가) 없거나 올바르지 않습니다("${field(entry, f.effective)}"). 응답이 손상되었거나 API 형식이 바뀌었습니다. 잠시 후 다시 실행하고, 계속되면 관리자에게 알려 주세요.`,
        en: `Result ${index + 1} of the law API's search for 「${query}」 has no valid ${!name ? f.name : `${f.effective} (YYYYMMDD)`} ("${field(entry, f.effective)}"). The answer is damaged or the API format changed. Run again later; if it persists, tell the administrators.`,
      });
    }
    return {
      name,
      abbreviation: f.abbreviation ? field(entry, f.abbreviation) : "",
      id: field(entry, f.id),
      serial: field(entry, f.serial),
      effective,
      promulgated: isoDate(field(entry, f.promulgated)),
      number: field(entry, f.number),
      amendment: field(entry, f.amendment),
      kind: field(entry, f.kind),
    };
  });
}
