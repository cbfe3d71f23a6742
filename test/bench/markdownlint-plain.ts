// The baseline for the check bench: plain markdownlint as a user would run it on the manuals —
// the library's own `lint` reading the files, default configuration (every default rule on).
//
//   node test/bench/markdownlint-plain.ts <repository>
//
// Prints one JSON line: {"files": n, "issues": n, "milliseconds": n}.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { lint } from "markdownlint/promise";

const root = process.argv[2];
if (!root) {
  process.stderr.write("usage: node test/bench/markdownlint-plain.ts <repository>\n");
  process.exit(2);
}
const started = performance.now();
// The same files `manuals check` reads: Markdown under manuals/, not inside a materials folder.
const files = readdirSync(join(root, "manuals"), { recursive: true, encoding: "utf8" })
  .filter((path) => path.endsWith(".md") && !path.split("/").slice(0, -1).includes("files"))
  .sort()
  .map((path) => join(root, "manuals", path));
const results = await lint({ files });
const issues = Object.values(results).reduce((sum, list) => sum + list.length, 0);
process.stdout.write(JSON.stringify({ files: files.length, issues, milliseconds: Math.round(performance.now() - started) }) + "\n");
