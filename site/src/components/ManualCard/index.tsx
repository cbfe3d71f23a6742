// The card at the top of a manual: who owns it, which provisions it follows (with the official
// text), when it was reviewed and when it must be reviewed again — with a banner once overdue.
// Folded into one line (담당 · 검토 예정일 · 법령 수) that opens: a native <details>, so it opens
// without script too; wide screens open it after loading.
import React, { useEffect, useState } from "react";
import type { ManualCard as Card } from "../../data/types";
import PersonLink from "../PersonLink";
import styles from "./styles.module.css";

function koreanToday(): string {
  return new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Seoul" });
}

/** The build date on the server, the reader's date in the browser: a banner must not wait for a rebuild. */
function useToday(builtOn: string): string {
  const [today, setToday] = useState(builtOn);
  useEffect(() => setToday(koreanToday()), []);
  return today;
}

/** Open on wide screens (the theme's desktop breakpoint), folded on phones. */
function useOpenOnWideScreens(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(window.matchMedia("(min-width: 997px)").matches), []);
  return [open, setOpen];
}

/** The folded card's line: 담당 · 검토 예정일 · 법령 수. */
export function cardLine(card: Card): string[] {
  return [`담당 ${card.ownerPerson.known ? card.ownerPerson.name : `@${card.owner}`}`, `검토 예정일 ${card.reviewDue}`, `법령 ${card.laws.length}건`];
}

export default function ManualCard({ card }: { card: Card }): React.ReactNode {
  const today = useToday(card.builtOn);
  const overdue = card.reviewDue !== "" && card.reviewDue < today;
  const [open, setOpen] = useOpenOnWideScreens();
  return (
    <section className={styles.card} aria-label="매뉴얼 정보">
      {overdue && (
        <p className={styles.overdue} role="status" data-overdue>
          <strong>검토 기한이 지났습니다.</strong> 검토 예정일 {card.reviewDue}이 지났으니 내용이 현행 법령과 맞는지 확인하고, 담당자({card.ownerPerson.known ? card.ownerPerson.text : `@${card.owner}`})에게 검토를 요청하세요.
        </p>
      )}
      <details className={styles.fold} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className={styles.line} data-card-line>
          {cardLine(card).map((part) => (
            <span key={part} className={styles.linePart}>
              {part}
            </span>
          ))}
        </summary>
      <dl className={styles.facts}>
        <div>
          <dt>부서</dt>
          <dd>
            {card.institution.name} · {card.department.name}
          </dd>
        </div>
        <div>
          <dt>담당자</dt>
          <dd>
            <PersonLink person={card.ownerPerson} />
          </dd>
        </div>
        <div>
          <dt>대리 담당자</dt>
          <dd>{card.deputyPerson ? <PersonLink person={card.deputyPerson} /> : "지정되지 않음"}</dd>
        </div>
        <div>
          <dt>최종 검토일</dt>
          <dd>
            <time dateTime={card.lastReviewed}>{card.lastReviewed}</time>
          </dd>
        </div>
        <div>
          <dt>검토 예정일</dt>
          <dd>
            <time dateTime={card.reviewDue}>{card.reviewDue}</time> (주기 {card.reviewCycleMonths}개월)
          </dd>
        </div>
      </dl>
      <table className={styles.laws} data-manual-laws>
        <caption>근거 법령</caption>
        <thead>
          <tr>
            <th scope="col">법령</th>
            <th scope="col">조문</th>
            <th scope="col">따르는 시행일</th>
          </tr>
        </thead>
        <tbody>
          {card.laws.map((law) => (
            <tr key={`${law.law}-${law.article}`}>
              <td>
                {law.url ? (
                  <a href={law.url} target="_blank" rel="noopener noreferrer">
                    {law.name}
                  </a>
                ) : (
                  law.name
                )}
              </td>
              <td>{law.article}</td>
              <td>
                {law.version}
                {law.current && law.current !== law.version && <span className={styles.stale}> (현행 {law.current} — 확인 필요)</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </details>
    </section>
  );
}
