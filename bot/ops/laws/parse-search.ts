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
    throw new OpsError("ops.law-search-shape", { query, root: target.root, roots: roots.join(", "), excerpt: excerpt(text) });
  }
  const f = target.fields;
  return children(root, target.entry).map((entry, index) => {
    const name = field(entry, f.name);
    const effective = isoDate(field(entry, f.effective));
    if (!name || !effective) {
      throw new OpsError("ops.law-search-entry", { query, index: index + 1, field: !name ? f.name : `${f.effective}(YYYYMMDD)`, value: field(entry, f.effective) });
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
