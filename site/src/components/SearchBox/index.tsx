// The search box: in the navbar, on the home page and on the search page. Queries the static
// Korean index (src/search/) as the reader types; Enter opens the full results page.
import React, { useEffect, useId, useRef, useState } from "react";
import Link from "@docusaurus/Link";
import { useHistory } from "@docusaurus/router";
import useDocusaurusContext from "@docusaurus/useDocusaurusContext";
import { ManualSearch, type SearchHit } from "../../search/query";
import styles from "./styles.module.css";

const searches = new Map<string, ManualSearch>();
export function useManualSearch(): ManualSearch {
  const { baseUrl } = useDocusaurusContext().siteConfig;
  let search = searches.get(baseUrl);
  if (!search) {
    search = new ManualSearch(async (path) => {
      const response = await fetch(`${baseUrl}${path}`);
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.json();
    });
    searches.set(baseUrl, search);
  }
  return search;
}

export function useSearchResults(query: string, limit: number): { hits: SearchHit[]; status: "idle" | "loading" | "done" | "error" } {
  const search = useManualSearch();
  const [state, setState] = useState<{ hits: SearchHit[]; status: "idle" | "loading" | "done" | "error" }>({ hits: [], status: "idle" });
  useEffect(() => {
    if (!query.trim()) {
      setState({ hits: [], status: "idle" });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, status: "loading" }));
    const timer = setTimeout(() => {
      search.search(query, limit).then(
        (hits) => current && setState({ hits, status: "done" }),
        () => current && setState({ hits: [], status: "error" }),
      );
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, limit, search]);
  return state;
}

export interface SearchBoxProps {
  variant: "navbar" | "hero";
}

export default function SearchBox({ variant }: SearchBoxProps): React.ReactNode {
  const id = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const history = useHistory();
  const { baseUrl } = useDocusaurusContext().siteConfig;
  const { hits, status } = useSearchResults(open ? query : "", 8);
  const box = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const close = (event: MouseEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("click", close);
    return () => document.removeEventListener("click", close);
  }, []);

  return (
    <form
      ref={box}
      role="search"
      className={`${styles.box} ${variant === "hero" ? styles.hero : styles.navbar}`}
      onSubmit={(event) => {
        event.preventDefault();
        setOpen(false);
        history.push(`${baseUrl}search?q=${encodeURIComponent(query)}`);
      }}
      onKeyDown={(event) => event.key === "Escape" && setOpen(false)}
    >
      <label htmlFor={`${id}-input`} className={variant === "hero" ? styles.heroLabel : "sr-only"}>
        매뉴얼 검색
      </label>
      <input
        id={`${id}-input`}
        className={styles.input}
        type="search"
        value={query}
        placeholder={variant === "hero" ? "예: 전입신고, 수급자 신청, 식품 영업 신고" : "매뉴얼 검색"}
        autoComplete="off"
        aria-controls={`${id}-results`}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
      />
      <button type="submit" className={styles.submit}>
        검색
      </button>
      <div id={`${id}-results`} className={styles.dropdown} hidden={!open || !query.trim()}>
        <p className="sr-only" aria-live="polite">
          {status === "done" ? `검색 결과 ${hits.length}건` : ""}
        </p>
        {status === "error" && <p className={styles.empty}>검색 색인을 불러오지 못했습니다. 네트워크 연결을 확인하세요.</p>}
        {status === "done" && hits.length === 0 && <p className={styles.empty}>‘{query}’에 맞는 매뉴얼이 없습니다.</p>}
        {hits.length > 0 && (
          <ul className={styles.hits}>
            {hits.map((hit) => (
              <li key={hit.permalink}>
                <Link to={hit.permalink} onClick={() => setOpen(false)}>
                  <span className={styles.hitTitle}>{hit.title}</span>
                  <span className={styles.hitWhere}>{hit.where}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </form>
  );
}
