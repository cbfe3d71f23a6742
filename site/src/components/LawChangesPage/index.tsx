// "법령 변경": legal changes across all manuals, newest first, from the core's compare over git
// history; also published as RSS and Atom.
import React from "react";
import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import Link from "@docusaurus/Link";
import type { LawChangeEntry, LawChangesData } from "../../data/types";
import PersonLink from "../PersonLink";
import PullRequestLink from "../PullRequestLink";
import styles from "./styles.module.css";

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
      <ul className={styles.sentences} data-law-change-sentences>
        {entry.sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      {entry.laws.some((law) => law.url) && (
        <p className={styles.links}>
          법령 원문:{" "}
          {entry.laws
            .filter((law) => law.url)
            .map((law, i) => (
              <React.Fragment key={law.law}>
                {i > 0 && " · "}
                <a href={law.url!} target="_blank" rel="noopener noreferrer">
                  「{law.name}」
                </a>
              </React.Fragment>
            ))}
        </p>
      )}
      <p className={styles.commit} data-law-change-source>
        <PullRequestLink pr={entry.pr} />
        {entry.pr !== null && " · "}
        {entry.authorPerson ? <PersonLink person={entry.authorPerson} /> : entry.author} · <q>{entry.message}</q>
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
          매뉴얼의 근거 법령(조문·시행일)이나 법령에 관한 본문이 바뀐 내역입니다. 최신 순입니다. 파일 이름만 바뀐 경우는 싣지 않습니다.{" "}
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
