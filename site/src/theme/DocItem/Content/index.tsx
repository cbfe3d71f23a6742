// A manual's page: title, the manual card, the manual itself (sections wrapped by the
// manual-sections remark plugin), then its history. Mirrors theme-classic's DocItem/Content.
import React from "react";
import clsx from "clsx";
import { ThemeClassNames } from "@docusaurus/theme-common";
import { useDoc } from "@docusaurus/plugin-content-docs/client";
import Heading from "@theme/Heading";
import MDXContent from "@theme/MDXContent";
import type { ManualCard as Card } from "../../../data/types";
import ManualCard from "../../../components/ManualCard";
import ManualHistory from "../../../components/ManualHistory";

export default function DocItemContent({ children }: { children: React.ReactNode }): React.ReactNode {
  const { metadata, frontMatter, contentTitle } = useDoc();
  const card = (frontMatter as { manual?: Card }).manual;
  const syntheticTitle = contentTitle === undefined ? metadata.title : null;
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, "markdown")}>
      {syntheticTitle && (
        <header>
          <Heading as="h1">{syntheticTitle}</Heading>
        </header>
      )}
      {card && <ManualCard card={card} />}
      <MDXContent>{children}</MDXContent>
      {card && <ManualHistory card={card} />}
    </div>
  );
}
