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

export interface SearchState {
  hits: SearchHit[];
  /** Every manual that matches, of which `hits` are the best. */
  total: number;
  status: "idle" | "loading" | "done" | "error";
}

export function useSearchResults(query: string, limit: number): SearchState {
  const search = useManualSearch();
  const [state, setState] = useState<SearchState>({ hits: [], total: 0, status: "idle" });
  useEffect(() => {
    if (!query.trim()) {
      setState({ hits: [], total: 0, status: "idle" });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, status: "loading" }));
    const timer = setTimeout(() => {
      search.search(query, limit).then(
        ({ hits, total }) => current && setState({ hits, total, status: "done" }),
        () => current && setState({ hits: [], total: 0, status: "error" }),
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

const PLACEHOLDER = { hero: "예: 전입신고, 과태료", navbar: "매뉴얼 검색" } as const;

export default function SearchBox({ variant }: SearchBoxProps): React.ReactNode {
  const id = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  // On a phone the navbar shows a search icon; tapping it opens a full-width box over the navbar.
  const [expanded, setExpanded] = useState(false);
  const history = useHistory();
  const { baseUrl } = useDocusaurusContext().siteConfig;
  const { hits, total, status } = useSearchResults(open ? query : "", 8);
  const box = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const close = (event: MouseEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("click", close);
    return () => document.removeEventListener("click", close);
  }, []);
  useEffect(() => {
    if (expanded) input.current?.focus();
  }, [expanded]);

  const collapse = () => {
    setOpen(false);
    setExpanded(false);
  };

  return (
    <div className={variant === "navbar" ? styles.navbarItem : undefined}>
      {variant === "navbar" && (
        // Without script the icon is a link to the search page; with it, it opens the box in place.
        <a
          href={`${baseUrl}search`}
          role="button"
          className={styles.toggle}
          aria-label="검색 열기"
          aria-expanded={expanded}
          aria-controls={`${id}-form`}
          hidden={expanded}
          onClick={(event) => {
            event.preventDefault();
            setExpanded(true);
          }}
        >
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M10 3a7 7 0 0 1 5.6 11.2l4.6 4.6-1.4 1.4-4.6-4.6A7 7 0 1 1 10 3Zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10Z" />
          </svg>
        </a>
      )}
      <form
        ref={box}
        id={`${id}-form`}
        role="search"
        className={`${styles.box} ${variant === "hero" ? styles.hero : styles.navbar} ${expanded ? styles.expanded : ""}`}
        data-search-box={variant}
        onSubmit={(event) => {
          event.preventDefault();
          collapse();
          history.push(`${baseUrl}search?q=${encodeURIComponent(query)}`);
        }}
        onKeyDown={(event) => event.key === "Escape" && collapse()}
      >
        <label htmlFor={`${id}-input`} className={variant === "hero" ? styles.heroLabel : "sr-only"}>
          매뉴얼 검색
        </label>
        <input
          ref={input}
          id={`${id}-input`}
          className={styles.input}
          type="search"
          value={query}
          placeholder={PLACEHOLDER[variant]}
          autoComplete="off"
          enterKeyHint="search"
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
        {variant === "navbar" && (
          <button type="button" className={styles.close} aria-label="검색 닫기" onClick={collapse}>
            ✕
          </button>
        )}
        <div id={`${id}-results`} className={styles.dropdown} hidden={!open || !query.trim()}>
          <p className="sr-only" aria-live="polite">
            {status === "done" ? `검색 결과 ${total}건` : ""}
          </p>
          {status === "error" && <p className={styles.empty}>검색 색인을 불러오지 못했습니다. 네트워크 연결을 확인하세요.</p>}
          {status === "done" && hits.length === 0 && <p className={styles.empty}>‘{query}’에 맞는 매뉴얼이 없습니다.</p>}
          {hits.length > 0 && (
            <ul className={styles.hits}>
              {hits.map((hit) => (
                <li key={hit.permalink}>
                  <Link to={hit.permalink} onClick={collapse}>
                    <span className={styles.hitTitle}>{hit.title}</span>
                    <span className={styles.hitWhere}>{hit.where}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {status === "done" && total > hits.length && (
            <button type="submit" className={styles.more}>
              검색 결과 {total}건 모두 보기
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
