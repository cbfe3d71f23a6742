// axe-core: no serious or critical violations on the home page, a manual, the law changes, the
// search results, the offline page, the status board and a department page with its book links
// (the phone layouts are checked in phone-first.test.ts).
import { AxeBuilder } from "@axe-core/playwright";
import { describe, expect, it } from "vitest";

import { manualPath, openPage, useBrowser } from "./browser.ts";
import { LEGAL_CHANGE, OVERDUE_MANUAL } from "./site-fixture.ts";

const PAGES = [
  ["home", "/"],
  ["manual", manualPath(LEGAL_CHANGE.file)],
  ["manual with overdue banner", manualPath(OVERDUE_MANUAL.file)],
  ["law changes", "/law-changes"],
  ["search results", "/search?q=%EC%A0%84%EC%9E%85%EC%8B%A0%EA%B3%A0"],
  ["offline", "/offline"],
  ["status board", "/status"],
  ["department with its books", "/manuals/district-office/parking"],
] as const;

describe("accessibility", () => {
  const browser = useBrowser();

  for (const scheme of ["light", "dark"] as const) {
    it.each(PAGES)(`%s (${scheme}) has no serious or critical violations`, async (_name, path) => {
      const context = await browser.newContext({ colorScheme: scheme });
      const { page } = await openPage(context, path);
      const results = await new AxeBuilder({ page }).analyze();
      const severe = results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
      expect(severe).toEqual([]);
      await context.close();
    });
  }
});
