// The institution and department pages, with links to their books (site/plugins/book): the
// generated index as Docusaurus renders it, then the PDF and EPUB of the same institution or
// department. The book's path is the page's path below the docs base.
import React from "react";
import DocCategoryGeneratedIndexPage from "@theme-original/DocCategoryGeneratedIndexPage";
import type { Props } from "@theme/DocCategoryGeneratedIndexPage";
import useBaseUrl from "@docusaurus/useBaseUrl";

const DOCS_BASE = "manuals/";

export default function DocCategoryGeneratedIndexPageWithBooks(props: Props): React.JSX.Element {
  const { permalink, title } = props.categoryGeneratedIndex;
  const siteBase = useBaseUrl("/");
  const key = permalink.startsWith(`${siteBase}${DOCS_BASE}`) ? permalink.slice(`${siteBase}${DOCS_BASE}`.length).replace(/\/$/, "") : "";
  const books = useBaseUrl(`/books/${key}`);
  return (
    <>
      <DocCategoryGeneratedIndexPage {...props} />
      {key && (
        <aside className="container margin-bottom--lg book-links" aria-labelledby="book-links-title">
          <h2 id="book-links-title">내려받기</h2>
          <ul>
            <li>
              <a href={`${books}.pdf`} download data-book="pdf">
                {title} 인쇄용 PDF (A4)
              </a>
            </li>
            <li>
              <a href={`${books}.epub`} download data-book="epub">
                {title} 전자책 EPUB
              </a>
            </li>
          </ul>
        </aside>
      )}
    </>
  );
}
