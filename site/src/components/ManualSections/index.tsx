// The manual's sections as a row of links under the title, visible on every screen: on a phone the
// six sections are one tap away without opening a menu (the theme's collapsed "이 페이지에서" is
// hidden on manual pages, see custom.css).
import React from "react";
import styles from "./styles.module.css";

export interface SectionLink {
  id: string;
  /** The heading as the theme's table of contents has it: HTML-escaped text. */
  value: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" };

/** The heading as plain text: the table of contents' value is escaped HTML, and we render text only. */
export function headingText(value: string): string {
  return value.replace(/<[^>]*>/g, "").replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);
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
