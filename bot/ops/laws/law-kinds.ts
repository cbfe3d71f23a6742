// Where each kind of law lives in the national law information service's open API (DRF): laws,
// decrees and ministry rules are `target=law`; local ordinances and rules are `target=ordin`;
// administrative rules are `target=admrul`. Each answers with its own root, entry and field names.
import type { Law } from "../../core/generated/registry.ts";

export interface LawTarget {
  target: "law" | "ordin" | "admrul";
  /** Root element of a lawSearch.do answer. */
  root: string;
  /** Element of one result. */
  entry: string;
  fields: { name: string; id: string; serial: string; effective: string; promulgated: string; number: string; amendment: string; kind: string; abbreviation?: string };
  /** Whether lawService.do gives the article-level detail (changed articles) for this target. */
  detail: boolean;
}

type Fields = LawTarget["fields"];

/** The answer's field names follow the kind's name (법령…, 자치법규…, 행정규칙…) and how it is issued (공포 or 발령). */
function fieldsOf(kind: string, issued: "공포" | "발령", own: Partial<Fields> = {}): Fields {
  return { name: `${kind}명`, id: `${kind}ID`, serial: `${kind}일련번호`, effective: "시행일자", promulgated: `${issued}일자`, number: `${issued}번호`, amendment: "제개정구분명", kind: `${kind}종류`, ...own };
}

const LAW: LawTarget = { target: "law", root: "LawSearch", entry: "law", fields: fieldsOf("법령", "공포", { name: "법령명한글", kind: "법령구분명", abbreviation: "법령약칭명" }), detail: true };
const ORDINANCE: LawTarget = { target: "ordin", root: "OrdinSearch", entry: "law", fields: fieldsOf("자치법규", "공포"), detail: false };
const ADMINISTRATIVE_RULE: LawTarget = { target: "admrul", root: "AdmRulSearch", entry: "admrul", fields: fieldsOf("행정규칙", "발령"), detail: false };

export function targetOf(law: Law): LawTarget {
  if (law.kind === "자치법규") return ORDINANCE;
  if (law.kind === "행정규칙") return ADMINISTRATIVE_RULE;
  return LAW;
}
