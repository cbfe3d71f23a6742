// A person as staff know them: "김민수 주무관 · 02-2100-3121" with the number a tel: link that never
// wraps, and the GitHub login secondary; the login alone when manuals/people.yml has no entry.
import React from "react";
import type { PersonLabel } from "../../data/types";
import styles from "./styles.module.css";

export default function PersonLink({ person }: { person: PersonLabel }): React.ReactNode {
  if (!person.known) {
    return (
      <span className={styles.person} data-person={person.login}>
        @{person.login}
      </span>
    );
  }
  return (
    <span className={styles.person} data-person={person.login}>
      <span className={styles.name}>{person.name}</span>
      {" · "}
      <a className={styles.phone} href={person.tel} aria-label={`${person.name} 전화 ${person.phone}`}>
        {person.phone}
      </a>{" "}
      <span className={styles.login}>@{person.login}</span>
    </span>
  );
}
