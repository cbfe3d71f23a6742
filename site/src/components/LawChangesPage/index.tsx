// "법령 변경": legal changes across all manuals, newest first, from the core's compare over git
// history; also published as RSS and Atom.
import React from "react";
import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import Link from "@docusaurus/Link";
import type { LawChangeEntry, LawChangesData } from "../../data/types";
import PullRequestLink from "../PullRequestLink";
import styles from "./styles.module.css";

const CHANGE = { added: "추가", removed: "삭제", changed: "변경" } as const;
const KIND = { added: "신규", deleted: "매뉴얼 삭제", moved: "매뉴얼 이동", modified: "" } as const;

function Entry({ entry }: { entry: LawChangeEntry }): React.ReactNode {
  return (
    <li className={styles.entry}>
      <p className={styles.meta}>
        <time dateTime={entry.date}>{entry.date.slice(0, 10)}</time> · {entry.manual.department}
        {KIND[entry.kind] && <span className={styles.kind}>{KIND[entry.kind]}</span>}
      </p>
      <Heading as="h2" className={styles.manual}>
        {entry.manual.permalink ? <Link to={entry.manual.permalink}>{entry.manual.title}</Link> : entry.manual.title}
      </Heading>
      {entry.laws.length > 0 && (
        <ul className={styles.laws}>
          {entry.laws.map((law) => (
            <li key={`${law.law}-${law.article}-${law.change}`}>
              {law.url ? <a href={law.url} target="_blank" rel="noopener noreferrer">「{law.name}」</a> : `「${law.name}」`} {law.article} <strong>{CHANGE[law.change]}</strong>
              {law.before && law.after ? ` — ${law.before} → ${law.after}` : law.after ? ` — ${law.after}` : law.before ? ` — ${law.before}` : ""}
            </li>
          ))}
        </ul>
      )}
      {entry.sections.length > 0 && <p className={styles.sections}>{entry.sections.join(", ")} 내용이 바뀌었습니다.</p>}
      <p className={styles.commit}>
        {entry.message} — {entry.author} <PullRequestLink pr={entry.pr} />
      </p>
    </li>
  );
}

export default function LawChangesPage({ changes }: { changes: LawChangesData }): React.ReactNode {
  return (
    <Layout title="법령 변경" description="업무매뉴얼의 법령 관련 변경 내역">
      <main className="container margin-vert--lg">
        <Heading as="h1">법령 변경</Heading>
        <p>
          매뉴얼의 근거 법령(조문·시행일)이나 관련법령 내용이 바뀐 내역입니다. 최신 순.{" "}
          <a href={changes.feeds.rss}>RSS</a> · <a href={changes.feeds.atom}>Atom</a> 피드로 구독할 수 있습니다.
        </p>
        {!changes.historyAvailable && <p className="alert alert--warning">이 사이트는 git 이력 없이 만들어져 변경 내역을 보여 줄 수 없습니다.</p>}
        {changes.entries.length === 0 ? (
          <p>아직 법령 변경 내역이 없습니다.</p>
        ) : (
          <ol className={styles.entries} data-law-changes>
            {changes.entries.map((entry) => (
              <Entry key={`${entry.sha}-${entry.manual.id}`} entry={entry} />
            ))}
          </ol>
        )}
      </main>
    </Layout>
  );
}
