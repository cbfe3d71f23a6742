// English wording of what a change did to a manual; the same ids as changes/ko.ts.
import type { MessageParams as P, Translation } from "../message.ts";
import type { changesKo } from "./ko.ts";

export const changesEn: Translation<typeof changesKo> = {
  "change.manual-added": () => "Created the manual.",
  "change.manual-deleted": () => "Deleted the manual.",
  "change.moved-department": (p: P) => `Moved the manual from ${p.from} to ${p.to}.`,
  "change.renamed": (p: P) => `Renamed the file from ${p.from} to ${p.to}.`,
  "change.law-added": (p: P) => `Added ${p.article} of ${p.name} as a legal basis (text in force from ${p.version}).`,
  "change.law-removed": (p: P) => `Removed ${p.article} of ${p.name} from the legal basis.`,
  "change.law-version": (p: P) => `Moved ${p.article} of ${p.name} from the text in force on ${p.from} to the one in force on ${p.to}.`,
  "change.law-article": (p: P) => `Changed the provision of ${p.name} from ${p.from} to ${p.to}.`,
  "change.law-article-version": (p: P) => `Changed the provision of ${p.name} from ${p.from} to ${p.to}, and its text from the one in force on ${p.fromVersion} to the one on ${p.toVersion}.`,
  "change.sections": (p: P) => `Edited the text of ${p.sections}.`,
  "change.sections-separator": () => ", ",
};
