// A manual's history from git: date, author, message, whether it changed legal content, and the
// pull request it came from.
import React from "react";
import Heading from "@theme/Heading";
import type { ManualCard } from "../../data/types";
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
        <div className={styles.scroll}>
          <table data-manual-history>
            <thead>
              <tr>
                <th scope="col">날짜</th>
                <th scope="col">작성자</th>
                <th scope="col">내용</th>
                <th scope="col">법령 변경</th>
                <th scope="col">PR</th>
              </tr>
            </thead>
            <tbody>
              {card.history.map((entry) => (
                <tr key={entry.sha}>
                  <td>
                    <time dateTime={entry.date}>{entry.date.slice(0, 10)}</time>
                  </td>
                  <td>{entry.author}</td>
                  <td>
                    {entry.message}
                    {entry.summary.length > 0 && (
                      <ul className={styles.summary}>
                        {entry.summary.map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>{entry.legal ? <strong className={styles.legal}>예</strong> : "아니요"}</td>
                  <td>
                    <PullRequestLink pr={entry.pr} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {card.historyTotal > card.history.length && <p>최근 {card.history.length}건만 표시합니다 (전체 {card.historyTotal}건).</p>}
    </section>
  );
}
