// A manual's page: title, its one-line summary, its sections as a row of links, the card (folded
// into one line on phones), the edit and error-report links, the manual itself (sections wrapped by
// the manual-sections remark plugin), then its history. Mirrors theme-classic's DocItem/Content.
import React from "react";
import clsx from "clsx";
import { ThemeClassNames } from "@docusaurus/theme-common";
import { useDoc } from "@docusaurus/plugin-content-docs/client";
import Heading from "@theme/Heading";
import MDXContent from "@theme/MDXContent";
import type { ManualCard as Card } from "../../../data/types";
import ManualActions from "../../../components/ManualActions";
import ManualCard from "../../../components/ManualCard";
import ManualHistory from "../../../components/ManualHistory";
import ManualSections from "../../../components/ManualSections";
import styles from "./styles.module.css";

export default function DocItemContent({ children }: { children: React.ReactNode }): React.ReactNode {
  const { metadata, frontMatter, contentTitle, toc } = useDoc();
  const card = (frontMatter as { manual?: Card }).manual;
  const syntheticTitle = contentTitle === undefined ? metadata.title : null;
  return (
    <div
      className={clsx(ThemeClassNames.docs.docMarkdown, "markdown")}
      {...(card ? { "data-manual-page": "", "data-manual-title": metadata.title, "data-manual-where": `${card.institution.name} · ${card.department.name}` } : {})}
    >
      {syntheticTitle && (
        <header>
          <Heading as="h1">{syntheticTitle}</Heading>
        </header>
      )}
      {card && (
        <>
          {card.summary && (
            <p className={styles.summary} data-manual-summary>
              {card.summary}
            </p>
          )}
          <ManualSections sections={[...toc.filter((item) => item.level === 2), { id: "manual-history", value: "변경 이력" }]} />
          <ManualCard card={card} />
          <ManualActions title={metadata.title} file={card.file} />
        </>
      )}
      <MDXContent>{children}</MDXContent>
      {card && <ManualHistory card={card} />}
    </div>
  );
}
