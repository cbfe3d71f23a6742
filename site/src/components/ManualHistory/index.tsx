// A manual's history from git, newest first: date, who, what changed, a 법령 변경 badge when it
// changed legal content, and the pull request it came from. A list, not a table, so a phone
// shows each change whole instead of squeezing five columns into 390 px.
import React from "react";
import Heading from "@theme/Heading";
import type { ManualCard } from "../../data/types";
import PersonLink from "../PersonLink";
import PullRequestLink from "../PullRequestLink";
import styles from "./styles.module.css";

export default function ManualHistory({ card }: { card: ManualCard }): React.ReactNode {
  return (
    <section className={styles.history} aria-labelledby="manual-history">
      <Heading as="h2" id="manual-history">
        변경 이력
      </Heading>
      {card.history.length === 0 ? (
        <p>기록된 변경 이력이 없습니다.</p>
      ) : (
        <ol className={styles.entries} data-manual-history>
          {card.history.map((entry) => (
            <li key={entry.sha} className={styles.entry} data-legal={entry.legal ? "yes" : "no"}>
              <p className={styles.meta}>
                <time dateTime={entry.date} data-history-date>
                  {entry.date.slice(0, 10)}
                </time>
                <span className={styles.author} data-history-author>
                  {entry.authorPerson ? <PersonLink person={entry.authorPerson} /> : entry.author}
                </span>
                {entry.legal && (
                  <span className={styles.legal} data-history-legal>
                    법령 변경
                  </span>
                )}
                <span className={styles.pr} data-history-pr>
                  <PullRequestLink pr={entry.pr} />
                </span>
              </p>
              <p className={styles.message} data-history-message>
                {entry.message}
              </p>
              {entry.summary.length > 0 && (
                <ul className={styles.summary} data-history-summary>
                  {entry.summary.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {card.historyTotal > card.history.length && <p>최근 {card.history.length}건만 표시합니다 (전체 {card.historyTotal}건).</p>}
    </section>
  );
}
