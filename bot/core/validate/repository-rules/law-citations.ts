// The laws a manual lists in its front matter agree with the registry and with its Related Laws
// section: each is cited there, and the version followed is the law's current one.
import { isCalendarDate } from "../../calendar-date.ts";
import type { Finding } from "../../findings.ts";
import { text } from "../../messages/text.ts";
import type { RepositoryRule } from "./context.ts";

// Names and articles compare as NFC without spaces: a registry or front matter typed on macOS may be
// decomposed. The same few law names and articles recur across thousands of manuals: each is
// normalised once per run.
function compacter(): (s: string) => string {
  const done = new Map<string, string>();
  return (s) => {
    let compacted = done.get(s);
    if (compacted === undefined) done.set(s, (compacted = s.normalize("NFC").replace(/\s+/g, "")));
    return compacted;
  };
}

export const lawCitations: RepositoryRule = ({ manuals, registry }) => {
  if (!registry) return [];
  const compact = compacter();
  const findings: Finding[] = [];
  for (const manual of manuals) {
    if (!manual.parsed) continue;
    const cited = new Set(manual.citations.map((c) => `${compact(c.name)}\u0000${compact(c.article ?? "")}`));
    for (const entry of manual.laws) {
      const law = registry.laws[entry.law];
      if (!law) continue;
      const place = { file: manual.file, line: entry.line };
      const name = law.name;
      const article = entry.article;
      const wanted = compact(article);
      // "제16조제1항" in front matter is cited by "제16조제1항" or by the whole "제16조".
      const articleRoot = /^제\d+조(의\d+)?/.exec(wanted)?.[0] ?? wanted;
      if (!cited.has(`${compact(name)}\u0000${wanted}`) && !cited.has(`${compact(name)}\u0000${articleRoot}`)) {
        findings.push({ ...place, rule: "law-cited", severity: "warning", message: text("repo.law-not-cited", { name, article }) });
      }
      // An invalid date is the front-matter schema's finding; comparing it would only add a wrong one.
      if (isCalendarDate(entry.version)) {
        if (entry.version < law.effective) {
          findings.push({ ...place, rule: "law-version", severity: "warning", message: text("repo.law-outdated", { name, article, version: entry.version, current: law.effective }) });
        } else if (entry.version > law.effective) {
          findings.push({ ...place, rule: "law-version", severity: "error", message: text("repo.law-version-future", { name, version: entry.version, current: law.effective }) });
        }
      }
    }
  }
  return findings;
};
