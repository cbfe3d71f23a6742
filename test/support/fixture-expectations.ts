// Reads the broken-manual fixtures and the findings each one says it must produce.
// The convention is documented in test/fixtures/broken/README.md: a fixture ends with
//   <!-- expect
//   error section-level@27    why (optional note)
//   -->
// and a fixture that cannot carry text has a sidecar <name>.expect with the same rows
// (plus an optional `make:` line when the test has to create the file itself).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Severity } from "../../bot/core/findings.ts";

export const fixturesRoot = fileURLToPath(new URL("../fixtures/broken/", import.meta.url));

export interface Expectation {
  severity: Severity;
  rule: string;
  line: number;
}

/** How the test creates a fixture that is not committed. */
export type Make = { kind: "size"; bytes: number } | { kind: "symlink"; target: string };

export interface BrokenFixture {
  /** Repository-relative path the fixture takes in the temporary repository (manuals/…). */
  path: string;
  /** The committed file, or null when the test makes it (see `make`). */
  source: string | null;
  make: Make | null;
  expected: Expectation[];
}

const ROW = /^(error|warning)\s+(\S+)@(\d+)(?:\s.*)?$/;
const BLOCK = /<!--\s*expect[ \t]*\r?\n([\s\S]*?)-->\s*$/;

/** Parses expectation rows; `none` states that no finding is expected. Throws on anything else. */
export function parseRows(text: string, where: string): { expected: Expectation[]; make: Make | null } {
  const expected: Expectation[] = [];
  let make: Make | null = null;
  let none = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const row = ROW.exec(line);
    if (row) {
      expected.push({ severity: row[1] as Severity, rule: row[2]!, line: Number(row[3]) });
    } else if (/^none(\s|$)/.test(line)) {
      none = true;
    } else if (line.startsWith("make:")) {
      const [kind, value] = line.slice(5).trim().split(/\s+/, 2);
      if (kind === "size" && /^\d+$/.test(value ?? "")) make = { kind, bytes: Number(value) };
      else if (kind === "symlink" && value) make = { kind, target: value };
      else throw new Error(`${where}: cannot read make directive '${line}'`);
    } else {
      throw new Error(`${where}: cannot read expectation '${line}' (write '<error|warning> <rule>@<line>' or 'none')`);
    }
  }
  if (none && expected.length) throw new Error(`${where}: 'none' together with expected findings`);
  if (!none && !expected.length) throw new Error(`${where}: no expectation; write 'none' when the fixture is accepted`);
  return { expected, make };
}

/** The rows of the `<!-- expect … -->` block that ends a text fixture. */
export function inlineExpectations(text: string, where: string): Expectation[] {
  const block = BLOCK.exec(text);
  if (!block) throw new Error(`${where}: no <!-- expect … --> block at the end and no ${where}.expect sidecar`);
  const { expected, make } = parseRows(block[1]!, where);
  if (make) throw new Error(`${where}: make directives belong in a sidecar`);
  return expected;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** Every fixture under test/fixtures/broken/manuals, in path order. Materials (files/) are not fixtures. */
export function discoverFixtures(root = fixturesRoot): BrokenFixture[] {
  const manualsDir = join(root, "manuals");
  const fixtures: BrokenFixture[] = [];
  for (const file of walk(manualsDir).sort()) {
    const path = "manuals/" + relative(manualsDir, file).split(sep).join("/");
    if (path.split("/").slice(1, -1).includes("files")) continue;
    if (path.endsWith(".expect")) {
      const target = file.slice(0, -".expect".length);
      const { expected, make } = parseRows(readFileSync(file, "utf8"), path);
      if (existsSync(target)) {
        if (make) throw new Error(`${path}: make directive for a committed file`);
        fixtures.push({ path: path.slice(0, -".expect".length), source: target, make: null, expected });
      } else {
        if (!make) throw new Error(`${path}: no committed fixture and no make directive`);
        fixtures.push({ path: path.slice(0, -".expect".length), source: null, make, expected });
      }
    } else if (!existsSync(file + ".expect")) {
      fixtures.push({ path, source: file, make: null, expected: inlineExpectations(readFileSync(file, "utf8"), path) });
    }
  }
  return fixtures.sort((a, b) => (a.path < b.path ? -1 : 1));
}

export function describeExpectation(e: Expectation): string {
  return `${e.severity} ${e.rule}@${e.line}`;
}
