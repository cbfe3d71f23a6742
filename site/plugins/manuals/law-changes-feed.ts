// RSS 2.0 and Atom feeds of the law changes, with the `feed` library (the one Docusaurus's blog uses).
import { Feed } from "feed";
import type { LawChangeEntry } from "../../src/data/types.ts";

export interface FeedInput {
  entries: readonly LawChangeEntry[];
  /** The site's origin (config url); paths below already carry the base URL. */
  origin: string;
  title: string;
  pagePath: string;
  feeds: { rss: string; atom: string };
}

/** The entry's sentences as one line: "「주민등록법」 제40조의 기준 시행일을 … 바꿨습니다. 관련법령 본문을 고쳤습니다." */
export function describeEntry(entry: LawChangeEntry): string {
  return entry.sentences.join(" ");
}

export function lawChangeFeeds({ entries, origin, title, pagePath, feeds }: FeedInput): { rss: string; atom: string } {
  const page = new URL(pagePath, origin).href;
  const feed = new Feed({
    id: page,
    title,
    description: "업무매뉴얼의 법령 관련 변경 내역 / Legal changes in the work manuals",
    link: page,
    language: "ko",
    copyright: "",
    updated: entries[0] ? new Date(entries[0].date) : new Date(0),
    feedLinks: { rss: new URL(feeds.rss, origin).href, atom: new URL(feeds.atom, origin).href },
  });
  for (const entry of entries) {
    const link = entry.manual.permalink ? new URL(entry.manual.permalink, origin).href : page;
    feed.addItem({
      id: `${entry.sha}:${entry.manual.id}`,
      title: `${entry.manual.title} — ${describeEntry(entry)}`,
      link,
      date: new Date(entry.date),
      description: `${entry.manual.department} · ${entry.message}${entry.pr ? ` (PR #${entry.pr})` : ""}`,
      author: [{ name: entry.authorPerson?.name ?? entry.author }],
    });
  }
  return { rss: feed.rss2(), atom: feed.atom1() };
}
