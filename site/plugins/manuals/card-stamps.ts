// Rspack's persistent cache keeps each compiled manual page until its .md file changes, but a
// page also carries its card (owner's name, laws, history, review dates), which comes from the
// registry, git history and the build date, not from the file. So each manual gets a stamp file
// holding the hash of everything its card is made from, and a pass-through loader
// (card-dependency-loader.cjs) makes the stamp a dependency of the page: when the card would
// change, the stamp changes and Rspack compiles the page again. The code that makes a page outside
// the bundle (this plugin, the remark plugins, the core) is in the hash too. A stamp is rewritten
// only when its hash changes, so an unchanged manual stays cached.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sourceFingerprint } from "../../../bot/local/source-fingerprint.ts";
import type { SiteData } from "./site-data.ts";

/** Where a manual's stamp lives: its repository path under the stamp folder, plus ".card". */
export function stampPath(stampDir: string, file: string): string {
  return join(stampDir, `${file}.card`);
}

export function writeCardStamps(site: SiteData, stampDir: string): { written: number; kept: number } {
  // The inputs every page shares: the registry (names of people, laws, departments), the date and the code.
  const code = sourceFingerprint([fileURLToPath(new URL("../", import.meta.url)), fileURLToPath(new URL("../../../bot/core/", import.meta.url))]);
  const shared = createHash("sha256").update(JSON.stringify({ registry: site.registry, today: site.today, code })).digest("hex");
  let written = 0;
  for (const [file, summary] of site.manuals) {
    // The reading apart from the rest: a summary checked just now holds it among the other fields,
    // one from the check's cache (which keeps readings in a file of their own) holds it last, and
    // the same card must give the same stamp either way, or the first build after a cold one would
    // compile every page again.
    const hash = createHash("sha256").update(shared).update(JSON.stringify({ summary: { ...summary, reading: undefined }, reading: summary.reading, history: site.historyOf(file) })).digest("hex");
    const path = stampPath(stampDir, file);
    let current: string | null = null;
    try {
      current = readFileSync(path, "utf8");
    } catch {
      // no stamp yet
    }
    if (current === hash) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, hash);
    written++;
  }
  return { written, kept: site.manuals.size - written };
}
