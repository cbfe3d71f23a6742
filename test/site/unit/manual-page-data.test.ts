// What a manual page adds around the manual: the GitHub links,
// the section links' text, and the list of manuals saved for reading offline.
import { describe, expect, it } from "vitest";
import { editUrl, errorReportUrl } from "../../../site/src/manual-page/manual-links.ts";
import { headingText } from "../../../site/src/manual-page/heading-text.ts";
import { readSaved, rememberSaved, SAVED_KEY } from "../../../site/src/offline/saved-manuals.ts";


describe("GitHub links", () => {
  it("opens the file in the web editor on the branch, path segments escaped", () => {
    expect(editUrl("https://github.com/district/manuals/", "main", "manuals/tax/지방세.md")).toBe("https://github.com/district/manuals/edit/main/manuals/tax/%EC%A7%80%EB%B0%A9%EC%84%B8.md");
    expect(editUrl("https://github.com/district/manuals", "release/2026", "manuals/a b.md")).toBe("https://github.com/district/manuals/edit/release/2026/manuals/a%20b.md");
  });

  it("opens the manual-error form with the manual and the title filled in", () => {
    const url = new URL(errorReportUrl("https://github.com/district/manuals", { title: "전입신고 처리", file: "manuals/x/y.md" }));
    expect(url.pathname).toBe("/district/manuals/issues/new");
    expect(Object.fromEntries(url.searchParams)).toEqual({ template: "manual-error.yml", title: "[오류] 전입신고 처리", manual: "전입신고 처리 — manuals/x/y.md" });
  });
});

describe("section links", () => {
  it("show the heading's text, entities decoded and tags dropped", () => {
    expect(headingText("관련 &lt;자료&gt; &amp; <code>서식</code>")).toBe("관련 <자료> & 서식");
  });
});

describe("saved manuals", () => {
  const storage = () => {
    const map = new Map<string, string>();
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
  };

  it("keeps the newest first, each manual once", () => {
    const s = storage();
    rememberSaved(s, { title: "가", permalink: "/manuals/a", where: "", savedAt: "2026-12-01T00:00:00Z" });
    rememberSaved(s, { title: "나", permalink: "/manuals/b", where: "", savedAt: "2026-12-02T00:00:00Z" });
    rememberSaved(s, { title: "가", permalink: "/manuals/a", where: "", savedAt: "2026-12-03T00:00:00Z" });
    expect(readSaved(s).map((m) => m.title)).toEqual(["가", "나"]);
  });

  it("reads storage someone else wrote as nothing saved", () => {
    const s = storage();
    s.setItem(SAVED_KEY, "{not json");
    expect(readSaved(s)).toEqual([]);
    s.setItem(SAVED_KEY, JSON.stringify([{ title: 1 }, "x", { title: "가", permalink: "/a" }]));
    expect(readSaved(s).map((m) => m.title)).toEqual(["가"]);
  });
});
