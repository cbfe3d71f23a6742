/// <reference lib="dom" />
// Callbacks passed to page.evaluate run in the browser, hence the DOM types.
// A manual that tries to run script (raw <script>, onerror= and other handlers, javascript: and
// data: links, MDX expressions and exports, front matter that asks for MDX) is published inert:
// nothing runs, nothing executable reaches the page, and the author's text is shown as text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";

import { manualPath, openPage, useBrowser } from "./browser.ts";
import { HOSTILE_MANUAL } from "./site-fixture.ts";

describe("a hostile manual", () => {
  const browser = useBrowser();

  it("runs no script in the browser", async () => {
    const { page, problems } = await openPage(await browser.newContext(), manualPath(HOSTILE_MANUAL));
    await page.getByRole("heading", { level: 1, name: "스크립트 주입 시험 매뉴얼" }).waitFor();
    // Give event handlers every chance: hover and click what the author wrote.
    await page.getByText("인라인 HTML 블록").hover().catch(() => undefined);
    await page.getByText("여기를 누르세요").click();
    await page.getByText("참조 링크").click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(problems).toEqual([]);

    const dom = await page.locator("article").evaluate((article) => ({
      scripts: article.querySelectorAll("script").length,
      handlers: [...article.querySelectorAll("*")].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith("on"))),
      unsafeLinks: [...article.querySelectorAll("[href],[src]")].map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? "").filter((u) => /^\s*(javascript|data|vbscript):/i.test(u)),
      text: article.textContent ?? "",
    }));
    expect(dom.scripts).toBe(0);
    expect(dom.handlers).toEqual([]);
    expect(dom.unsafeLinks).toEqual([]);
    // What the author typed is shown, as text.
    expect(dom.text).toContain("<script>window.__pwned = 'script'");
    expect(dom.text).toContain("{window.__pwned = 'expression'}");
    expect(dom.text).toContain("export const pwned");
  });

  it("puts nothing executable in the built HTML, and front matter cannot turn on MDX or move the page", async () => {
    const html = readFileSync(join(inject("siteOut"), `${manualPath(HOSTILE_MANUAL)}.html`), "utf8");
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    // DOMParser builds the document without running anything in it.
    const found = await page.evaluate((source) => {
      const article = new DOMParser().parseFromString(source, "text/html").querySelector("article")!;
      return {
        scripts: article.querySelectorAll("script").length,
        handlers: [...article.querySelectorAll("*")].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith("on"))),
        unsafe: [...article.querySelectorAll("[href],[src]")].map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? "").filter((u) => /^\s*(javascript|data|vbscript):/i.test(u)),
        text: article.textContent ?? "",
      };
    }, html);
    expect(found).toMatchObject({ scripts: 0, handlers: [], unsafe: [] });
    expect(found.text).toContain(`<img src="x" onerror="window.__pwned = 'onerror'`);
    expect(html).not.toContain("javascript:window.__pwned='edit'");
    expect(() => readFileSync(join(inject("siteOut"), "manuals/hijacked.html"))).toThrow();
  });
});
