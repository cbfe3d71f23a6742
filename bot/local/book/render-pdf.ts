// Print HTML → A4 PDF through Chromium (playwright-core's page.pdf): Chromium lays out Korean text
// with the system's Noto CJK fonts and embeds them, and its footer template prints the page
// number and the approval on every page. One browser for all the books, a few pages at a time.
// The pages go nowhere: every request is refused, so nothing a manual links to is fetched.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { UsageError } from "../../core/messages/message-error.ts";

export interface PrintJob {
  html: string;
  footer: string;
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

export interface PdfPrinter {
  print(job: PrintJob): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function openPrinter(): Promise<PdfPrinter> {
  const path = chromiumPath();
  if (!existsSync(path)) throw new UsageError("book.no-browser", { path });
  const browser: Browser = await chromium.launch({ executablePath: path, headless: true, args: ["--no-sandbox"] });
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  await context.route("**/*", (route) => route.abort());
  return {
    async print({ html, footer }) {
      const page = await context.newPage();
      try {
        await page.setContent(html, { waitUntil: "load" });
        const pdf = await page.pdf({
          format: "A4",
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: "<span></span>",
          footerTemplate: footer,
          margin: { top: "18mm", bottom: "20mm", left: "16mm", right: "16mm" },
          outline: true,
          tagged: true,
        });
        return new Uint8Array(pdf);
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** Runs the jobs with at most `concurrency` pages open at once, results in job order. */
export async function printAll(printer: PdfPrinter, jobs: readonly PrintJob[], concurrency: number): Promise<Uint8Array[]> {
  const results: Uint8Array[] = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await printer.print(jobs[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, lane));
  return results;
}
