// The manual's sections as a row of links under the title, visible on every screen: on a phone the
// six sections are one tap away without opening a menu (the theme's collapsed "이 페이지에서" is
// hidden on manual pages, see custom.css).
import React from "react";
import { headingText } from "../../manual-page/heading-text";
import styles from "./styles.module.css";

export interface SectionLink {
  id: string;
  /** The heading as the theme's table of contents has it: HTML-escaped text. */
  value: string;
}

export default function ManualSections({ sections }: { sections: readonly SectionLink[] }): React.ReactNode {
  if (sections.length === 0) return null;
  return (
    <nav className={styles.sections} aria-label="매뉴얼 목차" data-manual-sections>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{headingText(section.value)}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
