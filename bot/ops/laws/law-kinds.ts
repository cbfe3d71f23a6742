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

const LAW: LawTarget = {
  target: "law",
  root: "LawSearch",
  entry: "law",
  fields: { name: "법령명한글", id: "법령ID", serial: "법령일련번호", effective: "시행일자", promulgated: "공포일자", number: "공포번호", amendment: "제개정구분명", kind: "법령구분명", abbreviation: "법령약칭명" },
  detail: true,
};

const ORDINANCE: LawTarget = {
  target: "ordin",
  root: "OrdinSearch",
  entry: "law",
  fields: { name: "자치법규명", id: "자치법규ID", serial: "자치법규일련번호", effective: "시행일자", promulgated: "공포일자", number: "공포번호", amendment: "제개정구분명", kind: "자치법규종류" },
  detail: false,
};

const ADMINISTRATIVE_RULE: LawTarget = {
  target: "admrul",
  root: "AdmRulSearch",
  entry: "admrul",
  fields: { name: "행정규칙명", id: "행정규칙ID", serial: "행정규칙일련번호", effective: "시행일자", promulgated: "발령일자", number: "발령번호", amendment: "제개정구분명", kind: "행정규칙종류" },
  detail: false,
};

export function targetOf(law: Law): LawTarget {
  if (law.kind === "자치법규") return ORDINANCE;
  if (law.kind === "행정규칙") return ADMINISTRATIVE_RULE;
  return LAW;
}
