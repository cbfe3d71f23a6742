// /search?q=… : the full result list, with each manual's place and first lines.
import React, { useEffect, useState } from "react";
import Layout from "@theme/Layout";
import Heading from "@theme/Heading";
import Link from "@docusaurus/Link";
import { useHistory, useLocation } from "@docusaurus/router";
import { useSearchResults } from "../SearchBox";
import styles from "./styles.module.css";

export default function SearchPage(): React.ReactNode {
  const location = useLocation();
  const history = useHistory();
  const initial = new URLSearchParams(location.search).get("q") ?? "";
  const [query, setQuery] = useState(initial);
  useEffect(() => setQuery(initial), [initial]);
  const { hits, total, status } = useSearchResults(query, 20);
  return (
    <Layout title="검색" description="업무매뉴얼 검색">
      <main className="container margin-vert--lg">
        <Heading as="h1">매뉴얼 검색</Heading>
        <form
          role="search"
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            history.replace({ search: `?q=${encodeURIComponent(query)}` });
          }}
        >
          <label htmlFor="search-page-input" className="sr-only">
            검색어
          </label>
          <input id="search-page-input" className={styles.input} type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="업무, 법령, 서식" />
          <button type="submit" className="button button--primary">
            검색
          </button>
        </form>
        <p aria-live="polite" className={styles.status} data-search-status>
          {status === "loading" && "찾는 중…"}
          {status === "done" && `‘${query}’ 검색 결과 ${total}건`}
          {status === "done" && total > hits.length && ` 중 ${hits.length}건을 관련도 순으로 보여 줍니다. 검색어를 더 구체적으로 적어 보세요.`}
          {status === "error" && "검색 색인을 불러오지 못했습니다. 네트워크 연결을 확인하세요."}
        </p>
        <ol className={styles.results} data-search-results>
          {hits.map((hit) => (
            <li key={hit.permalink}>
              <Link to={hit.permalink} className={styles.title}>
                {hit.title}
              </Link>
              <span className={styles.where}>{hit.where}</span>
              {hit.summary && <p className={styles.summary}>{hit.summary}</p>}
            </li>
          ))}
        </ol>
      </main>
    </Layout>
  );
}
