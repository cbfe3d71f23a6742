// lawService.do (target=law) answers → what this version changed: the kind of amendment and the
// articles marked as changed (조문변경여부 Y), written as manuals cite them ("제16조", "제6조의2").
import { OpsError } from "../ops-error.ts";
import { children, excerpt, field, isoDate, parseXml } from "./law-xml.ts";

export interface LawDetail {
  name: string;
  effective: string;
  promulgated: string | null;
  number: string;
  amendment: string;
  changedArticles: string[];
}

export function parseService(text: string, serial: string): LawDetail {
  const document = parseXml(text, `lawService(MST=${serial})`);
  const law = document["법령"];
  const info = law && typeof law === "object" ? (law as Record<string, unknown>)["기본정보"] : undefined;
  const effective = isoDate(field(info, "시행일자"));
  if (!info || !effective) {
    throw new OpsError("ops.law-service-shape", { serial, excerpt: excerpt(text) });
  }
  const changedArticles: string[] = [];
  const articles = law && typeof law === "object" ? (law as Record<string, unknown>)["조문"] : undefined;
  for (const unit of children(articles, "조문단위")) {
    if (field(unit, "조문여부") !== "조문" || field(unit, "조문변경여부") !== "Y") continue;
    const number = field(unit, "조문번호");
    const branch = field(unit, "조문가지번호");
    if (!/^\d+$/.test(number)) continue;
    changedArticles.push(`제${number}조${branch && branch !== "0" ? `의${branch}` : ""}`);
  }
  return {
    name: field(info, "법령명_한글"),
    effective,
    promulgated: isoDate(field(info, "공포일자")),
    number: field(info, "공포번호"),
    amendment: field(info, "제개정구분"),
    changedArticles: [...new Set(changedArticles)],
  };
}
